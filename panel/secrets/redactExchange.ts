import type { CapturedExchange, DecodedExchange, HeaderEntry } from '../../decode/index';
import { maskHeaderValue } from './maskSecret';
import { redactUrl } from './redactUrl';
import { requestBodyPieces } from './requestBodyPieces';
import { maskedText } from './secretPieces';
import { isSecretHeader } from './secretNames';

/**
 * Every path out of the panel (clipboard, JSON and HAR export) goes through these, so a secret
 * leaves only when the user ticked "include secrets" for that one action.
 */
export type RedactOptions = { readonly includeSecrets: boolean };

export function redactHeaders(headers: readonly HeaderEntry[], { includeSecrets }: RedactOptions): HeaderEntry[] {
  if (includeSecrets) return [...headers];
  return headers.map((header) =>
    isSecretHeader(header.name) ? { name: header.name, value: maskHeaderValue(header.name, header.value) } : header,
  );
}

export function requestContentType(exchange: CapturedExchange): string | undefined {
  return exchange.requestHeaders.find((header) => header.name.toLowerCase() === 'content-type')?.value;
}

/** The request body with the values of secret-named fields masked (`"api_key": "sk-…abcd"`), as sent otherwise. */
export function redactRequestBody(exchange: CapturedExchange, { includeSecrets }: RedactOptions): string | null {
  if (includeSecrets || exchange.requestBody === null) return exchange.requestBody;
  return maskedText(requestBodyPieces(exchange.requestBody, requestContentType(exchange)));
}

/** The capture with secret headers, key-like query parameters and secret request-body fields masked. */
export function redactExchange(exchange: CapturedExchange, options: RedactOptions): CapturedExchange {
  if (options.includeSecrets) return exchange;
  return {
    ...exchange,
    url: redactUrl(exchange.url, 'url'),
    requestBody: redactRequestBody(exchange, options),
    requestHeaders: redactHeaders(exchange.requestHeaders, options),
    responseHeaders: redactHeaders(exchange.responseHeaders, options),
  };
}

/** decode/ copies the URL into its output; the rest of a DecodedExchange holds no headers. */
export function redactDecoded(decoded: DecodedExchange, { includeSecrets }: RedactOptions): DecodedExchange {
  if (includeSecrets || decoded.url === null) return decoded;
  return { ...decoded, url: redactUrl(decoded.url, 'url') };
}
