import { ChatCompletionChunk } from './chunk';
import { excerpt } from './contract/contractIssues';
import { errorIn } from './errorBody';
import { expectedText } from './contract/expectedText';
import type { FailureNotes } from './contract/failureNotes';
import { FailureIssues } from './contract/failureIssues';
import { IssueLog } from './issueLog';
import { pathWithin } from './issuePath';
import { recordOf, stringAt } from './lenientFields';
import type { ContractIssue, ExchangeError, NormalizedCompletion, PreciseNumber, ProviderExtension, StreamFacts } from './model';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';
import type { ValueScan } from './parseJson';
import { depthFailure, MAX_JSON_DEPTH, scanInto } from './parseJson';
import type { ParsedData } from './dataPayload';
import { isDoneMarker, parseData } from './dataPayload';
import { findPreciseNumbers, preciseNumberIssue } from './preciseNumbers';
import { createStreamReassembler } from './reassembleStream';
import { StreamExtensions } from './streamExtensions';
import type { ParsedSse } from './sse';
import { EVENT_PATTERN, eventPath, unreadableEventIssue } from './streamEventIssues';

/** What a stream body amounts to: the reassembled (or partial) completion and the stream's facts. */
export interface DecodedStream {
  readonly completion: NormalizedCompletion | null;
  readonly error: ExchangeError | null;
  readonly issues: ContractIssue[];
  readonly extensions: ProviderExtension[];
  readonly facts: StreamFacts;
  /** Integers beyond 2^53, at `events[i].<path in the chunk>`; the first MAX_PRECISE_NUMBERS. */
  readonly preciseNumbers: PreciseNumber[];
}

/** A stream that repeats a huge seed in every chunk must not grow a list as long as itself. */
const MAX_PRECISE_NUMBERS = 1_000;

/** How much of an error event or a stray line an issue message quotes (the error keeps it all): real
 * error messages fit whole; a 5 MB one does not fill the issue list. */
const QUOTED = 1_000;

/**
 * Perplexity ends its streams with a chunk of this object instead of `[DONE]`. Compared, not looked
 * up in a Set: every chunk's `object` is a fresh string, which a Set lookup hashes whole (~1% of a
 * stream's decode), while a comparison with `chat.completion.chunk` stops at their lengths.
 */
const isTerminalObject = (object: string): boolean => object === 'chat.completion.done';

const NO_NUMBERS: readonly PreciseNumber[] = [];

/** Ready for the next chunk's walk; the same two objects serve every chunk of a stream. */
const clearWalkNotes = (scan: ValueScan, failures: FailureNotes): void => {
  scan.tooDeep = false;
  scan.hugeNumber = false;
  if (failures.places.length > 0) failures.places.length = 0;
  failures.reusable = true;
};

/**
 * Every stream's chunks share one explainer of failures: the codec is a constant, `of` keeps no
 * state between calls but its memory of failures, and one made per stream was a Map, notes and a
 * named callback per stream (as ai-sdk-ui/partChecks.ts found, ~10% of a small stream's decode).
 */
const chunkFailures = new FailureIssues(ChatCompletionChunk);

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'a JSON chunk or [DONE]';

