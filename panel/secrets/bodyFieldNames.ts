/**
 * Which request-body fields carry credentials, judged by the field's name only (its value is never
 * read for this). A name is cut into words whatever its spelling (`apiKey`, `api_key`, `x-api-key`,
 * `APIKey` are all api + key) and judged by its last word, so `max_tokens`, `token_count`,
 * `tokenizer`, `keywords` and OpenAI's `prompt_cache_key` stay in view.
 */

/** `apiKey` → api, key; `X-API-Key` → x, api, key; `access_token` → access, token. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Words that make `…_key` a credential; `cache_key`, `idempotency_key`, `sort_key` are not. */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'subscription',
  'client',
  'session',
  'signing',
  'encryption',
  'master',
  'license',
  'service',
  'account',
]);

/** Last words that always name a credential. */
const CREDENTIAL_WORDS = new Set([
  'apikey',
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'authorization',
  'credential',
  'credentials',
]);

/**
 * A model's vocabulary tokens, not credentials: Hugging Face generation parameters (`eos_token`,
 * `pad_token`) and prompt templates name them in request bodies.
 */
const VOCABULARY_TOKENS = new Set(['bos', 'eos', 'pad', 'unk', 'sep', 'cls', 'mask', 'stop', 'start', 'end', 'special']);

export function isSecretBodyField(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  const before = words.at(-2);
  if (last === 'key') return before === undefined || KEY_QUALIFIERS.has(before);
  if (last === 'auth') return before === undefined || before === 'x';
  if (last === 'token') return before === undefined || !VOCABULARY_TOKENS.has(before);
  return CREDENTIAL_WORDS.has(last);
}

/**
 * Whether a secret field or header holds the provider's API key (`Authorization`, `api-key`,
 * `x-goog-api-key`, `apiKey`, `?key=`), which a cURL command then takes from the provider's usual
 * environment variable; other secrets (a cookie, a password) get a variable named after themselves.
 */
export function isApiKeyName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  // Proxy-Authorization is the proxy's credential, not the provider's key.
  if (last === 'authorization') return words.at(-2) !== 'proxy';
  return last === 'apikey' || (last === 'key' && (words.length === 1 || KEY_QUALIFIERS.has(words.at(-2) ?? '')));
}
