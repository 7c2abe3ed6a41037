import * as E from 'fp-ts/Either';
import { ChatCompletionChunk } from './chunk';
import { issuesFromErrors } from './contractIssues';
import { errorIn } from './errorBody';
import { findExtensions } from './extensions';
import { recordOf, stringAt } from './lenientFields';
import type { ContractIssue, ExchangeError, NormalizedCompletion, ProviderExtension, StreamFacts } from './model';
import { parseJson } from './parseJson';
import { createStreamReassembler } from './reassembleStream';
import type { ParsedSse } from './sse';
import { IssueLog } from './issueLog';

/** What a stream body amounts to: the reassembled (or partial) completion and the stream's facts. */
export interface DecodedStream {
  readonly completion: NormalizedCompletion | null;
  readonly error: ExchangeError | null;
  readonly issues: ContractIssue[];
  readonly extensions: ProviderExtension[];
  readonly facts: StreamFacts;
}

/** Perplexity ends its streams with a chunk of this object instead of `[DONE]`. */
const TERMINAL_OBJECTS = new Set(['chat.completion.done']);

const isDoneMarker = (data: string): boolean => data === '[DONE]' || (data.length < 16 && data.trim() === '[DONE]');

export const decodeStream = (sse: ParsedSse, keepEvents: boolean): DecodedStream => {
  const log = new IssueLog();
  const extensions = new Map<string, ProviderExtension>();
  const reassembler = createStreamReassembler();
  let chunks = 0;
  let terminatedAt: number | undefined;
  let error: ExchangeError | null = null;
  let eventsAfterEnd = 0;
  let sawDoneMarker = false;

  for (const event of sse.events) {
    const at = `events[${event.index}]`;
    const done = isDoneMarker(event.data);
    // Anything after [DONE] is out of place; a [DONE] after Perplexity's terminal chunk is not.
    if (sawDoneMarker || (terminatedAt !== undefined && !done)) eventsAfterEnd += 1;
    if (done) {
      sawDoneMarker = true;
      terminatedAt ??= event.index;
      continue;
    }
    const parsed = parseJson(event.data);
    if (E.isLeft(parsed)) {
      if (event.event === 'error') {
        error ??= { message: event.data };
        log.add({ severity: 'error', path: at, message: `the stream reported an error: ${event.data}` });
      } else {
        log.add({ severity: 'error', path: at, message: 'event data is not JSON (malformed or cut)', expected: 'a JSON chunk or [DONE]', actual: parsed.left });
      }
      continue;
    }
    const chunk = recordOf(parsed.right);
    if (chunk === undefined) {
      log.add({ severity: 'error', path: at, message: 'event data is not a JSON object', expected: 'ChatCompletionChunk' });
      continue;
    }
    // A mid-stream error: `data: {"error": ...}` (OpenAI, OpenRouter, which also sends choices) or
    // an `event: error` line (Groq).
    const carried = errorIn(chunk) ?? (event.event === 'error' ? { message: event.data } : undefined);
    if (carried !== undefined) {
      error ??= carried;
      log.add({ severity: 'error', path: 'choices' in chunk ? `${at}.error` : at, message: `the stream reported an error: ${carried.message}` });
      if (!('choices' in chunk)) continue;
    }
    chunks += 1;
    const object = stringAt(chunk, 'object');
    if (object !== undefined && TERMINAL_OBJECTS.has(object)) terminatedAt ??= event.index;
    // `is` is several times cheaper than `decode` and most chunks conform; decode only to explain.
    if (!ChatCompletionChunk.is(chunk)) {
      const checked = ChatCompletionChunk.decode(chunk);
      if (E.isLeft(checked)) for (const issue of issuesFromErrors(checked.left, at)) log.add(issue);
    }
    for (const found of findExtensions(ChatCompletionChunk, chunk)) {
      const seen = extensions.get(found.path);
      if (seen === undefined) extensions.set(found.path, { path: found.path, value: found.value, occurrences: 1 });
      else {
        seen.value = found.value;
        seen.occurrences = (seen.occurrences ?? 0) + 1;
      }
    }
    reassembler.add(chunk, event.index);
  }

  const ended = terminatedAt !== undefined;
  if (sse.events.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'data: events' });
  } else if (!ended && error === null) {
    log.add({ severity: 'error', path: 'events', message: 'the stream ended without [DONE] (cut or truncated)', expected: 'data: [DONE]', actual: 'end of body' });
  }
  if (eventsAfterEnd > 0) {
    log.add({ severity: 'warning', path: 'events', message: `${eventsAfterEnd} event(s) after the end of the stream` });
  }
  // A body ending in `data: [DONE]` without the blank line is common and read as done by every
  // SDK; a data chunk left open is worth pointing at (a cut in the middle of an event).
  if (sse.unterminated !== undefined && !isDoneMarker(sse.unterminated.data)) {
    log.add({ severity: 'warning', path: `events[${sse.unterminated.index}]`, message: 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)' });
  }
  if (sse.invalidLines.length > 0) {
    log.add({ severity: 'warning', path: 'events', message: `lines that are not SSE fields, such as ${JSON.stringify(sse.invalidLines[0])}` });
  }

  const assembled = chunks > 0 ? reassembler.result() : undefined;
  // done means the stream finished normally: its terminator came and no error was reported.
  const facts: StreamFacts = { events: sse.events.length, done: ended && error === null, comments: sse.comments };
  if (keepEvents) facts.eventList = sse.events;
  return {
    completion: assembled?.completion ?? null,
    error,
    issues: [...log.issues(), ...(assembled?.issues ?? [])],
    extensions: [...extensions.values()],
    facts,
  };
};
