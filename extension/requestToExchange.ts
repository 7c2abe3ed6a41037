import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import type { CapturedExchange, HarTimings } from '../decode/exchange';
import type { ResponseBody } from './responseBody';

/**
 * The fields of a devtools.network Request (a HAR 1.2 entry) that capture needs. Browsers leave
 * out fields the HAR spec calls required (Firefox omits postData.text for some bodies, timings can
 * be -1), so everything past url and method is optional.
 */
const Header = t.type({ name: t.string, value: t.string });
const HarRequestEntry = t.type({
  request: t.intersection([
    t.type({ url: t.string, method: t.string }),
    t.partial({ headers: t.array(Header), postData: t.partial({ text: t.string }) }),
  ]),
  response: t.partial({
    status: t.number,
    headers: t.array(Header),
    content: t.partial({ mimeType: t.string }),
  }),
});
const StartAndTimings = t.partial({ startedDateTime: t.string, time: t.number, timings: t.record(t.string, t.unknown) });

const TIMING_KEYS = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;

function timingsOf(raw: Record<string, unknown> | undefined): HarTimings {
  const timings: HarTimings = {};
  for (const key of TIMING_KEYS) {
    const value = raw?.[key];
    if (typeof value === 'number' && value >= 0) timings[key] = value;
  }
  return timings;
}

/** A stable key for de-duplicating an entry seen both by getHAR and by onRequestFinished. */
export function exchangeKey(exchange: Pick<CapturedExchange, 'startedAt' | 'method' | 'url'>): string {
  return `${exchange.startedAt}|${exchange.method}|${exchange.url}`;
}

/** Null when the value is not a request entry at all (then there is nothing to show). */
export function requestToExchange(request: unknown, id: string, body: ResponseBody): CapturedExchange | null {
  const decoded = HarRequestEntry.decode(request);
  if (!isRight(decoded)) return null;
  const entry = decoded.right;
  const extra = StartAndTimings.decode(request);
  const meta = isRight(extra) ? extra.right : {};
  const started = meta.startedDateTime === undefined ? Number.NaN : Date.parse(meta.startedDateTime);
  const exchange: CapturedExchange = {
    id,
    url: entry.request.url,
    method: entry.request.method,
    status: entry.response.status ?? 0,
    startedAt: Number.isFinite(started) ? started : Date.now(),
    durationMs: meta.time !== undefined && meta.time >= 0 ? meta.time : null,
    requestHeaders: entry.request.headers ?? [],
    requestBody: entry.request.postData?.text ?? null,
    responseHeaders: entry.response.headers ?? [],
    mimeType: entry.response.content?.mimeType ?? '',
    body: body.text,
    timings: timingsOf(meta.timings),
  };
  return body.text === null ? { ...exchange, bodyUnavailableReason: body.reason } : exchange;
}
