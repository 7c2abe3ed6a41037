import { parseResponseBody } from '../responseBody';
import type { FormatDecodeOptions, PresentBody, WireFormat } from './wireFormat';

/**
 * The two ways a format can be handed a JSON body, for the tests that hold its one-walk path
 * (`decodeUnscannedJson`) to the path every format has: the body scanned first by parseJson, then
 * decoded. Whatever the body, the two answers must agree, and a body nested too deeply must be left
 * to the scanned path (undefined), which refuses it as text.
 */

/** What the format answers for a body scanned first, as a format without decodeUnscannedJson is given it. */
export function scannedFirstAnswer(format: WireFormat, text: string, options: FormatDecodeOptions) {
  const parsed = parseResponseBody(text, 'application/json');
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('a test body is never empty');
  const present: PresentBody = parsed;
  return format.decodeBody(present, options);
}

/** What the format's one-walk path answers for the same body (undefined: left to the scanned path). */
export function unscannedAnswer(format: WireFormat, text: string, options: FormatDecodeOptions) {
  const decode = format.decodeUnscannedJson;
  if (decode === undefined) throw new Error(`${format.name} walks its JSON bodies once`);
  return decode(JSON.parse(text), text, options);
}

export const optionsForStatus = (status: number): FormatDecodeOptions => ({ status, failed: status >= 400, streamEvents: true });

/** `levels` nested arrays: the innermost empty one is the last level. */
export const nestedArrays = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
