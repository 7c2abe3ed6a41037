import * as E from 'fp-ts/Either';
import { excerpt } from '../../contract/contractIssues';
import { expectedText } from '../../contract/expectedText';
import { FailureIssues } from '../../contract/failureIssues';
import { IssueLog } from '../../issueLog';
import { pathWithin } from '../../issuePath';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { ExchangeError, PreciseNumber, ProviderExtension, StreamEvent, StreamFacts } from '../../model';
import type { FoundExtension } from '../../contract/foundExtensions';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import type { ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, parseJson, scanInto } from '../../parseJson';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import type { DecodedParts } from '../../decodeJsonBody';
import { GenerateContentResponse } from './codecs';
import { blockedIssue } from './blocked';
import { decodeGeminiError } from './geminiError';
import { isPlainResponse, plainExtensions } from './plainResponse';
import { ResponseFold } from './reassemble';
import { EVENT_PATTERN, eventPath, unreadableEventIssue } from '../../streamEventIssues';

/**
 * The events of a Gemini stream, whatever framed them (SSE data events, the elements of a JSON
 * array, a bare error object after them), checked and folded in order. Issues are worded as
 * decodeStream.ts words them for Chat Completions where the situation is the same.
 */

/** How much of an error an issue quotes (the error keeps it all). */
const QUOTED = 1_000;
const MAX_PRECISE_NUMBERS = 1_000;

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'a JSON chunk';

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
  /** What the walk of the event being added found, for an event parsed without parseJson's scan. */
  readonly #scan: ValueScan = { tooDeep: false, hugeNumber: false };

  /**
   * An event as text (SSE data, an array element as sent): parsed, then added. Parsed without
   * parseJson's scan: the contract walk of #addValue answers its questions (nesting beyond
   * MAX_JSON_DEPTH, numbers beyond 2^53) on the way, so a chunk is walked once, not twice
   * (contract/scanAlongside.ts, as decodeStream.ts does for Chat Completions).
   */
  addText(index: number, data: string): void {
    this.#events += 1;
    const parsed = parseJson(data, Number.POSITIVE_INFINITY);
    if (E.isLeft(parsed)) {
      this.log.add(unreadableEventIssue(eventPath(index), parsed.left, EVENT_EXPECTED));
      return;
    }
    const scan = this.#scan;
    scan.tooDeep = false;
    scan.hugeNumber = false;
    this.#addValue(index, parsed.right.value, data, scan);
  }

  /** An event already parsed (an element of a whole JSON array): scanned with the body, its huge numbers are the body's. */
  addValue(index: number, value: unknown): void {
    this.#events += 1;
    this.#addValue(index, value, undefined, undefined);
  }

  /**
   * An event already parsed that the caller found plain (isPlainResponse answered true for it):
   * folded as #addValue folds one, without reading its keys a second time.
   */
  addPlainValue(chunk: JsonRecord): void {
    this.#events += 1;
    this.#addPlain(chunk);
  }

  #addPlain(chunk: JsonRecord): void {
    this.#chunks += 1;
    for (const found of plainExtensions(chunk)) this.#addExtension(found);
    this.#fold.add(chunk);
  }

  /**
   * One event's value: walked once against its codec (filling `scan` when given one, for an event
   * parsed without a scan; its huge numbers are then read from `data`), then checked and folded.
   * Issues come in the order the event's reading finds them: its huge numbers, then what is wrong.
   */
  #addValue(index: number, value: unknown, data: string | undefined, scan: ValueScan | undefined): void {
    const chunk = recordOf(value);
    // Most chunks are plain (plainResponse.ts): the walk would find no issue in them (and they are no error).
    if (chunk !== undefined && isPlainResponse(chunk)) {
      this.#addPlain(chunk);
      return;
    }
    const failure = chunk === undefined ? undefined : decodeGeminiError(chunk, scan);
    const checked = chunk === undefined || failure !== undefined ? undefined : chunkFailures.check(chunk, scan);
    if (chunk === undefined && scan !== undefined) scanInto(value, MAX_JSON_DEPTH, scan, prototypeHasEnumerableKeys());
    if (scan?.tooDeep === true) {
      this.log.add(unreadableEventIssue(eventPath(index), depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
      return;
    }
    if (data !== undefined && scan?.hugeNumber === true) this.#addPreciseNumbers(index, findPreciseNumbers(data));
    if (chunk === undefined) {
      this.log.add({
        severity: 'error',
        path: eventPath(index),
        message: 'event data is not a JSON object',
        expected: expectedText(GenerateContentResponse),
      });
      return;
    }
    if (failure !== undefined) {
      const at = eventPath(index);
      this.#error ??= failure.error;
      this.log.add({ severity: 'error', path: at, message: `the stream reported an error: ${excerpt(failure.error.message, QUOTED)}` });
      for (const issue of failure.issues) this.log.addWithin(at, EVENT_PATTERN, issue);
      return;
    }
    this.#chunks += 1;
    if (checked !== undefined) {
      // The path is written out only for an event with issues.
      if (checked.issues.length > 0) {
        const at = eventPath(index);
        for (const issue of checked.issues) this.log.addWithin(at, EVENT_PATTERN, issue);
      }
      for (const found of checked.extensions) this.#addExtension(found);
    }
    this.#fold.add(chunk);
  }

  #addPreciseNumbers(index: number, numbers: readonly PreciseNumber[]): void {
    for (const number of numbers) {
      const placed = { path: pathWithin(eventPath(index), number.path), digits: number.digits };
      this.log.add(preciseNumberIssue(placed));
      if (this.#preciseNumbers.length < MAX_PRECISE_NUMBERS) this.#preciseNumbers.push(placed);
    }
  }

  /**
   * Huge numbers the parse of a whole body found (a JSON-array stream's), placed at their events:
   * warned about and all kept (the body's scan bounds them).
   */
  addBodyNumbers(numbers: readonly PreciseNumber[]): void {
    for (const number of numbers) {
      this.log.add(preciseNumberIssue(number));
      this.#preciseNumbers.push(number);
    }
  }

  #addExtension(found: FoundExtension): void {
    const known = this.#extensions.get(found.path);
    if (known === undefined) this.#extensions.set(found.path, { path: found.path, value: found.value, occurrences: 1 });
    else {
      known.value = found.value;
      known.occurrences = (known.occurrences ?? 0) + 1;
    }
  }

  /**
   * The decoded stream; `events` is the event list as the framing made it (kept unless asked not
   * to), `eventCount` how many events there were when the list is not kept.
   */
  finish(events: StreamEvent[], keepEvents: boolean, failed: boolean, eventCount = events.length): DecodedParts {
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
    const facts: StreamFacts = { events: eventCount, done: ended && this.#error === null };
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
