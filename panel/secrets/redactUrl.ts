import { MASK, maskToken } from './maskSecret';
import type { Piece } from './secretPieces';
import { maskedText, textPiece } from './secretPieces';
import { isSecretQueryParam } from './secretNames';

/**
 * A URL with the values of key-like query parameters (`?key=AIza...`, `api_key`, `sig`, ...) and any
 * `user:password@` masked. Works on the text rather than through `URL`, which would re-encode the
 * rest of the URL and change what the user sees. `form: 'display'` writes the mask as is, for the
 * screen; `form: 'url'` percent-encodes it so an exported URL is still a valid URL.
 */
export type UrlForm = 'display' | 'url';

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape (`%zz`): judge it as written.
    return raw;
  }
}

function queryPieces(query: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  query.split('&').forEach((pair, index) => {
    if (index > 0) text += '&';
    const equals = pair.indexOf('=');
    const raw = pair.slice(equals + 1);
    const name = decoded(pair.slice(0, equals));
    if (equals === -1 || raw === '' || !isSecretQueryParam(name)) {
      text += pair;
      return;
    }
    pieces.push(textPiece(`${text}${pair.slice(0, equals + 1)}`));
    text = '';
    const value = decoded(raw);
    pieces.push({ kind: 'secret', name, value, masked: maskToken(value), encoding: 'url', raw });
  });
  if (text !== '') pieces.push(textPiece(text));
  return pieces;
}

/** `https://user:pass@host/` → the password is a secret (the user name stays in view). */
function userInfoPieces(beforeQuery: string): Piece[] {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/@:]*:)([^/@]+)@/i.exec(beforeQuery);
  if (match === null) return [textPiece(beforeQuery)];
  const [whole, start = '', raw = ''] = match;
  return [
    textPiece(start),
    { kind: 'secret', name: 'password', value: decoded(raw), masked: MASK, encoding: 'url', raw },
    textPiece(`@${beforeQuery.slice(whole.length)}`),
  ];
}

/** The URL cut where its secrets are (see secretPieces). */
export function urlPieces(url: string): Piece[] {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const base = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt + 1);
  const query = queryAt === -1 ? [] : queryPieces(withoutHash.slice(queryAt + 1));
  const hash = hashAt === -1 ? [] : [textPiece(url.slice(hashAt))];
  return [...userInfoPieces(base), ...query, ...hash];
}

export function redactUrl(url: string, form: UrlForm = 'display'): string {
  return maskedText(urlPieces(url), form === 'display');
}

/** Whether the URL shows anything redactUrl would hide (so the screen offers a reveal button). */
export function urlHasSecrets(url: string): boolean {
  return redactUrl(url) !== url;
}
