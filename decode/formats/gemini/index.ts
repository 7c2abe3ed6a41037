import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import type { JsonRecord } from '../../lenientFields';
import { arrayOf, recordOf } from '../../lenientFields';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions, PresentBody, WireFormat } from '../wireFormat';
import { decodeArrayText, decodeParsedArray } from './decodeJsonArray';
import { decodeResponse, decodeUnscannedError, decodeUnscannedResponse } from './decodeResponse';
import { geminiErrorIn } from './geminiError';
import { decodeSse } from './decodeSse';
import { readJsonArrayStream } from './jsonArrayStream';
import { claimsLoneGeminiBody } from './loneBody';
import { isPlainResponse } from './plainResponse';
import { claimsByBody, claimsByHead } from './recognize';
import { summarizeGeminiRequest } from './requestSummary';

/**
 * Google's Gemini API (generateContent, streamGenerateContent), as the Gemini API, Vertex AI and
 * Firebase AI Logic serve it. See README.md for the framings and the mapping.
 */

const decodeBody = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  const keepEvents = options.streamEvents ?? true;
  switch (body.kind) {
    case 'sse':
      return decodeSse(body.sse, keepEvents, options.failed);
    case 'json': {
      const items = arrayOf(body.value);
      return items === undefined
        ? decodeResponse(body.value, body.preciseNumbers, options.failed)
        : decodeParsedArray(items, body.text, body.preciseNumbers, keepEvents, options.failed);
    }
    case 'text': {
      // A JSON-array stream that JSON.parse refused: cut short, or followed by a bare error.
      const array = body.failure.reason === 'syntax' ? readJsonArrayStream(body.text) : undefined;
      return array === undefined || array.elements.length === 0
        ? unreadableTextParts(body.text, body.failure, options.status)
        : decodeArrayText(array, keepEvents, options.failed);
    }
  }
};

/** The elements of a JSON-array stream as records when every one is a plain response; undefined otherwise. */
const plainElements = (items: readonly unknown[]): JsonRecord[] | undefined => {
  const records: JsonRecord[] = [];
  for (let at = 0; at < items.length; at += 1) {
    const element = recordOf(items[at]);
    if (element === undefined || !isPlainResponse(element)) return undefined;
    records.push(element);
  }
  return records;
};

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a response object
 * or an error body is walked once, its walk standing in for the scan; a JSON-array stream whose
 * elements are all plain responses needs no scan (they hold no huge number and nest nine levels at
 * most); any other array is scanned first and decoded as before. Undefined when the body nests too
 * deeply.
 */
const decodeUnscannedJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const body = recordOf(value);
  if (body !== undefined) {
    return geminiErrorIn(body) === undefined ? decodeUnscannedResponse(body, json, options.failed) : decodeUnscannedError(body, json);
  }
  // A JSON-array stream of plain responses: nothing in it for the scan to find (plainResponse.ts).
  const items = arrayOf(value);
  const plain = items === undefined ? undefined : plainElements(items);
  if (items !== undefined && plain !== undefined) {
    return decodeParsedArray(items, json, [], options.streamEvents ?? true, options.failed, plain);
  }
  const scanned = scannedJsonBody(value, json);
  return scanned === undefined ? undefined : decodeBody(scanned, options);
};

export const gemini: WireFormat = {
  name: 'gemini',
  label: 'Gemini',
  nativeNames: {
    id: 'responseId',
    model: 'modelVersion',
    finish_reason: 'finishReason',
    prompt_tokens: 'promptTokenCount',
    completion_tokens: 'candidatesTokenCount',
    total_tokens: 'totalTokenCount',
    created: 'createTime',
  },
  claimsByHead,
  claimsByBody,
  claimsLoneBody: claimsLoneGeminiBody,
  decodeBody,
  decodeUnscannedJson,
  summarizeRequest: summarizeGeminiRequest,
};
