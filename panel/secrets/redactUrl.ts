import { MASK, maskToken } from './maskSecret';
import { isSecretQueryParam } from './secretNames';

/**
 * A URL with the values of key-like query parameters (`?key=AIza...`, `api_key`, `sig`, ...) and any
 * `user:password@` masked. Works on the text rather than through `URL`, which would re-encode the
 * rest of the URL and change what the user sees. `form: 'display'` writes the mask as is, for the
 * screen; `form: 'url'` percent-encodes it so an exported URL is still a valid URL.
 */
export type UrlForm = 'display' | 'url';

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape (`%zz`): judge the name as written.
    return raw;
  }
}

function decodedValue(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function maskQuery(query: string, form: UrlForm): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const name = pair.slice(0, equals);
      if (!isSecretQueryParam(decodedName(name))) return pair;
      const masked = maskToken(decodedValue(pair.slice(equals + 1)));
      return `${name}=${form === 'url' ? encodeURIComponent(masked) : masked}`;
    })
    .join('&');
}

/** `https://user:pass@host/` → the password masked (the user name stays). */
function maskUserInfo(beforeQuery: string, form: UrlForm): string {
  return beforeQuery.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@:]*):([^/@]*)@/i, (_match, scheme: string, user: string) => {
    return `${scheme}${user}:${form === 'url' ? encodeURIComponent(MASK) : MASK}@`;
  });
}

export function redactUrl(url: string, form: UrlForm = 'display'): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = withoutHash.indexOf('?');
  const base = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? null : withoutHash.slice(queryAt + 1);
  return `${maskUserInfo(base, form)}${query === null ? '' : `?${maskQuery(query, form)}`}${hash}`;
}

/** Whether the URL shows anything redactUrl would hide (so the screen offers a reveal button). */
export function urlHasSecrets(url: string): boolean {
  return redactUrl(url) !== url;
}
