/** A response body as text, or null with the reason none could be had (evicted, not saved, bad base64). */
export type BodyText = { readonly text: string; readonly reason?: undefined } | { readonly text: null; readonly reason: string };

const utf8 = new TextDecoder('utf-8');

/**
 * Base64 to UTF-8 text, for bodies that browsers and HAR files store encoded. Invalid UTF-8 becomes
 * U+FFFD rather than failing, so the rest stays readable; invalid base64 gives null and `reason`.
 */
export function base64BodyText(encoded: string, reason: string): BodyText {
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    return { text: null, reason };
  }
  return { text: utf8.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))) };
}
