/**
 * Which header and query-parameter names carry credentials. Matching is by name only and errs on the
 * side of hiding: masking a harmless value costs one click, leaking a key in a screenshot or a
 * shared HAR costs a key rotation.
 */

/** Headers that always hold a credential (RFC 9110 Authorization, cookies, OpenAI/Azure key headers). */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'api-key', // Azure OpenAI
  'x-api-key', // Anthropic, many gateways
  'apikey',
]);

/**
 * Provider-specific names: `x-goog-api-key` (Gemini), `anthropic-api-key`, `x-portkey-api-key`,
 * `ocp-apim-subscription-key` (Azure API Management), `x-auth-token`, `helicone-auth`,
 * `cf-access-client-secret`, `x-amz-security-token`.
 */
const SECRET_HEADER_PATTERNS: readonly RegExp[] = [
  /(^|[-_])(api|access|secret|subscription|private|auth)[-_]?key$/,
  /token/,
  /secret/,
  /passw(or)?d/,
  /(^|[-_])auth($|[-_])/,
  /authorization$/,
  /signature$/,
  /credential/,
];

export function isSecretHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_PATTERNS.some((pattern) => pattern.test(lower));
}

/**
 * Query parameters that carry keys: Gemini's `?key=AIza...`, `api_key`/`apikey` gateways, OAuth's
 * `access_token` and `code`, signed URLs' `sig`/`signature` (Azure SAS, S3 `X-Amz-Signature`).
 */
const SECRET_QUERY_PARAMS = new Set([
  'key',
  'api_key',
  'api-key',
  'apikey',
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'sig',
  'signature',
  'code',
  'client_secret',
  'password',
  'auth',
  'x-amz-credential',
  'x-goog-credential',
]);

const SECRET_QUERY_PATTERNS: readonly RegExp[] = [
  /token/,
  /secret/,
  /passw(or)?d/,
  /signature$/,
  /(^|[-_])(api|access|secret|private)[-_]?key$/,
];

export function isSecretQueryParam(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return SECRET_QUERY_PARAMS.has(lower) || SECRET_QUERY_PATTERNS.some((pattern) => pattern.test(lower));
}
