/** Secrets stay hidden on every path out of the panel: names, masks, redaction, and the on-screen value. */
export { isSecretHeader, isSecretQueryParam } from './secretNames';
export { MASK, maskHeaderValue, maskSecret, maskToken } from './maskSecret';
export { redactUrl, urlHasSecrets } from './redactUrl';
export type { UrlForm } from './redactUrl';
export { redactDecoded, redactExchange, redactHeaders } from './redactExchange';
export type { RedactOptions } from './redactExchange';
export { HeaderValue, SecretUrl, SecretValue } from './SecretValue';
