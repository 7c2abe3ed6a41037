import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import { arrayOf, recordOf } from '../../lenientFields';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions, PresentBody, WireFormat } from '../wireFormat';
import { decodeArrayText, decodeParsedArray } from './decodeJsonArray';
import { decodeResponse, decodeUnscannedResponse } from './decodeResponse';
import { geminiErrorIn } from './geminiError';
import { decodeSse } from './decodeSse';
import { readJsonArrayStream } from './jsonArrayStream';
import { claimsLoneGeminiBody } from './loneBody';
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

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a response object
 * is walked once, its walk standing in for the scan; an error body or a JSON-array stream is
 * scanned first and decoded as before. Undefined when the body nests too deeply.
 */
const decodeUnscannedJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const body = recordOf(value);
  if (body !== undefined && geminiErrorIn(body) === undefined) return decodeUnscannedResponse(body, json, options.failed);
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
