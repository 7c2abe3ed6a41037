import type { CapturedExchange, HeaderEntry } from '../../decode/index';
import { redactExchange } from '../secrets/redactExchange';
import type { RedactOptions } from '../secrets/redactExchange';

/**
 * Captured exchanges as HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/). Every field the
 * spec calls required is written, because Chrome's importer (devtools-frontend
 * models/har/HARFormat.ts) turns a missing number (`headersSize`, `bodySize`, `content.size`,
 * `timings.send`) into NaN and rejects the whole file, and Firefox's (netmonitor har-importer.js)
 * calls `log.pages.forEach` and reads `entry.cache.afterRequest`, so `pages` and `cache` must exist.
 * Secrets are masked by redactExchange unless `includeSecrets`; the query string array is built
 * from the redacted URL so it cannot hold what the URL hides.
 */

const NOT_APPLICABLE = -1;

function queryStringOf(url: string): { name: string; value: string }[] {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return [];
  const hashAt = url.indexOf('#', queryAt);
  const query = url.slice(queryAt + 1, hashAt === -1 ? undefined : hashAt);
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals === -1
        ? { name: decodeSafely(pair), value: '' }
        : { name: decodeSafely(pair.slice(0, equals)), value: decodeSafely(pair.slice(equals + 1)) };
    });
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function headerValue(headers: readonly HeaderEntry[], name: string): string | undefined {
  return headers.find((header) => header.name.toLowerCase() === name)?.value;
}

/** UTF-8 length, which is what HAR sizes count. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Status texts are not captured; the common ones keep importers' status columns readable. */
const STATUS_TEXTS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function entryOf(exchange: CapturedExchange) {
  const timings = exchange.timings;
  const wait = timings.wait ?? 0;
  const receive = timings.receive ?? 0;
  const send = timings.send ?? 0;
  const requestType = headerValue(exchange.requestHeaders, 'content-type') ?? 'application/json';
  return {
    startedDateTime: new Date(exchange.startedAt).toISOString(),
    time: exchange.durationMs ?? (timings.blocked ?? 0) + send + wait + receive,
    request: {
      method: exchange.method,
      url: exchange.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: exchange.requestHeaders,
      queryString: queryStringOf(exchange.url),
      ...(exchange.requestBody === null ? {} : { postData: { mimeType: requestType, params: [], text: exchange.requestBody } }),
      headersSize: NOT_APPLICABLE,
      bodySize: exchange.requestBody === null ? 0 : byteLength(exchange.requestBody),
    },
    response: {
      status: exchange.status,
      statusText: STATUS_TEXTS[exchange.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: exchange.responseHeaders,
      content:
        exchange.body === null
          ? { size: 0, mimeType: exchange.mimeType, comment: exchange.bodyUnavailableReason ?? 'the body was not available' }
          : { size: byteLength(exchange.body), mimeType: exchange.mimeType, text: exchange.body },
      redirectURL: headerValue(exchange.responseHeaders, 'location') ?? '',
      headersSize: NOT_APPLICABLE,
      bodySize: exchange.body === null ? NOT_APPLICABLE : byteLength(exchange.body),
    },
    cache: {},
    timings: {
      blocked: timings.blocked ?? NOT_APPLICABLE,
      dns: timings.dns ?? NOT_APPLICABLE,
      connect: timings.connect ?? NOT_APPLICABLE,
      ssl: timings.ssl ?? NOT_APPLICABLE,
      send,
      wait,
      receive,
    },
  };
}

export function exchangesToHar(exchanges: readonly CapturedExchange[], options: RedactOptions, version: string) {
  return {
    log: {
      version: '1.2',
      creator: { name: 'LLM Network Inspector', version },
      pages: [],
      entries: exchanges.map((exchange) => entryOf(redactExchange(exchange, options))),
      ...(options.includeSecrets
        ? {}
        : { comment: 'Credentials (Authorization, API keys, cookies, key-like query parameters, secret request-body fields) are masked.' }),
    },
  };
}

export function exportHar(exchanges: readonly CapturedExchange[], options: RedactOptions, version: string): string {
  return JSON.stringify(exchangesToHar(exchanges, options, version), null, 2);
}
