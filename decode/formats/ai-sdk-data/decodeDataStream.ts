import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { excerpt } from '../../contract/contractIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import { pathWithin } from '../../issuePath';
import { recordAt, recordOf } from '../../lenientFields';
import type { ContractIssue, ExchangeError, PreciseNumber, StreamEvent, StreamFacts } from '../../model';
import type { JsonFailure, ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, parseJson } from '../../parseJson';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import type { WalkedPart } from '../ai-sdk-ui/partChecks';
import { PartChecks } from '../ai-sdk-ui/partChecks';
import { dataPartAt, LEGACY_PARTS } from './codecs';
import { DataLineReader, NOT_A_PART } from './framing';
import { isPlainLine } from './plainLine';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { DataMessageAssembler } from './reassemble';
import { eventPath } from '../../streamEventIssues';

/**
 * An AI SDK data stream (`ai` v4, `toDataStreamResponse()`): `CODE:JSON` lines, ending with a
 * `d:` finish_message line. Each line is checked against its code's codec, read into the one
 * assistant message, and listed for the Timing tab under its part's name (`text`, `finish_step`,
 * …). Issues are worded as for Chat Completions streams where the situation is the same.
 */

/** How much of an error or a stray line an issue quotes (the error keeps it all). */
const QUOTED = 1_000;

const MAX_PRECISE_NUMBERS = 1_000;

interface LineContext {
  readonly log: IssueLog;
  readonly checks: PartChecks;
  readonly assembler: DataMessageAssembler;
  readonly preciseNumbers: PreciseNumber[];
  /** Filled by each line's walk (cleared before it), in place of parseJson's own scan. */
  readonly scan: ValueScan;
  /** The value of the line just read; undefined when it did not parse (no object per line to say so). */
  value: unknown;
  /** Whether flat lines may be read by their own keys (plainLine.ts): while Object.prototype has no enumerable key. */
  readonly plainLines: boolean;
}

/** What the walk finds in a plain line (isPlainLine): it conforms and has no extension. */
const NOTHING_FOUND: WalkedPart = { extensions: [], issues: [] };

const unreadableValueIssue = (at: string, reason: 'syntax' | 'depth', actual: string): ContractIssue =>
  reason === 'depth'
    ? {
        severity: 'error',
        path: at,
        message: 'line value is too deeply nested to decode',
        expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
        actual,
      }
    : { severity: 'error', path: at, message: 'line value is not JSON (malformed or cut)', expected: 'CODE:JSON', actual };

const NULL_COUNT = 'a token count written as null: the model did not report it (the SDK types it as a number and writes NaN as null)';

/**
 * Counts a step or message finish (events[`index`]) reports as null: the SDK's NaN for a count the
 * model did not give. The path is written only for such a count (two finish lines in every stream).
 */
const nullCountIssues = (value: unknown, index: number, log: IssueLog): void => {
  const usage = recordAt(recordOf(value), 'usage');
  if (usage === undefined) return;
  if (usage.promptTokens === null) log.add({ severity: 'warning', path: `${eventPath(index)}.usage.promptTokens`, message: NULL_COUNT });
  if (usage.completionTokens === null)
    log.add({ severity: 'warning', path: `${eventPath(index)}.usage.completionTokens`, message: NULL_COUNT });
};

/** What parsedValue answers for a value JSON.parse refused (JSON.parse itself never returns it). */
const UNPARSED: unique symbol = Symbol('unparsed');

/**
 * JSON.parse of a line's value, without parseJson's Either around it: most lines parse, and the
 * wrapping was two objects per line of lines that are mostly a few characters (`0:"The"`), as
 * Ollama's lines are read (ollama/decodeNdjson.ts). A refused value is handed to failureOf.
 */
const parsedValue = (payload: string): unknown => {
  try {
    const value: unknown = JSON.parse(payload);
    return value;
  } catch {
    return UNPARSED;
  }
};

/** Why parseJson refuses a value parsedValue refused (it parses it again: failing lines are few). */
const failureOf = (payload: string): JsonFailure =>
  E.match(
    (failure: JsonFailure) => failure,
    // Unreachable: JSON.parse refused the same text a moment ago. Kept total rather than thrown.
    (): JsonFailure => ({ reason: 'syntax', message: 'not JSON' }),
  )(parseJson(payload, Number.POSITIVE_INFINITY));

/** Ready for the next line's walk: one scan serves every line of a stream. */
const clearScan = (scan: ValueScan): void => {
  scan.tooDeep = false;
  scan.hugeNumber = false;
};

/** Reports what a line's walk found: its huge numbers, its issues and extensions. */
const reportWalked = (walked: WalkedPart, line: DataLineReader, context: LineContext): void => {
  const { log, scan } = context;
  // The line's path is built only where something is reported: the data stream's lines are many and tiny.
  if (scan.hugeNumber) {
    const at = eventPath(line.index);
    for (const number of findPreciseNumbers(line.payload)) {
      const placed = { path: pathWithin(at, number.path), digits: number.digits };
      log.add(preciseNumberIssue(placed));
      if (context.preciseNumbers.length < MAX_PRECISE_NUMBERS) context.preciseNumbers.push(placed);
    }
  }
  context.checks.report(walked, line.index, log);
};

