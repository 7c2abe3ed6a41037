import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import type { CapturedExchange, ExchangeSource, HarTimings } from './exchange';
import { base64BodyText, type BodyText } from './bodyText';
import { issuesFromErrors } from './contract/contractIssues';
import { contentTypeOf, rereadAsUtf8 } from './utf8Reread';
import { findBrowserCut } from './zeroPaddedCut';
import { findCompressedCut } from './compressedCut';

/**
 * HAR 1.2 as browsers really save it: Chrome's and Firefox's "Save all as HAR" and Playwright's
 * `recordHar`. The spec calls most fields required, but real files leave them out (Firefox has no
 * `content.text` for some entries, Playwright's `mode: 'minimal'` drops timings, blocked
 * requests have no response to speak of), so everything past `request.url` and `request.method`
 * is optional. Vendor fields (`_initiator`, `_resourceType`, `_fromCache`, `_transferSize`, ...) are
 * ignored: `t.type` and `t.partial` let extra keys through.
 */
const HarHeader = t.type({ name: t.string, value: t.string }, 'HAR header');

const HarContent = t.partial(
  {
    mimeType: t.string,
    text: t.union([t.string, t.null]),
    encoding: t.string,
    /** The body's size in bytes (Firefox: the compressed size of a compressed body); read only when a number. */
    size: t.unknown,
    /** Playwright's `recordHar({ content: 'attach' })` stores the body beside the HAR and names the file here. */
    _file: t.string,
  },
  'HAR content',
);

const HarRequest = t.intersection(
  [t.type({ method: t.string, url: t.string }), t.partial({ headers: t.array(HarHeader), postData: t.partial({ text: t.string }) })],
  'HAR request',
);

const HarResponse = t.partial({ status: t.number, headers: t.array(HarHeader), content: HarContent }, 'HAR response');

export const HarEntry = t.intersection(
  [
    t.type({ request: HarRequest }),
    t.partial({
      response: HarResponse,
      startedDateTime: t.string,
      time: t.number,
      // Read key by key below: browsers add their own timings (Chrome `_blocked_queueing`, `_workerStart`).
      timings: t.UnknownRecord,
    }),
  ],
  'HAR entry',
);
export type HarEntry = t.TypeOf<typeof HarEntry>;

export const Har = t.type({ log: t.type({ entries: t.array(HarEntry) }, 'HAR log') }, 'HAR');
export type Har = t.TypeOf<typeof Har>;

type HarContent = t.TypeOf<typeof HarContent>;

const TIMING_KEYS = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;

/** Only real measurements: HAR writes -1 for "does not apply" and tools disagree on absent vs -1. */
function timingsOf(raw: Readonly<Record<string, unknown>> | undefined): HarTimings {
  const timings: HarTimings = {};
  for (const key of TIMING_KEYS) {
    const value = raw?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) timings[key] = value;
  }
  return timings;
}

/**
 * The body a HAR entry holds. Text stored as text is as the browser decoded it: Chrome's saved HAR
 * holds a charset-less text/event-stream or text/plain body decoded as windows-1252 (measured on
 * Chromium 156, the same text getContent gives), re-read as UTF-8 by utf8Reread.ts.
 */
function bodyOf(content: HarContent | undefined, contentType: string): BodyText {
  const text = content?.text;
  if (typeof text !== 'string') {
    if (content?._file !== undefined) {
      return {
        text: null,
        reason: `Playwright saved this body in a separate file (${content._file}); record with content: 'embed' to keep it in the HAR`,
      };
    }
    // Browsers omit text for some entries (a body the browser no longer held or chose not to save).
    return { text: null, reason: 'the HAR has no text for this response body (the browser did not save it)' };
  }
  const encoding = content?.encoding;
  if (encoding === undefined || encoding === '') return { text: rereadAsUtf8(text, contentType) };
  if (encoding === 'base64') return base64BodyText(text, 'the HAR holds a base64 body that is not valid base64');
  return { text: null, reason: `the HAR body uses encoding "${encoding}"; only base64 is understood` };
}

