/**
 * The types the Live tap's page-side pieces share (pageTap.ts, tapCore.ts, tapFetch.ts, tapXhr.ts,
 * tapEventSource.ts). Types only: each piece is serialised on its own into the page, where nothing
 * of this module exists at run time.
 */

export type Header = [string, string];
export type Chunk = { at: number; text: string };
export type End = { at: number; outcome: 'complete' | 'aborted' | 'error'; message?: string };

/** One request the tap records, until a drain has reported its end. */
export type Tracked = {
  id: string;
  api: 'fetch' | 'xhr' | 'eventsource';
  method: string;
  url: string;
  requestHeaders: Header[];
  /** Until the first drain has sent it; null after. */
  requestBody: string | null;
  requestBodyCut: boolean;
  startedAt: number;
  response: { status: number; statusText: string; headers: Header[]; at: number } | null;
  chunks: Chunk[];
  chunkBytes: number;
  /** The request's fixed fields as JSON without the closing brace (its body null), made at the first drain: later drains repeat them. */
  headJson: string | null;
  end: End | null;
  droppedChunks: number;
};

/** A page method as the tap calls it (through Reflect.apply, never as a property of the page's object). */
export type Native = (this: unknown, ...args: unknown[]) => unknown;

/** What the tap leaves on `window` under its symbol. */
export type TapState = { name: string; version: number; installId: string; drain: () => string };

/**
 * The tap's shared bookkeeping (tapCore.ts) that each wrapper (fetch, XHR, EventSource) is handed:
 * the page's intrinsics as they were at install, the recognition rules, and the bounded record.
 */
export type TapCore = {
  readonly installId: string;
  readonly now: () => number;
  readonly methodOf: (owner: object, name: string) => Native;
  readonly call: (method: Native, self: unknown, args: readonly unknown[]) => unknown;
  readonly listen: Native;
  /** Whether a request is LLM-looking before it is sent: by URL, or a POST by its body's keys. */
  readonly byRequest: (method: string, url: string, body: string | null) => 'url' | 'body' | null;
  /** Whether a response is a stream worth recording whatever its request looked like. */
  readonly byResponse: (headers: readonly Header[]) => boolean;
  /** Whether a request chosen by its body alone got an answer worth recording (not HTML, images...). */
  readonly isAnswerType: (headers: readonly Header[]) => boolean;
  readonly headerOf: (headers: readonly Header[], name: string) => string;
  readonly absolute: (url: string) => string;
  readonly track: (
    api: Tracked['api'],
    method: string,
    url: string,
    requestHeaders: Header[],
    body: string | null,
    startedAt: number,
  ) => Tracked | null;
  /** Forgets a request the page's call refused at once (an XHR send that threw). */
  readonly untrack: (entry: Tracked) => void;
  readonly record: (entry: Tracked, text: string, bytes: number, at: number) => void;
  readonly finish: (entry: Tracked, outcome: End['outcome'], message?: string) => void;
  readonly outcomeOf: (error: unknown) => End['outcome'];
  readonly messageOf: (error: unknown) => string;
  readonly entriesOf: (headers: Headers) => Header[];
  /** Gives a replacement the name and length of what it replaces (its toString still shows it). */
  readonly disguise: <F extends object>(replacement: F, original: object) => F;
  readonly replace: (owner: object, property: string, replacement: unknown) => void;
  /** Lists every tracked request with the chunks since the last drain, as a TapDrain's JSON; forgets those whose end it reports. */
  readonly drain: () => string;
};
