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
  }),
]);
export type CapturedExchange = t.TypeOf<typeof CapturedExchange>;