/**
 * One HAR entry as a CapturedExchange, with its body given separately: a HAR file stores it in
 * `content.text`, while DevTools capture reads it through getContent. `fallbackStart` stands in for
 * a missing or unparseable `startedDateTime`.
 */
export function harEntryToExchange(
  entry: HarEntry,
  body: BodyText,
  meta: { readonly id: string; readonly source: ExchangeSource; readonly fallbackStart: number },
): CapturedExchange {
  const started = entry.startedDateTime === undefined ? Number.NaN : Date.parse(entry.startedDateTime);
  const exchange: CapturedExchange = {
    id: meta.id,
    url: entry.request.url,
    method: entry.request.method,
    status: entry.response?.status ?? 0,
    startedAt: Number.isFinite(started) ? started : meta.fallbackStart,
    durationMs: entry.time !== undefined && entry.time >= 0 ? entry.time : null,
    requestHeaders: entry.request.headers ?? [],
    requestBody: entry.request.postData?.text ?? null,
    responseHeaders: entry.response?.headers ?? [],
    mimeType: entry.response?.content?.mimeType ?? '',
    body: body.text,
    timings: timingsOf(entry.timings),
    source: meta.source,
  };
  return body.text === null ? { ...exchange, bodyUnavailableReason: body.reason } : exchange;
}

/**
 * harEntryToExchange for a body as the browser handed it over: a body Firefox cut (zero padding,
 * zeroPaddedCut.ts; a compressed one ending in filler, compressedCut.ts) becomes its kept part,
 * and the cut a fact in `bodyCut`. For getContent's
 * bodies (extension/exchangeFromCapture.ts) and the text a HAR file holds alike: Firefox saves a cut
 * body in its HAR just as getContent gives it.
 */
export function harEntryWithBody(
  entry: HarEntry,
  body: BodyText,
  meta: { readonly id: string; readonly source: ExchangeSource; readonly fallbackStart: number },
): CapturedExchange {
  const size = entry.response?.content?.size;
  const response = { headers: entry.response?.headers ?? [], ...(typeof size === 'number' ? { reportedBytes: size } : {}) };
  const found = body.text === null ? null : (findBrowserCut(body.text) ?? findCompressedCut(body.text, response));
  if (found === null) return harEntryToExchange(entry, body, meta);
  return { ...harEntryToExchange(entry, { text: found.text }, meta), bodyCut: found.cut };
}

function fileEntryToExchange(entry: HarEntry, index: number): CapturedExchange {
  const contentType = contentTypeOf(entry.response?.headers ?? [], entry.response?.content?.mimeType ?? '');
  // 0 (the epoch) when the start is missing: a pure function has no "now" to fall back on.
  return harEntryWithBody(entry, bodyOf(entry.response?.content, contentType), {
    id: `har-${index}`,
    source: 'imported',
    fallbackStart: 0,
  });
}

/** The first problem as one line: `log.entries[2].request.url: expected a string; got nothing (field absent)`. */
function firstProblem(errors: t.Errors): string {
  const first = issuesFromErrors(errors)[0];
  if (first === undefined) return 'unknown problem';
  return `${first.path === '' ? 'the top level' : first.path}: expected ${first.expected ?? 'a value'}; got ${first.actual ?? 'something else'}`;
}

/**
 * Every entry of a HAR as a CapturedExchange, in file order, ids `har-0`, `har-1`, ... Left with a
 * one-line reason when the value is not a HAR (or one of its entries lacks a request url or method).
 * Entries whose body is missing or undecodable keep `body: null` and say why in `bodyUnavailableReason`.
 */
export function harToExchanges(har: unknown): E.Either<string, CapturedExchange[]> {
  return pipe(
    Har.decode(har),
    E.bimap(
      (errors) => `not a HAR file: ${firstProblem(errors)}`,
      (decoded) => decoded.log.entries.map(fileEntryToExchange),
    ),
  );
}