export const decodeStream = (sse: ParsedSse, keepEvents: boolean): DecodedStream => {
  const log = new IssueLog();
  const extensions = new StreamExtensions();
  const failures: FailureNotes = { places: [], reusable: true };
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const preciseNumbers: PreciseNumber[] = [];
  const parsed: ParsedData = { value: undefined };
  const reassembler = createStreamReassembler();
  let chunks = 0;
  let terminatedAt: number | undefined;
  let error: ExchangeError | null = null;
  let eventsAfterEnd = 0;
  let sawDoneMarker = false;

  for (const event of sse.events) {
    const done = isDoneMarker(event.data);
    // Anything after [DONE] is out of place; a [DONE] after Perplexity's terminal chunk is not.
    if (sawDoneMarker || (terminatedAt !== undefined && !done)) eventsAfterEnd += 1;
    if (done) {
      sawDoneMarker = true;
      terminatedAt ??= event.index;
      continue;
    }
    // Parsed without parseJson's scan: the walk below answers its questions on the way.
    const failure = parseData(event.data, parsed);
    if (failure !== undefined) {
      if (failure.reason === 'syntax' && event.event === 'error') {
        error ??= { message: event.data };
        log.add({
          severity: 'error',
          path: eventPath(event.index),
          message: `the stream reported an error: ${excerpt(event.data, QUOTED)}`,
        });
      } else {
        log.add(unreadableEventIssue(eventPath(event.index), failure, EVENT_EXPECTED));
      }
      continue;
    }
    const value = parsed.value;
    const chunk = recordOf(value);
    // One walk of a chunk: its depth, its huge integers, its extensions and whether it conforms.
    clearWalkNotes(scan, failures);
    let conforms = true;
    if (chunk === undefined) scanInto(value, MAX_JSON_DEPTH, scan, prototypeHasEnumerableKeys());
    else conforms = extensions.walk(chunk, failures, scan);
    if (scan.tooDeep) {
      log.add(unreadableEventIssue(eventPath(event.index), depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
      continue;
    }
    const numbers = scan.hugeNumber ? findPreciseNumbers(event.data) : NO_NUMBERS;
    for (const number of numbers) {
      const placed = { path: pathWithin(eventPath(event.index), number.path), digits: number.digits };
      log.add(preciseNumberIssue(placed));
      if (preciseNumbers.length < MAX_PRECISE_NUMBERS) preciseNumbers.push(placed);
    }
    if (chunk === undefined) {
      log.add({
        severity: 'error',
        path: eventPath(event.index),
        message: 'event data is not a JSON object',
        expected: expectedText(ChatCompletionChunk),
      });
      continue;
    }
    // A mid-stream error: `data: {"error": ...}` (OpenAI, OpenRouter, which also sends choices) or
    // an `event: error` line (Groq).
    const carried = errorIn(chunk) ?? (event.event === 'error' ? { message: event.data } : undefined);
    if (carried !== undefined) {
      error ??= carried;
      log.add({
        severity: 'error',
        path: 'choices' in chunk ? `${eventPath(event.index)}.error` : eventPath(event.index),
        message: `the stream reported an error: ${excerpt(carried.message, QUOTED)}`,
      });
      if (!('choices' in chunk)) continue;
    }
    chunks += 1;
    const object = stringAt(chunk, 'object');
    if (object !== undefined && isTerminalObject(object)) terminatedAt ??= event.index;
    extensions.commit(numbers);
    // io-ts explains a failure the walk found.
    if (!conforms) {
      const at = eventPath(event.index);
      for (const issue of chunkFailures.of(chunk, failures)) log.addWithin(at, EVENT_PATTERN, issue);
    }
    reassembler.add(chunk, event.index);
  }

  const ended = terminatedAt !== undefined;
  if (sse.events.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'data: events' });
  } else if (!ended && error === null) {
    log.add({
      severity: 'error',
      path: 'events',
      message: 'the stream ended without [DONE] (cut or truncated)',
      expected: 'data: [DONE]',
      actual: 'end of body',
    });
  }
  if (eventsAfterEnd > 0) {
    log.add({ severity: 'warning', path: 'events', message: `${eventsAfterEnd} event(s) after the end of the stream` });
  }
  // A body ending in `data: [DONE]` without the blank line is common and read as done by every
  // SDK; a data chunk left open is worth pointing at (a cut in the middle of an event).
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

  const assembled = chunks > 0 ? reassembler.result() : undefined;
  // done means the stream finished normally: its terminator came and no error was reported.
  const facts: StreamFacts = { events: sse.events.length, done: ended && error === null, comments: sse.comments };
  if (keepEvents) facts.eventList = sse.events;
  return {
    completion: assembled?.completion ?? null,
    error,
    issues: [...log.issues(), ...(assembled?.issues ?? [])],
    extensions: extensions.list(),
    facts,
    preciseNumbers,
  };
};
