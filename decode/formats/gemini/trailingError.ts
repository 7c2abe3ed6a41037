import * as E from 'fp-ts/Either';
import { parseJsonValue } from '../../parseJson';
import { geminiErrorIn } from './geminiError';

/**
 * When a stream fails midway, Google's servers end it with the error object itself, pretty-printed
 * and without `data:` (Firebase AI Logic's test data, streaming-failure-error-mid-stream; the SDKs
 * read it so). An SSE parser sees its lines as fields it does not know: they are joined back into
 * the object's text. Returns that text when it is such an error, else undefined.
 */
export const trailingErrorText = (lines: readonly string[]): string | undefined => {
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  const value = parseJsonValue(text);
  return E.isRight(value) && geminiErrorIn(value.right) !== undefined ? text : undefined;
};
