import { maskHeaderValue, splitScheme } from './maskSecret';
import type { Piece } from './secretPieces';
import { textPiece } from './secretPieces';
import { isSecretHeader } from './secretNames';

/**
 * A request header as `name: value` cut where its secret is: the credential after the scheme
 * (`Authorization: Bearer ` then the key), or the whole value of any other secret header (a cookie).
 */
export function headerPieces(name: string, value: string): Piece[] {
  if (!isSecretHeader(name) || value.trim() === '') return [textPiece(`${name}: ${value}`)];
  const split = splitScheme(value);
  if (split === null || split.credential === '') {
    return [textPiece(`${name}: `), { kind: 'secret', name, value, masked: maskHeaderValue(name, value), encoding: 'plain', raw: value }];
  }
  const credentialAt = value.lastIndexOf(split.credential);
  return [
    textPiece(`${name}: ${value.slice(0, credentialAt)}`),
    {
      kind: 'secret',
      name,
      value: split.credential,
      masked: maskHeaderValue(name, split.credential),
      encoding: 'plain',
      raw: split.credential,
    },
    ...(credentialAt + split.credential.length < value.length ? [textPiece(value.slice(credentialAt + split.credential.length))] : []),
  ];
}
