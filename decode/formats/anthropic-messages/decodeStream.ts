import type * as t from 'io-ts';
import { excerpt } from '../../contract/contractIssues';
import type { FailureNotes } from '../../contract/failureNotes';
import { FailureIssues } from '../../contract/failureIssues';
import { walkContract } from '../../contract/walkContract';
import { pathText } from '../../contract/walkPath';
import type { DecodedParts } from '../../decodeJsonBody';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { IssueLog } from '../../issueLog';
import { pathWithin } from '../../issuePath';
import type { JsonRecord } from '../../lenientFields';
import { numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import type { ContractIssue, ExchangeError, PreciseNumber, ProviderExtension, StreamEvent, StreamFacts } from '../../model';
import type { ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import type { ParsedData } from '../../dataPayload';
import { parseData } from '../../dataPayload';
import { findPreciseNumbers, preciseNumberIssue, preciseNumbersUnder } from '../../preciseNumbers';
import type { ParsedSse } from '../../sse';
import { ContentBlock, STREAM_EVENT_CODECS } from './codecs';
import { errorOf } from './errorOf';
import { StreamAssembler } from './reassemble';
import { softenUnknownType } from './unknownTypes';
import { namedEvent } from '../namedEvent';
import { plainBlockDeltaReader } from './plainBlockDelta';
import { plainFrameEventReader } from './plainFrameEvent';
import { isPlainMessageEvent } from './plainMessageEvent';
import { EVENT_PATTERN, eventPath, unreadableEventIssue } from '../../streamEventIssues';

/**
 * An Anthropic event stream (`event: <type>` + `data: {"type": <type>, ...}`): each event checked
 * against the codec of its type in one walk (its extensions, its depth and huge integers, whether
 * it conforms; io-ts only explains a failure), then folded by StreamAssembler. Issues are worded
 * as decode/decodeStream.ts words them for Chat Completions where the situation is the same.
 * The data JSON is padded with spaces before its last `}` (a real API quirk): JSON.parse reads it.
 */

/** A stream that repeats a huge number in every event must not grow a list as long as itself. */
const MAX_PRECISE_NUMBERS = 1_000;
/** How much of an error or a stray line an issue quotes (the error itself keeps it all). */
const QUOTED = 1_000;
/** The event that ends a complete stream. */
const TERMINAL = 'message_stop';

/** The event most of a stream is made of, read by plainBlockDelta.ts when plain. */
const BLOCK_DELTA = 'content_block_delta';

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'a JSON event';

/** An event whose `event:` line names another type than its data's `type`. */
const eventLineMismatch = (at: string, type: string, line: string): ContractIssue => ({
  severity: 'warning',
  path: at,
  message: 'the event: line names another type than the data',
  expected: `event: ${excerpt(type, 80)}`,
  actual: `event: ${excerpt(line, 80)}`,
});

/** Ready for the next event's walk; the same two objects serve every event of a stream. */
const clearWalkNotes = (scan: ValueScan, failures: FailureNotes): void => {
  scan.tooDeep = false;
  scan.hugeNumber = false;
  if (failures.places.length > 0) failures.places.length = 0;
  failures.reusable = true;
};

/** Each event type's explanations of failures, made on first need. */
const failuresByCodec = new Map<t.Mixed, FailureIssues>();
const failureIssuesOf = (codec: t.Mixed): FailureIssues => {
  let known = failuresByCodec.get(codec);
  if (known === undefined) {
    known = new FailureIssues(codec);
    failuresByCodec.set(codec, known);
  }
  return known;
};

/** The extensions of the stream's events, each path (relative to its event) once, with the last value and a count. */
class EventExtensions {
  readonly #byPath = new Map<string, ProviderExtension>();

  add(path: string, value: unknown, numbers: readonly PreciseNumber[]): void {
    let seen = this.#byPath.get(path);
    if (seen === undefined) {
      seen = { path, value, occurrences: 0 };
      this.#byPath.set(path, seen);
    }
    seen.value = value;
    seen.occurrences = (seen.occurrences ?? 0) + 1;
    const precise = numbers.length === 0 ? [] : preciseNumbersUnder(path, numbers);
    if (precise.length > 0) seen.preciseNumbers = precise;
    else delete seen.preciseNumbers;
  }

  list(): ProviderExtension[] {
    return [...this.#byPath.values()];
  }
}

/**
 * A content block of a type not yet known is a warning (unknownTypes.ts); paths are relative to
 * the event. (A delta of an unknown type already is: io-ts reads Delta's `type` as an enum.)
 */
const softened = (issue: ContractIssue, event: JsonRecord): ContractIssue =>
  issue.path === 'content_block' ? softenUnknownType(issue, event.content_block, ContentBlock, 'content block') : issue;

/** The event list as the Timing tab shows it: an event with no `event:` line is named by its data's type. */
const namedEvents = (events: readonly StreamEvent[], types: readonly (string | undefined)[]): StreamEvent[] =>
  events.map((event, index) => {
    const type = types[index];
    return event.event === undefined && type !== undefined ? namedEvent(event, type) : event;
  });

export const decodeAnthropicStream = (sse: ParsedSse, keepEvents: boolean, failed: boolean): DecodedParts => {
  const log = new IssueLog();
  const extensions = new EventExtensions();
  const assembler = new StreamAssembler();
  const failures: FailureNotes = { places: [], reusable: true };
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const preciseNumbers: PreciseNumber[] = [];
  const types: (string | undefined)[] = [];
  const pendingPaths: string[] = [];
  const pendingValues: unknown[] = [];
  // Made at the first walk: most streams walk no event now, and each function made per stream is
  // named by a property definition where tsx runs the bench (esbuild's keepNames).
  let found: ((steps: readonly (string | number)[], value: unknown) => void) | undefined;
  // The readers by own keys (for...in) are off while Object.prototype has an enumerable property.
  const polluted = prototypeHasEnumerableKeys();
  const readPlainDelta = plainBlockDeltaReader(polluted);
  const readPlainFrame = plainFrameEventReader(polluted);
  const readsOwnKeys = !polluted;
  // One holder for every event's parsed data: not parseJson's two objects per event.
  const parsed: ParsedData = { value: undefined };
  let terminatedAt: number | undefined;
  let eventsAfterEnd = 0;
  let error: ExchangeError | null = null;

  for (const event of sse.events) {
    if (terminatedAt !== undefined) eventsAfterEnd += 1;
    // Parsed without parseJson's scan: the walk below answers its questions on the way.
    const failure = parseData(event.data, parsed);
    if (failure !== undefined) {
      const at = eventPath(event.index);
      if (failure.reason === 'syntax' && event.event === 'error') {
        error ??= { message: event.data };
        log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(event.data, QUOTED)}` });
      } else log.add(unreadableEventIssue(at, failure, EVENT_EXPECTED));
      types.push(undefined);
      continue;
    }
    const value = parsed.value;
    const record = recordOf(value);
    const type = stringAt(record, 'type') ?? event.event;
    types.push(type);
    const plain = type === BLOCK_DELTA && record !== undefined ? readPlainDelta?.(record) : undefined;
    if (plain !== undefined) {
      // What the walk would find of it: it conforms, and has no extension and no huge number.
      // Compared with the constant, not `type`: cheaper against the event line's slice of the body.
      if (event.event !== undefined && event.event !== BLOCK_DELTA)
        log.add(eventLineMismatch(eventPath(event.index), BLOCK_DELTA, event.event));
      assembler.fragment(plain.index, plain.type, plain.fragment, event.index);
      continue;
    }
    const frame = type !== BLOCK_DELTA && record !== undefined ? readPlainFrame?.(record) : undefined;
    if (frame !== undefined) {
      // As for a plain delta: what the walk would find is that it conforms, and nothing else.
      if (event.event !== undefined && event.event !== frame.type)
        log.add(eventLineMismatch(eventPath(event.index), frame.type, event.event));
      if (frame.type === 'content_block_start') assembler.blockStart(frame.index, frame.block);
      else if (frame.type === TERMINAL) terminatedAt ??= event.index;
      continue;
    }
    const at = eventPath(event.index);
    const codec = type === undefined ? undefined : STREAM_EVENT_CODECS.get(type);
    clearWalkNotes(scan, failures);
    // Emptied only when not empty: setting an array's length is a call into the engine.
    if (pendingPaths.length > 0) {
      pendingPaths.length = 0;
      pendingValues.length = 0;
    }
    let conforms = true;
    if (record === undefined || codec === undefined) scanInto(value, MAX_JSON_DEPTH, scan, prototypeHasEnumerableKeys());
    // A plain message_start or message_delta: what the walk would find is that it conforms, and nothing else.
    else if (!readsOwnKeys || !isPlainMessageEvent(record)) {
      found ??= (steps, extension) => {
        pendingPaths.push(pathText(steps));
        pendingValues.push(extension);
      };
      conforms = walkContract(codec, record, found, failures, scan);
    }
    if (scan.tooDeep) {
      log.add(unreadableEventIssue(at, depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
      continue;
    }
    const numbers = scan.hugeNumber ? findPreciseNumbers(event.data) : [];
    for (const number of numbers) {
      const placed = { path: pathWithin(at, number.path), digits: number.digits };
      log.add(preciseNumberIssue(placed));
      if (preciseNumbers.length < MAX_PRECISE_NUMBERS) preciseNumbers.push(placed);
    }
    if (record === undefined) {
      log.add({ severity: 'error', path: at, message: 'event data is not a JSON object', expected: 'an Anthropic stream event' });
      continue;
    }
    for (let index = 0; index < pendingPaths.length; index += 1) extensions.add(pendingPaths[index] ?? '', pendingValues[index], numbers);
    if (codec === undefined) {
      // The docs ask clients to ignore event types they do not know: noted, not an error.
      log.add({ severity: 'warning', path: at, message: `an event of a type this decoder does not know: ${excerpt(String(type), 80)}` });
      continue;
    }
    if (event.event !== undefined && event.event !== type) log.add(eventLineMismatch(at, type ?? '', event.event));
    if (!conforms)
      for (const issue of failureIssuesOf(codec).of(record, failures)) log.addWithin(at, EVENT_PATTERN, softened(issue, record));
    switch (type) {
      case 'message_start':
        assembler.start(recordAt(record, 'message'));
        break;
      case 'content_block_start':
        assembler.blockStart(numberAt(record, 'index'), recordAt(record, 'content_block'));
        break;
      case 'content_block_delta':
        assembler.delta(numberAt(record, 'index'), recordAt(record, 'delta'), event.index);
        break;
      case 'message_delta':
        assembler.messageDelta(recordAt(record, 'delta'), recordAt(record, 'usage'));
        break;
      case TERMINAL:
        terminatedAt ??= event.index;
        break;
      case 'error': {
        const carried = errorOf(record);
        error ??= carried;
        log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(carried.message, QUOTED)}` });
        break;
      }
    }
  }

  const ended = terminatedAt !== undefined;
  if (sse.events.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'event: message_start' });
  } else if (!ended && error === null) {
    log.add({
      severity: 'error',
      path: 'events',
      message: `the stream ended without ${TERMINAL} (cut or truncated)`,
      expected: `event: ${TERMINAL}`,
      actual: 'end of body',
    });
  }
  if (eventsAfterEnd > 0) {
    log.add({ severity: 'warning', path: 'events', message: `${eventsAfterEnd} event(s) after the end of the stream` });
  }
  if (sse.unterminated !== undefined) {
    log.add({
      severity: 'warning',
      path: eventPath(sse.unterminated.index),
      message: 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)',
    });
  }
  const strayLine = sse.invalidLines[0];
  if (strayLine !== undefined) {
    log.add({
      severity: 'warning',
      path: 'events',
      message: `lines that are not SSE fields, such as ${JSON.stringify(excerpt(strayLine, QUOTED))}`,
    });
  }
  const assembled = assembler.result();
  const facts: StreamFacts = { events: sse.events.length, done: ended && error === null, comments: sse.comments };
  if (keepEvents) facts.eventList = namedEvents(sse.events, types);
  return {
    kind: failed ? 'error' : 'stream',
    issues: [...log.issues(), ...assembled.issues],
    completion: assembled.completion,
    error,
    stream: facts,
    extensions: extensions.list(),
    preciseNumbers,
  };
};