/**
 * Reads one line: checked, added to the message, reported. Returns its part's name when its code is
 * known, and leaves its value in `context.value` (undefined when it did not parse).
 */
const readLine = (line: DataLineReader, context: LineContext): string | undefined => {
  const { log, scan } = context;
  context.value = undefined;
  if (line.code === NOT_A_PART) {
    log.add({
      severity: 'error',
      path: eventPath(line.index),
      message: `a line that is not a data stream part: ${JSON.stringify(excerpt(line.payload, QUOTED))}`,
      expected: 'CODE:JSON',
    });
    return undefined;
  }
  const kind = dataPartAt(line.code);
  if (kind === undefined) {
    const code = String.fromCharCode(line.code);
    const legacy = LEGACY_PARTS.get(code);
    if (legacy !== undefined) {
      log.add({
        severity: 'warning',
        path: eventPath(line.index),
        message: `a ${legacy} part (${code}:) of the older protocol (ai v3), not read`,
      });
    }
    return legacy;
  }
  // Parsed without parseJson's scan: the walk against the part's codec answers its questions on the way.
  const value = parsedValue(line.payload);
  if (value === UNPARSED) {
    const failure = failureOf(line.payload);
    log.add(unreadableValueIssue(eventPath(line.index), failure.reason, failure.message));
    return kind.name;
  }
  // Most lines are a text or reasoning part's string: it conforms to its codec (t.string) and holds
  // nothing to scan, so the walk would find nothing.
  if (typeof value !== 'string' || kind.codec !== t.string) {
    clearScan(scan);
    const walked = context.plainLines && isPlainLine(kind, value, scan) ? NOTHING_FOUND : context.checks.walk(kind.codec, value, scan);
    if (scan.tooDeep) {
      log.add(unreadableValueIssue(eventPath(line.index), 'depth', depthFailure(MAX_JSON_DEPTH).message));
      return kind.name;
    }
    reportWalked(walked, line, context);
  }
  context.value = value;
  context.assembler.add(kind.name, value);
  if (kind.name === 'finish_step' || kind.name === 'finish_message') nullCountIssues(value, line.index, log);
  else if (kind.name === 'error') {
    const text = t.string.is(value) ? value : line.payload;
    log.add({ severity: 'error', path: eventPath(line.index), message: `the stream reported an error: ${excerpt(text, QUOTED)}` });
  } else if (kind.name === 'data' || kind.name === 'message_annotations' || kind.name === 'file') {
    context.checks.note(kind.name, value);
  }
  // A `a:` tool result is its call's `result` (reassemble.ts), as the UI stream's tool output is.
  return kind.name;
};

export const decodeDataStream = (body: string, keepEvents: boolean, failed: boolean): DecodedParts => {
  const context: LineContext = {
    log: new IssueLog(),
    checks: new PartChecks(),
    assembler: new DataMessageAssembler(),
    preciseNumbers: [],
    scan: { tooDeep: false, hugeNumber: false },
    value: undefined,
    plainLines: !prototypeHasEnumerableKeys(),
  };
  const { log } = context;
  // One reader for the body's lines: no array of lines, no object per line.
  const line = new DataLineReader(body);
  const eventList: StreamEvent[] = [];
  let error: ExchangeError | null = null;
  let finishedAt: number | undefined;
  let linesAfterEnd = 0;
  while (line.next()) {
    if (finishedAt !== undefined) linesAfterEnd += 1;
    const name = readLine(line, context);
    if (name === 'finish_message') finishedAt ??= line.index;
    // A `3:` line: HTTP 200 and all, the SDK's only word that the answer failed.
    if (name === 'error') error ??= { message: t.string.is(context.value) ? context.value : line.payload };
    // Written whole: an `event` added afterwards would change each named event's shape on the way.
    if (keepEvents)
      eventList.push(
        name === undefined ? { index: line.index, data: line.payload } : { index: line.index, data: line.payload, event: name },
      );
  }
  const ended = finishedAt !== undefined;
  const lines = line.index + 1;
  if (lines === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no parts', expected: 'CODE:JSON lines' });
  } else if (!ended && error === null) {
    log.add({
      severity: 'error',
      path: 'events',
      message: 'the stream ended without its finish_message part (d:) (cut or truncated)',
      expected: 'd:{"finishReason":…}',
      actual: 'end of body',
    });
  }
  if (linesAfterEnd > 0) log.add({ severity: 'warning', path: 'events', message: `${linesAfterEnd} event(s) after the end of the stream` });
  const facts: StreamFacts = { events: lines, done: ended && error === null };
  if (keepEvents) facts.eventList = eventList;
  return {
    kind: failed ? 'error' : 'stream',
    issues: log.issues(),
    completion: context.assembler.result(),
    error,
    stream: facts,
    extensions: context.checks.extensions(),
    preciseNumbers: context.preciseNumbers,
  };
};
