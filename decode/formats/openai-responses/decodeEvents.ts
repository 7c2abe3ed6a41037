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
import { arrayOf, recordOf, stringAt } from '../../lenientFields';
import type { ExchangeError, NormalizedCompletion, PreciseNumber, ProviderExtension, StreamEvent, StreamFacts } from '../../model';
import type { ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import { parsedValue, UNPARSED, unparsedFailure } from '../../parsedValue';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import type { ParsedSse } from '../../sse';
import { eventCodec, TERMINAL_EVENTS } from './eventCodecs';
import { normalizeResponse, responseErrorOf } from './normalizeResponse';
import { namedEvent } from '../namedEvent';
import { plainDeltaReader } from './plainDelta';
import { ResponseReassembler } from './reassemble';
import { errorOfEvent, nestedErrorWarning } from './streamErrors';
import { softenUnknownItems } from './unknownItems';
import { EVENT_PATTERN, eventPath, unreadableEventIssue } from '../../streamEventIssues';

/**
 * A Responses API stream (SSE, `event: <type>` lines or, from OpenRouter, data only): each event
 * checked against the codec of its `type`, its items folded by ResponseReassembler, and the final
 * `response.completed` / `.incomplete` / `.failed` taken for the response as a whole. Issues are
 * worded as decodeStream.ts words them for Chat Completions where the situation is the same.
 */

const MAX_PRECISE_NUMBERS = 1_000;
/** How much of an error or a stray line an issue quotes (the error itself keeps it all). */
const QUOTED = 1_000;
/** OpenRouter ends its Responses streams with `data: [DONE]` after response.completed; OpenAI does not. */
const isDoneMarker = (data: string): boolean => data === '[DONE]' || (data.length < 16 && data.trim() === '[DONE]');

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'a JSON event';

/** Ready for the next event's walk; the same two objects serve every event of a stream. */
const clearWalkNotes = (scan: ValueScan, failures: FailureNotes): void => {
  scan.tooDeep = false;
  scan.hugeNumber = false;
  if (failures.places.length > 0) failures.places.length = 0;
  failures.reusable = true;
};

/** Extensions of the stream's events folded by path: the last value, and how many events had it. */
class EventExtensions {
  readonly #byPath = new Map<string, ProviderExtension>();

  add(path: string, value: unknown): void {
    const known = this.#byPath.get(path);
    if (known === undefined) this.#byPath.set(path, { path, value, occurrences: 1 });
    else {
      known.value = value;
      known.occurrences = (known.occurrences ?? 0) + 1;
    }
  }

  list(): ProviderExtension[] {
    return [...this.#byPath.values()];
  }
}

/** Each event codec's explainer of failures, shared by every stream (the codecs are constants): see FailureIssues. */
const FAILURES_BY_CODEC = new Map<t.Mixed, FailureIssues>();

export const decodeResponseEvents = (sse: ParsedSse, keepEvents: boolean, failed: boolean): DecodedParts => {
  const log = new IssueLog();
  const extensions = new EventExtensions();
  const reassembler = new ResponseReassembler();
  const preciseNumbers: PreciseNumber[] = [];
  const names: (string | undefined)[] = [];
  const failures: FailureNotes = { places: [], reusable: true };
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const pending: { path: string; value: unknown }[] = [];
  const found = (steps: readonly (string | number)[], value: unknown): void => {
    pending.push({ path: pathText(steps), value });
  };
  const readPlainDelta = plainDeltaReader(prototypeHasEnumerableKeys());
  let latest: JsonRecord | undefined;
  let terminal: { type: string; index: number; response: JsonRecord | undefined } | undefined;
  let error: ExchangeError | null = null;
  let eventsAfterEnd = 0;

  for (const event of sse.events) {
    names.push(event.event);
    if (isDoneMarker(event.data)) continue;
    if (terminal !== undefined) eventsAfterEnd += 1;
    // Parsed without parseJson's scan: the walk below answers its questions on the way.
    const value = parsedValue(event.data);
    if (value === UNPARSED) {
      const at = eventPath(event.index);
      const failure = unparsedFailure(event.data);
      if (failure.reason === 'syntax' && event.event === 'error') {
        error ??= { message: event.data };
        log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(event.data, QUOTED)}` });
      } else log.add(unreadableEventIssue(at, failure, EVENT_EXPECTED));
      continue;
    }
    // Most events are plain deltas: read before anything else is asked of the value.
    const plain = readPlainDelta?.(value);
    if (plain !== undefined) {
      names[event.index] = event.event ?? plain.type;
      // What the walk would find of it: it conforms, and has no extension and no huge number.
      reassembler.addPlain(plain);
      continue;
    }
    const record = recordOf(value);
    const type = stringAt(record, 'type') ?? event.event;
    names[event.index] = event.event ?? type;
    const at = eventPath(event.index);
    const codec = type === undefined ? undefined : eventCodec(type);
    clearWalkNotes(scan, failures);
    // Emptied only when not empty: setting an array's length is a call into the engine.
    if (pending.length > 0) pending.length = 0;
    let conforms = true;
    if (record === undefined || codec === undefined) scanInto(value, MAX_JSON_DEPTH, scan, prototypeHasEnumerableKeys());
    else conforms = walkContract(codec, record, found, failures, scan);
    if (scan.tooDeep) {
      log.add(unreadableEventIssue(at, depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
      continue;
    }
    if (scan.hugeNumber) {
      for (const number of findPreciseNumbers(event.data)) {
        const placed = { path: pathWithin(at, number.path), digits: number.digits };
        log.add(preciseNumberIssue(placed));
        if (preciseNumbers.length < MAX_PRECISE_NUMBERS) preciseNumbers.push(placed);
      }
    }
    if (record === undefined) {
      log.add({ severity: 'error', path: at, message: 'event data is not a JSON object', expected: 'an event object with a type' });
      continue;
    }
    if (type === undefined) {
      log.add({
        severity: 'error',
        path: at,
        message: 'an event without a type',
        expected: 'a string type (response.output_text.delta, ...)',
      });
      continue;
    }
    for (const extension of pending) extensions.add(extension.path, extension.value);
    if (codec === undefined) {
      log.add({ severity: 'warning', path: at, message: `an event type this decoder does not know: ${excerpt(type, QUOTED)}` });
    } else if (!conforms) {
      let known = FAILURES_BY_CODEC.get(codec);
      if (known === undefined) {
        known = new FailureIssues(codec);
        FAILURES_BY_CODEC.set(codec, known);
      }
      for (const issue of softenUnknownItems([...known.of(record, failures)], record)) log.addWithin(at, EVENT_PATTERN, issue);
    }

    if (type === 'error') {
      const carried = errorOfEvent(record);
      error ??= carried;
      log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(carried.message, QUOTED)}` });
      const nested = nestedErrorWarning(record, at);
      if (nested !== undefined) log.add(nested);
      continue;
    }
    const response = recordOf(record.response);
    if (response !== undefined) latest = response;
    if (TERMINAL_EVENTS.has(type)) {
      terminal ??= { type, index: event.index, response };
      const failure = response === undefined ? undefined : responseErrorOf(response);
      if (failure !== undefined && error === null) {
        error = failure;
        log.add({
          severity: 'error',
          path: `${at}.response.error`,
          message: `the stream reported an error: ${excerpt(failure.message, QUOTED)}`,
        });
      }
      continue;
    }
    reassembler.add(type, record);
  }

  if (sse.events.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'data: events' });
  } else if (terminal === undefined && error === null) {
    log.add({
      severity: 'error',
      path: 'events',
      message: 'the stream ended without response.completed (cut or truncated)',
      expected: 'event: response.completed (or response.incomplete, response.failed)',
      actual: 'end of body',
    });
  }
  if (eventsAfterEnd > 0)
    log.add({ severity: 'warning', path: 'events', message: `${eventsAfterEnd} event(s) after the end of the stream` });
  if (sse.unterminated !== undefined && !isDoneMarker(sse.unterminated.data)) {
    log.add({
      severity: 'warning',
      path: `events[${sse.unterminated.index}]`,
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

  const completion = assemble(latest, terminal, reassembler, log);
  const facts: StreamFacts = {
    events: sse.events.length,
    done: terminal?.type === 'response.completed' && error === null,
    comments: sse.comments,
  };
  if (keepEvents) facts.eventList = namedEvents(sse.events, names);
  return {
    kind: failed ? 'error' : 'stream',
    issues: log.issues(),
    completion,
    error,
    stream: facts,
    extensions: extensions.list(),
    preciseNumbers,
  };
};

/**
 * The completion: the final response when it came with its items, else the last response object
 * seen with the items the events built (a cut stream shows what arrived).
 */
const assemble = (
  latest: JsonRecord | undefined,
  terminal: { type: string; index: number; response: JsonRecord | undefined } | undefined,
  reassembler: ResponseReassembler,
  log: IssueLog,
): NormalizedCompletion | null => {
  const finalResponse = terminal?.response;
  const finalOutput = arrayOf(finalResponse?.output);
  if (finalResponse !== undefined && finalOutput !== undefined && finalOutput.length > 0) {
    if (terminal !== undefined) log.addAll(reassembler.disagreements(finalOutput, `${eventPath(terminal.index)}.response`));
    return normalizeResponse(finalResponse);
  }
  if (latest === undefined && reassembler.isEmpty) return null;
  return normalizeResponse(finalResponse ?? latest ?? {}, reassembler.output());
};

/** Each event named as the Timing tab lists it: its `event:` line, else its data's `type`. */
const namedEvents = (events: readonly StreamEvent[], names: readonly (string | undefined)[]): StreamEvent[] =>
  events.map((event, index) => {
    const name = names[index];
    return event.event !== undefined || name === undefined ? event : namedEvent(event, name);
  });
