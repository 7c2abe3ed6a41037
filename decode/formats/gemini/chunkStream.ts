import * as E from 'fp-ts/Either';
import { excerpt } from '../../contract/contractIssues';
import { expectedText } from '../../contract/expectedText';
import { FailureIssues } from '../../contract/failureIssues';
import { IssueLog } from '../../issueLog';
import { pathWithin } from '../../issuePath';
import { recordOf } from '../../lenientFields';
import type { ContractIssue, ExchangeError, PreciseNumber, ProviderExtension, StreamEvent, StreamFacts } from '../../model';
import type { JsonFailure } from '../../parseJson';
import { MAX_JSON_DEPTH, parseJson } from '../../parseJson';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import type { DecodedParts } from '../../decodeJsonBody';
import { GenerateContentResponse } from './codecs';
import { blockedIssue } from './blocked';
import { decodeGeminiError } from './geminiError';
import { ResponseFold } from './reassemble';

/**
 * The events of a Gemini stream, whatever framed them (SSE data events, the elements of a JSON
 * array, a bare error object after them), checked and folded in order. Issues are worded as
 * decodeStream.ts words them for Chat Completions where the situation is the same.
 */

const eventPath = (index: number): string => `events[${index}]`;
const EVENT_PATTERN = 'events[*]';

/** How much of an error an issue quotes (the error keeps it all). */
const QUOTED = 1_000;
const MAX_PRECISE_NUMBERS = 1_000;

const unreadableEventIssue = (at: string, failure: JsonFailure): ContractIssue =>
  failure.reason === 'depth'
    ? {
        severity: 'error',
        path: at,
        message: 'event data is too deeply nested to decode',
        expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
        actual: failure.message,
      }
    : {
        severity: 'error',
        path: at,
        message: 'event data is not JSON (malformed or cut)',
        expected: 'a JSON chunk',
        actual: failure.message,
      };

/** One stream's chunks share their failures (a provider's every chunk fails alike): see FailureIssues. */
const chunkFailures = new FailureIssues(GenerateContentResponse);

export class ChunkStream {
  readonly log = new IssueLog();
  readonly #fold = new ResponseFold();
  readonly #extensions = new Map<string, ProviderExtension>();
  readonly #preciseNumbers: PreciseNumber[] = [];
  #chunks = 0;
  #events = 0;
  #error: ExchangeError | null = null;

  /** An event as text (SSE data, an array element as sent): parsed, then added. */
  addText(index: number, data: string): void {
    this.#events += 1;
    const parsed = parseJson(data);
    if (E.isLeft(parsed)) {
      this.log.add(unreadableEventIssue(eventPath(index), parsed.left));
      return;
    }
    const numbers = parsed.right.mayHoldPreciseNumbers ? findPreciseNumbers(data) : [];
    const placed = numbers.map((number) => ({ path: pathWithin(eventPath(index), number.path), digits: number.digits }));
    this.#addValue(index, parsed.right.value, placed);
  }

  /** An event already parsed (an element of a whole JSON array); its huge numbers are the body's. */
  addValue(index: number, value: unknown): void {
    this.#events += 1;
    this.#addValue(index, value, []);
  }

  #addValue(index: number, value: unknown, numbers: readonly PreciseNumber[]): void {
    for (const number of numbers) {
      this.log.add(preciseNumberIssue(number));
      if (this.#preciseNumbers.length < MAX_PRECISE_NUMBERS) this.#preciseNumbers.push(number);
    }
    const at = eventPath(index);
    const chunk = recordOf(value);
    if (chunk === undefined) {
      this.log.add({
        severity: 'error',
        path: at,
        message: 'event data is not a JSON object',
        expected: expectedText(GenerateContentResponse),
      });
      return;
    }
    const failure = decodeGeminiError(chunk);
    if (failure !== undefined) {
      this.#error ??= failure.error;
      this.log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(failure.error.message, QUOTED)}` });
      for (const issue of failure.issues) this.log.addWithin(at, EVENT_PATTERN, issue);
      return;
    }
    this.#chunks += 1;
    const { extensions, issues } = chunkFailures.check(chunk);
    for (const issue of issues) this.log.addWithin(at, EVENT_PATTERN, issue);
    for (const found of extensions) {
      const known = this.#extensions.get(found.path);
      if (known === undefined) this.#extensions.set(found.path, { path: found.path, value: found.value, occurrences: 1 });
      else {
        known.value = found.value;
        known.occurrences = (known.occurrences ?? 0) + 1;
      }
    }
    this.#fold.add(chunk);
  }

  /** The decoded stream; `events` is the event list as the framing made it (kept unless asked not to). */
  finish(events: StreamEvent[], keepEvents: boolean, failed: boolean): DecodedParts {
    const fold = this.#fold;
    const ended = fold.finished || fold.blocked;
    if (this.#events === 0) {
      this.log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'data: events' });
    } else if (!ended && this.#error === null) {
      this.log.add({
        severity: 'error',
        path: 'events',
        message: 'the stream ended without finishReason (cut or truncated)',
        expected: 'a chunk whose candidate carries finishReason',
        actual: 'end of body',
      });
    }
    if (fold.blocked) this.log.add(blockedIssue('events', fold.blockReason, fold.blockMessage));
    // done: the stream ended as Gemini ends one (a finishReason, or a blocked prompt's feedback) and reported no error.
    const facts: StreamFacts = { events: events.length, done: ended && this.#error === null };
    if (keepEvents) facts.eventList = events;
    return {
      kind: failed ? 'error' : 'stream',
      issues: this.log.issues(),
      completion: this.#chunks > 0 ? fold.result() : null,
      error: this.#error,
      stream: facts,
      extensions: [...this.#extensions.values()],
      preciseNumbers: this.#preciseNumbers,
    };
  }
}
