import * as E from 'fp-ts/Either';
import { ChatCompletionResponse } from './contract';
import { decodeErrorBody } from './errorBody';
import { expectedText } from './contract/expectedText';
import type { FoundExtension } from './contract/foundExtensions';
import { listExtensions } from './contract/foundExtensions';
import type { PathStep } from './contract/walkPath';
import { pathText } from './contract/walkPath';
import { FailureIssues } from './contract/failureIssues';
import { IssueLog } from './issueLog';
import type { JsonRecord } from './lenientFields';
import { recordOf } from './lenientFields';
import type { ContractIssue, DecodedExchange, PreciseNumber } from './model';
import { normalizeCompletion } from './normalizeCompletion';
import { notChatCompletionIssue } from './notChatCompletion';
import { walkPlainCompletion } from './plainCompletion';
import type { ValueScan } from './parseJson';
import { checkParsedValue } from './parseJson';
import { findPreciseNumbers, preciseNumberIssue } from './preciseNumbers';
import type { CheckedValue } from './contract/failureIssues';
import { usageIssues } from './usageIssues';

/** Responses of one provider fail alike (Groq's service_tier in every one): see FailureIssues. */
const responseFailures = new FailureIssues(ChatCompletionResponse);

/** What a body decodes to, before the exchange's url, status, request and verdict are added. */
export type DecodedParts = Omit<DecodedExchange, 'url' | 'status' | 'format' | 'conforms' | 'request'>;

/**
 * A body that is no completion at all (not an object, or an object with none of a completion's
 * fields: notChatCompletion.ts): its one issue, and no extensions, since none of its fields belongs
 * to a completion.
 */
const notACompletion = (issue: ContractIssue, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  log.add(issue);
  log.addAll(preciseNumbers.map(preciseNumberIssue));
  return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null, preciseNumbers };
};

/**
 * A JSON body: an error body (`{error: ...}`, Mistral's flat one), or a completion checked against
 * the contract with its lenient view and its extensions. `failed`: the HTTP status is 400 or more.
 */
export const decodeJsonBody = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  const body = recordOf(value);
  const errorBody = body?.choices === undefined ? decodeErrorBody(value) : undefined;
  if (errorBody !== undefined) {
    log.addAll(errorBody.issues).addAll(preciseNumbers.map(preciseNumberIssue));
    return {
      kind: 'error',
      issues: log.issues(),
      completion: null,
      error: errorBody.error,
      stream: null,
      extensions: listExtensions(errorBody.extensions, preciseNumbers),
      preciseNumbers,
    };
  }
  if (body === undefined) {
    const notAnObject: ContractIssue = {
      severity: 'error',
      path: '',
      message: 'the body is not a JSON object',
      expected: expectedText(ChatCompletionResponse),
    };
    return notACompletion(notAnObject, preciseNumbers, failed);
  }
  const unrelated = notChatCompletionIssue(body);
  if (unrelated !== undefined) return notACompletion(unrelated, preciseNumbers, failed);
  // One walk lists the extensions and says whether the body conforms; io-ts explains a failure.
  return completionParts(body, responseFailures.check(body), preciseNumbers, failed);
};

/** A completion's parts, from the walk's findings (its extensions and contract issues). */
const completionParts = (body: JsonRecord, checked: CheckedValue, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  log.addAll(checked.issues).addAll(usageIssues(body.usage, 'usage')).addAll(preciseNumbers.map(preciseNumberIssue));
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: normalizeCompletion(body),
    error: null,
    stream: null,
    extensions: listExtensions(checked.extensions, preciseNumbers),
    preciseNumbers,
  };
};

/**
 * decodeJsonBody of a body JSON.parse gave without parseJson's scan (WireFormat.decodeUnscannedJson):
 * a completion's walk alongside the contract also answers the scan's two questions (nesting beyond
 * MAX_JSON_DEPTH, numbers beyond 2^53: contract/scanAlongside.ts), so it is walked once. Anything
 * else (an error body, no object, no completion) is scanned first and decoded as decodeJsonBody
 * does. Undefined when the body nests too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedJsonBody = (value: unknown, json: string, failed: boolean): DecodedParts | undefined => {
  const body = recordOf(value);
  if (body === undefined || body.choices === undefined || notChatCompletionIssue(body) !== undefined) {
    const scanned = checkParsedValue(value);
    if (E.isLeft(scanned)) return undefined;
    return decodeJsonBody(value, scanned.right.mayHoldPreciseNumbers ? findPreciseNumbers(json) : [], failed);
  }
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const checked = checkUnscanned(body, scan);
  if (scan.tooDeep) return undefined;
  return completionParts(body, checked, scan.hugeNumber ? findPreciseNumbers(json) : [], failed);
};

/** Where the plain walk under way puts its extensions: one callback for every body, not a closure per body. */
const NO_EXTENSIONS: FoundExtension[] = [];
let plainFound: FoundExtension[] = NO_EXTENSIONS;
const onPlainExtension = (steps: readonly PathStep[], value: unknown): void => {
  plainFound.push({ path: pathText(steps), value });
};

/**
 * responseFailures.check(body, scan), told from the body's own keys when it is plain
 * (plainCompletion.ts: the same extensions and scan, and it conforms); the walk for any other.
 */
const checkUnscanned = (body: JsonRecord, scan: ValueScan): CheckedValue => {
  const extensions: FoundExtension[] = [];
  plainFound = extensions;
  const plain = walkPlainCompletion(body, onPlainExtension, scan);
  plainFound = NO_EXTENSIONS;
  return plain ? { extensions, issues: [] } : responseFailures.check(body, scan);
};
