import type { DecodedParts } from '../../decodeJsonBody';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions } from '../wireFormat';
import { decodeOllamaBody } from './decodeBody';
import { readDoneBody } from './doneBody';
import { ownKeysSuffice } from './plainLine';
import { isJsonObject } from '../../lenientFields';

/**
 * The message of Ollama's error body as its server writes it (`{"error": "model 'x' not found"}`:
 * that key alone, a string), else undefined. Of such a body the walk would find that it conforms
 * with no extension, one level deep, no number: decodeJson.ts would answer an error with that
 * message and no issue, which is what errorParts answers.
 */
const plainErrorMessage = (value: unknown): string | undefined => {
  if (!isJsonObject(value) || !ownKeysSuffice()) return undefined;
  let message: string | undefined;
  for (const key in value) {
    const field = value[key];
    if (key !== 'error' || typeof field !== 'string') return undefined;
    message = field;
  }
  return message;
};

const errorParts = (message: string): DecodedParts => ({
  kind: 'error',
  issues: [],
  completion: null,
  error: { message },
  stream: null,
  extensions: [],
});

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a text or
 * tool-call body (doneBody.ts) or an error body as Ollama writes them are read once through their
 * own keys, which also tells that they nest within the depth limit (a tool's arguments scanned for
 * it) and hold no huge number; anything else (a stream's first line, a body off the contract) is
 * scanned first and decoded as before. Undefined when the body nests too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedOllamaJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const done = readDoneBody(value, options.failed);
  if (done !== undefined) return done;
  const message = plainErrorMessage(value);
  if (message !== undefined) return errorParts(message);
  const scanned = scannedJsonBody(value, json);
  return scanned === undefined ? undefined : decodeOllamaBody(scanned, options);
};
