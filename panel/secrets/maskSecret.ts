/**
 * How a secret looks on screen and in redacted exports: `Bearer sk-…0000`. The scheme and a
 * vendor's public key prefix stay (they say which credential was sent), the last four characters
 * stay (they tell two keys apart, as provider dashboards show them), everything else goes. A value
 * too short for that to be safe is replaced entirely.
 */

export const MASK = '••••••••';
const ELLIPSIS = '…';

/** Below this many characters after the prefix, showing the last four would give away too much. */
const MIN_LENGTH_FOR_TAIL = 12;

/**
 * Public key prefixes, longest first so `sk-proj-` wins over `sk-`: OpenAI (`sk-proj-`, `sk-svcacct-`,
 * `sk-`), Anthropic (`sk-ant-`), OpenRouter (`sk-or-v1-`), Groq (`gsk_`), xAI (`xai-`), Google
 * (`AIza`), Perplexity (`pplx-`), Hugging Face (`hf_`), Replicate (`r8_`), Cerebras (`csk-`),
 * NVIDIA (`nvapi-`), GitHub (`ghp_`, `github_pat_`).
 */
const KNOWN_PREFIXES = [
  'sk-svcacct-',
  'sk-or-v1-',
  'github_pat_',
  'sk-proj-',
  'sk-ant-',
  'nvapi-',
  'pplx-',
  'gsk_',
  'xai-',
  'csk-',
  'ghp_',
  'AIza',
  'sk-',
  'hf_',
  'r8_',
];

/** HTTP authentication schemes worth keeping in view (RFC 9110 §11 and common custom ones). */
const SCHEME = /^(Bearer|Basic|Token|Bot|Digest|ApiKey|Api-Key|Key|OAuth|AWS4-HMAC-SHA256|Negotiate|NTLM)(\s+)(.*)$/is;

/** `Bearer sk-…` → the scheme (`Bearer`) and the credential after it; null when the value has no scheme. */
export function splitScheme(value: string): { readonly scheme: string; readonly credential: string } | null {
  const match = SCHEME.exec(value.trim());
  if (match === null) return null;
  const [, scheme = '', , credential = ''] = match;
  return { scheme, credential: credential.trim() };
}

/** Masks one credential token (no scheme): `sk-proj-abcdefghijklmnop1234` → `sk-proj-…1234`. */
export function maskToken(token: string): string {
  if (token === '') return '';
  // Already masked (a redacted export imported back): masking again would only hide the tail.
  if (token.includes(ELLIPSIS) || token.includes(MASK)) return token;
  const prefix = KNOWN_PREFIXES.find((candidate) => token.startsWith(candidate)) ?? '';
  const rest = token.slice(prefix.length);
  if (rest.length < MIN_LENGTH_FOR_TAIL) return `${prefix}${MASK}`;
  return `${prefix}${ELLIPSIS}${rest.slice(-4)}`;
}

/** Masks a credential that may start with an auth scheme: `Bearer sk-demo-000000000000` → `Bearer sk-…0000`. */
export function maskSecret(value: string): string {
  const split = splitScheme(value);
  if (split === null) return maskToken(value.trim());
  // Basic is base64 of user:password: its last four characters are the password's last three.
  if (split.scheme.toLowerCase() === 'basic') return `${split.scheme} ${MASK}`;
  return `${split.scheme} ${maskToken(split.credential)}`;
}

/** `a=1; session=abc...` → names kept, each value masked. */
function maskCookiePairs(value: string): string {
  return value
    .split(';')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return maskToken(pair.trim());
      return `${pair.slice(0, equals).trim()}=${maskToken(pair.slice(equals + 1).trim())}`;
    })
    .join('; ');
}

/** `session=abc; Path=/; HttpOnly` → the cookie's value masked, its attributes kept. */
function maskSetCookie(value: string): string {
  const semicolon = value.indexOf(';');
  const pair = semicolon === -1 ? value : value.slice(0, semicolon);
  const attributes = semicolon === -1 ? '' : value.slice(semicolon);
  return `${maskCookiePairs(pair)}${attributes}`;
}

/**
 * The masked form of a secret header's value. Cookies keep their names (which cookie was sent is
 * useful and not secret); `set-cookie` may hold several cookies on separate lines (HAR and
 * Chrome's getHAR join them with a newline).
 */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'cookie') return maskCookiePairs(value);
  if (lower === 'set-cookie') return value.split('\n').map(maskSetCookie).join('\n');
  return maskSecret(value);
}
