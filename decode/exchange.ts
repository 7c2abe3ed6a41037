import * as t from 'io-ts';

/**
 * One finished HTTP request as the capture layer (extension/) or a HAR file (cli/) hands it to
 * decode/. Plain data only: every browser-specific shape is normalized before it gets here.
 */
export const HeaderEntry = t.type({ name: t.string, value: t.string });
export type HeaderEntry = t.TypeOf<typeof HeaderEntry>;

/** HAR timings in milliseconds; -1 or absent means "not applicable" as in the HAR spec. */
export const HarTimings = t.partial({
  blocked: t.number,
  dns: t.number,
  connect: t.number,
  ssl: t.number,
  send: t.number,
  wait: t.number,
  receive: t.number,
});
export type HarTimings = t.TypeOf<typeof HarTimings>;

export const ExchangeSource = t.keyof({ live: null, backfill: null, imported: null, file: null });
export type ExchangeSource = t.TypeOf<typeof ExchangeSource>;

/**
 * The browser handed over only the first `keptBytes` of a `totalBytes` response body (Firefox cuts
 * bodies at devtools.netmonitor.responseBodyLimit): `body` then holds the kept part only. With
 * `contentEncoding` (gzip, deflate) the body came compressed and Firefox cut the compressed
 * bytes: `totalBytes` is then the compressed size it reported (0 when unknown), `keptBytes` the
 * decoded bytes shown.
 */
export const BodyCut = t.intersection([t.type({ keptBytes: t.number, totalBytes: t.number }), t.partial({ contentEncoding: t.string })]);
export type BodyCut = t.TypeOf<typeof BodyCut>;

/**
 * What the Live tap (issue 14, extension/live/) saw in the inspected page while the request was in
 * flight. Times are epoch milliseconds on the page's clock (performance.timeOrigin + now()), so
 * they keep real arrival times whatever the polling lag. Reported by the page: untrusted until the
 * browser's own HAR entry replaces the body (`confirmed`).
 */
export const TappedFacts = t.intersection([
  t.type({
    /** One entry per chunk the page's reader received: [arrival time, body length in characters after it]. */
    arrivals: t.array(t.tuple([t.number, t.number])),
    /** When the response headers arrived; null while waiting for them. */
    responseAt: t.union([t.number, t.null]),
    /**
     * "stopped": Live was turned off while the request was in flight, so the tap's report ends
     * there; the browser's record may still confirm it.
     */
    outcome: t.keyof({ 'in-flight': null, complete: null, aborted: null, error: null, stopped: null }),
    /** When the body ended, was aborted or failed; null while in flight. */
    endedAt: t.union([t.number, t.null]),
    /** false: body and times are what the page reported; true: the browser's HAR entry has replaced the body. */
    confirmed: t.boolean,
  }),
  t.partial({
    /** Why it failed, as the page's error said it (outcome "error" or "aborted"). */
    message: t.string,
    /** Chunks or bytes the tap dropped for this request because its bounded buffer was full. */
    droppedChunks: t.number,
    /**
     * When the page started the request, on the page's clock like the times above. The browser's
     * HAR entry, once it replaces the live exchange, brings its own `startedAt` on the browser's
     * clock; the times per event are measured from this one so they keep their meaning.
     */
    startedAt: t.number,
    /**
     * The browser's record of the request arrived without its body (none of an aborted request,
     * and now and then none of a finished stream: seen in Chromium), so the body stays the page's
     * report and `confirmed` stays false.
     */
    browserBodyMissing: t.boolean,
  }),
]);
export type TappedFacts = t.TypeOf<typeof TappedFacts>;

export const CapturedExchange = t.intersection([
  t.type({
    /** Stable within one capture session; used as the list key. */
    id: t.string,
    url: t.string,
    method: t.string,
    /** HTTP status; 0 when the browser reported none (blocked, aborted). */
    status: t.number,
    /** Wall-clock start, epoch milliseconds. */
    startedAt: t.number,
    /** Total time in ms as the browser measured it, null when unknown. */
    durationMs: t.union([t.number, t.null]),
    requestHeaders: t.array(HeaderEntry),
    requestBody: t.union([t.string, t.null]),
    responseHeaders: t.array(HeaderEntry),
    mimeType: t.string,
    /** Response body as text (base64 already decoded); null when the browser could not give it. */
    body: t.union([t.string, t.null]),
    timings: HarTimings,
  }),
  t.partial({
    /** Why body is null ("evicted from the inspector cache", "getContent failed: ..."). */
    bodyUnavailableReason: t.string,
    source: ExchangeSource,
    bodyCut: BodyCut,
    /** Present when the Live tap saw this request in the page (issue 14). */
    tapped: TappedFacts,
  }),
]);
export type CapturedExchange = t.TypeOf<typeof CapturedExchange>;
