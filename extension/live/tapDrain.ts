import * as t from 'io-ts';

/**
 * What one drain of the Live tap (issue 14) returns: the tap runs in the inspected page
 * (pageTap.ts), the devtools side reads it with `devtools.inspectedWindow.eval`. The drain
 * expression answers a JSON string; the panel parses it and decodes it with this codec, because
 * the page can forge all of it (docs/live-capture.md, "The page can see, break or forge the tap").
 *
 * Each drain lists every request the tap still tracks, with its metadata again (except the request
 * body, sent once) and only the chunks that arrived since the previous drain. A request that has ended is listed until one drain has
 * reported its end, then forgotten. Times are epoch milliseconds on the page's clock
 * (performance.timeOrigin + performance.now()).
 */
export const TAP_NAME = 'llm-network-inspector';
export const TAP_VERSION = 1;

const Header = t.tuple([t.string, t.string]);

export const TapChunk = t.type({ at: t.number, text: t.string });
export type TapChunk = t.TypeOf<typeof TapChunk>;

export const TapResponse = t.type({
  status: t.number,
  statusText: t.string,
  headers: t.array(Header),
  /** When the headers arrived. */
  at: t.number,
});
export type TapResponse = t.TypeOf<typeof TapResponse>;

export const TapEnd = t.intersection([
  t.type({ at: t.number, outcome: t.keyof({ complete: null, aborted: null, error: null }) }),
  t.partial({ message: t.string }),
]);
export type TapEnd = t.TypeOf<typeof TapEnd>;

export const TapRequest = t.intersection([
  t.type({
    /** Unique within one install of the tap (the install's id is a prefix). */
    id: t.string,
    api: t.keyof({ fetch: null, xhr: null, eventsource: null }),
    method: t.string,
    /** Absolute URL. */
    url: t.string,
    requestHeaders: t.array(Header),
    /**
     * The request body when it was text (a string body), cut at the tap's limit; null otherwise.
     * Sent in the first drain that lists the request only, and null in the later ones (20 streams
     * with long conversations would otherwise send the same bodies every 150 ms): the devtools
     * side keeps the first non-null one. A first drain that was lost (an eval that failed after
     * draining) loses the body until the browser's record brings it.
     */
    requestBody: t.union([t.string, t.null]),
    startedAt: t.number,
    response: t.union([TapResponse, t.null]),
    /** Chunks received since the previous drain, in order. */
    chunks: t.array(TapChunk),
    end: t.union([TapEnd, t.null]),
  }),
  t.partial({
    /** Chunks dropped for this request since install because the buffer was full. */
    droppedChunks: t.number,
    /** The request body was longer than the tap keeps. */
    requestBodyCut: t.boolean,
  }),
]);
export type TapRequest = t.TypeOf<typeof TapRequest>;

export const TapDrain = t.type({
  tap: t.literal(TAP_NAME),
  version: t.literal(TAP_VERSION),
  /** Identifies this install: a new value means the page navigated or the tap was reinstalled. */
  installId: t.string,
  /** Totals since install: what the bounded buffer had to drop. */
  dropped: t.type({ chunks: t.number, bytes: t.number }),
  requests: t.array(TapRequest),
});
export type TapDrain = t.TypeOf<typeof TapDrain>;
