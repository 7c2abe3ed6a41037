import { listExtensions } from '../../contract/foundExtensions';
import type { CheckedValue } from '../../contract/failureIssues';
import { FailureIssues } from '../../contract/failureIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import type { JsonRecord } from '../../lenientFields';
import { recordAt, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { ContractIssue, NormalizedCompletion, NormalizedUsage, PreciseNumber } from '../../model';
import { preciseNumberIssue } from '../../preciseNumbers';
import { messageFromBlocks } from './blocks';
import { ContentBlock, ErrorBody, Message } from './codecs';
import { errorOf, isErrorBody } from './errorOf';
import { softenUnknownType } from './unknownTypes';
import { normalizeUsage } from './usage';

/** One API's messages fail alike: io-ts explains each kind of failure once (FailureIssues). */
export const messageFailures = new FailureIssues(Message);
export const errorFailures = new FailureIssues(ErrorBody);

/** The fields every message has; a body with none of them is no message at all. */
const MESSAGE_FIELDS = ['id', 'type', 'role', 'content', 'model', 'stop_reason', 'usage'] as const;

const notAMessage = (body: JsonRecord | undefined): ContractIssue => ({
  severity: 'error',
  path: '',
  message: body === undefined ? 'the body is not a JSON object' : 'not an Anthropic message',
  expected: `an Anthropic message: an object with ${MESSAGE_FIELDS.join(', ')}`,
  actual: body === undefined ? 'not an object' : `an object with ${Object.keys(body).slice(0, 5).join(', ') || 'no fields'}`,
});

/** The docs send `stop_sequence` (null when none matched) in every message; a recorded body leaves it out. */
const missingStopSequence: ContractIssue = {
  severity: 'warning',
  path: 'stop_sequence',
  message: 'stop_sequence is absent (the API docs always send it, null when no stop sequence matched)',
  expected: 'a string or null',
  actual: 'nothing (field absent)',
};

/**
 * A message (a JSON body, or message_start's) in the normalized view, with its choice and its usage:
 * the message's own for a JSON body, the one its events added up for a stream (reassemble.ts).
 */
export const completionOf = (
  message: JsonRecord,
  choice: NormalizedCompletion['choices'][number],
  usage: NormalizedUsage | null,
): NormalizedCompletion => ({
  id: stringAt(message, 'id') ?? null,
  object: stringAt(message, 'type') ?? null,
  created: null,
  model: stringAt(message, 'model') ?? null,
  choices: [choice],
  usage,
});

/** An error body's parts, from the walk's findings against ErrorBody. */
export const errorBodyParts = (body: JsonRecord, checked: CheckedValue, preciseNumbers: PreciseNumber[]): DecodedParts => {
  const log = new IssueLog();
  log.addAll(checked.issues);
  if (preciseNumbers.length > 0) log.addAll(preciseNumbers.map(preciseNumberIssue));
  return {
    kind: 'error',
    issues: log.issues(),
    completion: null,
    error: errorOf(body),
    stream: null,
    extensions: listExtensions(checked.extensions, preciseNumbers),
    preciseNumbers,
  };
};

/** A message's parts, from the walk's findings against Message (its extensions and contract issues). */
export const messageParts = (body: JsonRecord, checked: CheckedValue, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  const content = Array.isArray(body.content) ? body.content : [];
  for (const issue of checked.issues) {
    const block = /^content\[(\d+)\]$/.exec(issue.path)?.[1];
    log.add(block === undefined ? issue : softenUnknownType(issue, content[Number(block)], ContentBlock, 'content block'));
  }
  if (!Object.hasOwn(body, 'stop_sequence')) log.add(missingStopSequence);
  if (preciseNumbers.length > 0) log.addAll(preciseNumbers.map(preciseNumberIssue));
  const message = messageFromBlocks(stringAt(body, 'role') ?? 'assistant', recordsIn(body.content));
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: completionOf(
      body,
      { index: 0, finish_reason: stringAt(body, 'stop_reason') ?? null, message },
      normalizeUsage(recordAt(body, 'usage')),
    ),
    error: null,
    stream: null,
    extensions: listExtensions(checked.extensions, preciseNumbers),
    preciseNumbers,
  };
};

/** Whether a body has any field every message has; one with none is no message at all. */
export const hasMessageField = (body: JsonRecord): boolean => {
  // A loop, not some() with a callback: a closure over the body for every body decoded.
  for (const key of MESSAGE_FIELDS) if (Object.hasOwn(body, key)) return true;
  return false;
};

/** A JSON body: an error body, or a message checked against the Message codec with its normalized view. */
export const decodeAnthropicJson = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const body = recordOf(value);
  if (body !== undefined && isErrorBody(body)) return errorBodyParts(body, errorFailures.check(body), preciseNumbers);
  if (body === undefined || !hasMessageField(body)) {
    const log = new IssueLog();
    log.add(notAMessage(body));
    log.addAll(preciseNumbers.map(preciseNumberIssue));
    return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null, preciseNumbers };
  }
  return messageParts(body, messageFailures.check(body), preciseNumbers, failed);
};
