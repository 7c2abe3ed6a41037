/**
 * A text (a request body, a URL, a header value) cut where its secrets are, so each path out writes
 * them its own way: masked on screen and in exports, as `$OPENAI_API_KEY` in a cURL command, as
 * sent when the user includes secrets. Joining the pieces' raw text gives back the text as sent.
 */

/** How a replacement is written where the secret stood: inside a JSON string, as a URL component, or as is. */
export type PieceEncoding = 'json' | 'url' | 'plain';

export type SecretPiece = {
  readonly kind: 'secret';
  /** The field, query parameter or header that holds it (it names the cURL variable). */
  readonly name: string;
  /** The secret as sent, decoded (JSON escapes and percent-encoding undone). */
  readonly value: string;
  /** What shows instead (`sk-proj-…1234`), not yet encoded. */
  readonly masked: string;
  readonly encoding: PieceEncoding;
  /** Its text exactly as it stood, still encoded. */
  readonly raw: string;
};

export type TextPiece = { readonly kind: 'text'; readonly text: string };
export type Piece = TextPiece | SecretPiece;

export function textPiece(text: string): TextPiece {
  return { kind: 'text', text };
}

/** A replacement encoded for where the secret stood. `display` leaves a URL component readable. */
export function encodeInPlace(text: string, encoding: PieceEncoding, display = false): string {
  if (encoding === 'json') return JSON.stringify(text).slice(1, -1);
  if (encoding === 'url' && !display) return encodeURIComponent(text);
  return text;
}

export function hasSecrets(pieces: readonly Piece[]): boolean {
  return pieces.some((piece) => piece.kind === 'secret');
}

/** The text with each secret masked; `display` writes masks in URLs unencoded, for the screen. */
export function maskedText(pieces: readonly Piece[], display = false): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : encodeInPlace(piece.masked, piece.encoding, display))).join('');
}

/** The text as sent. */
export function sentText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.raw)).join('');
}
