import type { DecodedParts } from '../../decodeJsonBody';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions } from '../wireFormat';
import { decodeOllamaBody } from './decodeBody';
import { readDoneBody } from './doneBody';

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a text body
 * (doneBody.ts) is read once through its own keys, which also tells that it nests two levels deep
 * and holds no huge number; anything else (tool calls, an error, a stream's first line, a
 * non-conforming body) is scanned first and decoded as before. Undefined when the body nests too
 * deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedOllamaJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const done = readDoneBody(value, options.failed);
  if (done !== undefined) return done;
  const scanned = scannedJsonBody(value, json);
  return scanned === undefined ? undefined : decodeOllamaBody(scanned, options);
};
