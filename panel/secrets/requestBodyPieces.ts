import { isSecretBodyField } from './bodyFieldNames';
import { jsonSecretPieces } from './jsonSecretPieces';
import { maskToken } from './maskSecret';
import type { Piece } from './secretPieces';
import { textPiece } from './secretPieces';

function formDecoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape (`%zz`): judge it as written.
    return raw;
  }
}

/** `grant_type=password&password=hunter2&client_secret=…`: the values of secret-named fields. */
export function formSecretPieces(body: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  body.split('&').forEach((pair, index) => {
    if (index > 0) text += '&';
    const equals = pair.indexOf('=');
    const name = equals === -1 ? '' : formDecoded(pair.slice(0, equals));
    const raw = pair.slice(equals + 1);
    if (equals === -1 || raw === '' || !isSecretBodyField(name)) {
      text += pair;
      return;
    }
    pieces.push(textPiece(`${text}${pair.slice(0, equals + 1)}`));
    text = '';
    const value = formDecoded(raw);
    pieces.push({ kind: 'secret', name, value, masked: maskToken(value), encoding: 'url', raw });
  });
  if (text !== '' || pieces.length === 0) pieces.push(textPiece(text));
  return pieces;
}

/**
 * A request body cut where its secret fields are: a form-encoded body (by its Content-Type, which
 * `fetch` sets for URLSearchParams) by field, anything that looks like JSON by jsonSecretPieces,
 * anything else left whole.
 */
export function requestBodyPieces(body: string, contentType: string | undefined): Piece[] {
  if (contentType !== undefined && /application\/x-www-form-urlencoded/i.test(contentType)) return formSecretPieces(body);
  if (/^\s*[[{]/.test(body)) return jsonSecretPieces(body);
  return [textPiece(body)];
}
