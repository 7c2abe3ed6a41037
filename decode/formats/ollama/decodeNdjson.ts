import * as E from 'fp-ts/Either';
import { excerpt } from '../../contract/contractIssues';
import { expectedText } from '../../contract/expectedText';
import { FailureIssues } from '../../contract/failureIssues';
import type { FailureNotes } from '../../contract/failureNotes';
import { walkContract } from '../../contract/walkContract';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { errorIn } from '../../errorBody';
import { IssueLog } from '../../issueLog';
import { pathWithin } from '../../issuePath';
import { recordOf } from '../../lenientFields';
import type {
  ContractIssue,
  ExchangeError,
  NormalizedCompletion,
  PreciseNumber,
  ProviderExtension,
  StreamEvent,
  StreamFacts,
} from '../../model';
import type { JsonFailure, ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, parseJson, scanInto } from '../../parseJson';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import { OllamaChatResponse } from './codecs';
import { LineExtensions } from './lineExtensions';
import type { OllamaLineKind } from './lineKind';
import { codecOf, eventNameOf, lineKindOf } from './lineKind';
import { plainLineReader } from './plainLine';
import { createOllamaReassembler } from './reassemble';
import { EVENT_PATTERN, eventPath, unreadableEventIssue } from '../../streamEventIssues';

/** What an Ollama NDJSON stream amounts to, as decode/'s decodeStream.ts reports a Chat Completions stream. */
export interface DecodedNdjson {
  readonly completion: NormalizedCompletion | null;
  readonly error: ExchangeError | null;
  readonly issues: ContractIssue[];
  readonly extensions: ProviderExtension[];
  readonly facts: StreamFacts;
  readonly preciseNumbers: PreciseNumber[];
}

/** A stream that repeats a huge number in every line must not grow a list as long as itself. */
const MAX_PRECISE_NUMBERS = 1_000;

/** How much of an error line an issue quotes (the error keeps it all), as decodeStream.ts. */
const QUOTED = 1_000;

const NO_NUMBERS: readonly PreciseNumber[] = [];

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'one JSON object per line';

/** The issue of a stream that stopped before its `done: true` line: what arrived is still shown. */
export const missingDoneIssue: ContractIssue = {
  severity: 'error',
  path: 'events',
  message: 'the stream ended without a line with "done": true (cut or truncated)',
  expected: 'a last line with "done": true',
  actual: 'end of body',
};

/** What parsedLine answers for a line JSON.parse refused (JSON.parse itself never returns it). */
const UNPARSED: unique symbol = Symbol('unparsed');

/**
 * JSON.parse of a line, without parseJson's Either around the value: most lines parse, and the
 * wrapping was two objects per line. A refused line is handed to failureOf.
 */
const parsedLine = (data: string): unknown => {
  try {
    const value: unknown = JSON.parse(data);
    return value;
  } catch {
    return UNPARSED;
  }
};

/** Why parseJson refuses a line parsedLine refused (it parses it again: failing lines are few). */
const failureOf = (data: string): JsonFailure =>
  E.match(
    (failure: JsonFailure) => failure,
    // Unreachable: JSON.parse refused the same text a moment ago. Kept total rather than thrown.
    (): JsonFailure => ({ reason: 'syntax', message: 'not JSON' }),
  )(parseJson(data, Number.POSITIVE_INFINITY));

interface LineWalk {
  readonly failures: FailureNotes;
  readonly scan: ValueScan;
}

/** Ready for the next line's walk; the same two objects serve every line of a stream. */
const clearWalk = (walk: LineWalk): void => {
  walk.scan.tooDeep = false;
  walk.scan.hugeNumber = false;
  if (walk.failures.places.length > 0) walk.failures.places.length = 0;
  walk.failures.reusable = true;
};

/**
 * Each kind of line's explainer of failures, shared by every stream (made on first need): the
 * codecs are constants and `of` keeps nothing between calls but its memory of failures. One Map
 * and one named callback per stream cost what ai-sdk-ui/partChecks.ts measured (~10% of a stream).
 */
const FAILURES_BY_KIND = new Map<OllamaLineKind, FailureIssues>();
const failureIssuesOf = (kind: OllamaLineKind): FailureIssues => {
  let known = FAILURES_BY_KIND.get(kind);
  if (known === undefined) {
    known = new FailureIssues(codecOf(kind));
    FAILURES_BY_KIND.set(kind, known);
  }
  return known;
};

/**
 * Decodes NDJSON lines of Ollama objects: each line parsed once and walked once alongside its
 * codec (conformance, extensions, depth and huge numbers in one walk; io-ts asked only for a line
 * that fails, once per kind of failure), the answer folded by the reassembler. `done` is true when
 * a line said `done: true` and no error line came. Undefined when the first line is not one JSON
 * value (malformed, or nested too deeply): such a text is no NDJSON stream. That is told by the
 * same parse and walk that decode the line, rather than by a parse of its own beforehand (for a
 * small stream, parsing its first line twice cost a tenth of its decode).
 */
export const decodeNdjson = (lines: readonly string[], keepEvents: boolean): DecodedNdjson | undefined => {
  const log = new IssueLog();
  const extensions = new LineExtensions();
  const walk: LineWalk = { failures: { places: [], reusable: true }, scan: { tooDeep: false, hugeNumber: false } };
  const preciseNumbers: PreciseNumber[] = [];
  const reassembler = createOllamaReassembler();
  const plainLine = plainLineReader();
  const eventList: StreamEvent[] = [];
  let answers = 0;
  let doneAt: number | undefined;
  let linesAfterEnd = 0;
  let error: ExchangeError | null = null;

  let index = -1;
  for (const data of lines) {
    index += 1;
    if (doneAt !== undefined) linesAfterEnd += 1;
    // Parsed without parseJson's scan: the walk below answers its questions on the way.
    const value = parsedLine(data);
    const plain = plainLine === undefined ? undefined : plainLine(value);
    if (plain !== undefined) {
      // Conforms, no extension but its durations, no huge number, two levels deep: nothing to walk or to report. The
      // event is made whole, its name with it (a name added later moved it to another shape).
      if (keepEvents) eventList.push({ index, data, event: plain.done ? 'done' : plain.kind === 'generate' ? 'response' : 'message' });
      answers += 1;
      if (plain.done) doneAt ??= index;
      reassembler.addPlain(plain);
      if (plain.durations !== undefined) extensions.commitPlain(plain.durations);
      continue;
    }
    const event: StreamEvent = { index, data };
    if (keepEvents) eventList.push(event);
    if (value === UNPARSED) {
      if (index === 0) return undefined;
      log.add(unreadableEventIssue(eventPath(index), failureOf(data), EVENT_EXPECTED));
      continue;
    }
    const record = recordOf(value);
    clearWalk(walk);
    extensions.clear();
    const kind = record === undefined ? undefined : lineKindOf(record);
    let conforms = true;
    if (record === undefined || kind === undefined) scanInto(value, MAX_JSON_DEPTH, walk.scan, prototypeHasEnumerableKeys());
    else conforms = walkContract(codecOf(kind), record, extensions.found, walk.failures, walk.scan);
    if (walk.scan.tooDeep) {
      if (index === 0) return undefined;
      log.add(unreadableEventIssue(eventPath(index), depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
      continue;
    }
    const numbers = walk.scan.hugeNumber ? findPreciseNumbers(data) : NO_NUMBERS;
    for (const number of numbers) {
      const placed = { path: pathWithin(eventPath(index), number.path), digits: number.digits };
      log.add(preciseNumberIssue(placed));
      if (preciseNumbers.length < MAX_PRECISE_NUMBERS) preciseNumbers.push(placed);
    }
    if (record === undefined || kind === undefined) {
      log.add({
        severity: 'error',
        path: eventPath(index),
        message: 'event data is not a JSON object',
        expected: expectedText(OllamaChatResponse),
      });
      continue;
    }
    event.event = eventNameOf(record, kind);
    extensions.commit(numbers);
    if (!conforms) {
      const at = eventPath(index);
      for (const issue of failureIssuesOf(kind).of(record, walk.failures)) log.addWithin(at, EVENT_PATTERN, issue);
    }
    if (kind === 'error') {
      // server/routes.go ends a stream that failed after it began with one `{"error": "..."}` line.
      const carried = errorIn(record) ?? { message: data };
      error ??= carried;
      log.add({
        severity: 'error',
        path: eventPath(index),
        message: `the stream reported an error: ${excerpt(carried.message, QUOTED)}`,
      });
      continue;
    }
    answers += 1;
    if (record.done === true) doneAt ??= index;
    reassembler.add(record);
  }

  if (lines.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'one JSON object per line' });
  } else if (doneAt === undefined && error === null) {
    log.add(missingDoneIssue);
  }
  if (linesAfterEnd > 0) {
    log.add({ severity: 'warning', path: 'events', message: `${linesAfterEnd} event(s) after the end of the stream` });
  }
  const facts: StreamFacts = { events: lines.length, done: doneAt !== undefined && error === null };
  if (keepEvents) facts.eventList = eventList;
  return {
    completion: answers > 0 ? reassembler.result() : null,
    error,
    issues: log.issues(),
    extensions: extensions.list(),
    facts,
    preciseNumbers,
  };
};
