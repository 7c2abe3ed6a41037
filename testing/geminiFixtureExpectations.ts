import { decodeExchange } from '../decode';
import type { DecodedExchange, NormalizedMessage, NormalizedUsage } from '../decode';
import { bareChatExchange } from './exchanges';
import { readFormatFixture } from './fixtureFiles';

/**
 * Every recorded Gemini body (../shared/fixtures/formats/gemini), decoded as the browser would
 * hand it over from the endpoint SOURCES.tsv names. Each expected value was read from the file's
 * bytes by hand (long texts by their first and last words, their joins and their length).
 */

const GEMINI_API = 'https://generativelanguage.googleapis.com/v1beta/models';
const FIREBASE_GOOGLE_AI = 'https://firebasevertexai.googleapis.com/v1beta/projects/my-app/models';
const FIREBASE_VERTEX = 'https://firebasevertexai.googleapis.com/v1beta/projects/my-app/locations/us-central1/publishers/google/models';
const VERTEX = 'https://us-central1-aiplatform.googleapis.com/v1/projects/my-app/locations/us-central1/publishers/google/models';

export interface Expected {
  readonly url: string;
  readonly status?: number;
  readonly mimeType: 'application/json' | 'text/event-stream';
  readonly kind: DecodedExchange['kind'];
  readonly id: string | null;
  readonly model: string | null;
  readonly finish: string | null;
  /** The text exactly, or its first words, last words and length. */
  readonly content: string | null | { readonly start: string; readonly end: string; readonly length: number; readonly joins?: string[] };
  readonly reasoning?: { readonly start: string; readonly end: string; readonly length: number };
  readonly reasoningBlocks?: NormalizedMessage['reasoning_blocks'];
  readonly toolCalls?: { readonly id: string; readonly name: string; readonly arguments: string }[];
  readonly serverTools?: { readonly name: string; readonly arguments: string | null; readonly result: unknown }[];
  readonly annotations?: number;
  readonly usage: NormalizedUsage | null;
  readonly error: DecodedExchange['error'];
  readonly done?: boolean;
  readonly events?: number;
  readonly conforms: boolean;
}

export const EXPECTED: Record<string, Expected> = {
  'gemini-error-400-1.json': {
    url: `${FIREBASE_GOOGLE_AI}/gemini-2.0-flash:generateContent`,
    status: 400,
    mimeType: 'application/json',
    kind: 'error',
    id: null,
    model: null,
    finish: null,
    content: null,
    usage: null,
    error: { message: 'API key not valid. Please pass a valid API key.', type: 'INVALID_ARGUMENT', code: 400 },
    conforms: true,
  },
  'gemini-json-grounding-1.json': {
    url: `${GEMINI_API}/gemini-2.5-flash:generateContent`,
    mimeType: 'application/json',
    kind: 'completion',
    id: 'qgqkaI-iDLrTjMcP0bP24A4',
    model: 'gemini-2.5-flash',
    finish: 'STOP',
    content:
      'Pydantic AI is a Python agent framework designed to make it less painful to build production grade applications with Generative AI.',
    serverTools: [
      {
        name: 'url_context',
        arguments: null,
        result: [{ retrievedUrl: 'https://ai.pydantic.dev', urlRetrievalStatus: 'URL_RETRIEVAL_STATUS_SUCCESS' }],
      },
    ],
    annotations: 1,
    usage: {
      prompt_tokens: 32,
      completion_tokens: 41,
      total_tokens: 2515,
      prompt_tokens_details: { tool_use_prompt_tokens: 2395 },
      completion_tokens_details: { reasoning_tokens: 47 },
    },
    error: null,
    conforms: true,
  },
  'gemini-json-prompt-blocked-1.json': {
    url: `${FIREBASE_GOOGLE_AI}/gemini-2.0-flash:generateContent`,
    mimeType: 'application/json',
    kind: 'completion',
    id: null,
    model: 'gemini-2.0-flash',
    // Only blockReasonMessage was sent: no block reason to show.
    finish: null,
    content: null,
    usage: null,
    error: null,
    conforms: true,
  },
  'gemini-json-safety-1.json': {
    url: `${FIREBASE_GOOGLE_AI}/gemini-2.0-flash:generateContent`,
    mimeType: 'application/json',
    kind: 'completion',
    id: null,
    model: 'gemini-2.0-flash',
    finish: 'SAFETY',
    content: 'Safety error incoming in 5, 4, 3, 2...',
    usage: { prompt_tokens: 7, completion_tokens: 20, total_tokens: 27 },
    error: null,
    conforms: true,
  },
  'gemini-json-thoughts-1.json': {
    url: `${FIREBASE_GOOGLE_AI}/gemini-2.5-flash:generateContent`,
    mimeType: 'application/json',
    kind: 'completion',
    id: '2pmHaJqQEoqC-8YP6eStyAY',
    model: 'gemini-2.5-flash',
    finish: 'STOP',
    content: 'Mountain View',
    reasoning: {
      start: "**Thinking About Google's Headquarters**\n\nWell, this one's straightforward.",
      end: 'and move on.\n',
      length: 352,
    },
    usage: { prompt_tokens: 14, completion_tokens: 2, total_tokens: 40, completion_tokens_details: { reasoning_tokens: 24 } },
    error: null,
    conforms: true,
  },
  'gemini-json-toolcall-1.json': {
    url: `${GEMINI_API}/gemini-3-pro-preview:generateContent`,
    mimeType: 'application/json',
    kind: 'completion',
    id: 'JniLacKqGqH0xs0P0O776As',
    model: 'gemini-3-pro-preview',
    finish: 'STOP',
    content: null,
    reasoningBlocks: [
      {
        type: 'thoughtSignature',
        signature: 'Eqo+Cqc+Ab4+9vtgONaaz6qwy6WXdp7gCd2w0X+Wz2gaBgY0Gv6A12JKo0y5vQwf9YQFyhMbKr1E9m17VT6HXd7jXzjaGYaE',
      },
    ],
    toolCalls: [{ id: '', name: 'weather', arguments: '{"location":"San Francisco"}' }],
    usage: { prompt_tokens: 29, completion_tokens: 15, total_tokens: 1845, completion_tokens_details: { reasoning_tokens: 1801 } },
    error: null,
    conforms: true,
  },
  'gemini-stream-error-1.sse': {
    url: `${FIREBASE_VERTEX}/gemini-2.0-flash:streamGenerateContent?alt=sse`,
    mimeType: 'text/event-stream',
    kind: 'stream',
    id: null,
    model: null,
    finish: 'STOP',
    content: 'First Second ',
    usage: null,
    error: { message: 'The operation was cancelled.', type: 'CANCELLED', code: 499 },
    done: false,
    // Two data events, then the bare error object as a third.
    events: 3,
    conforms: false,
  },
  'gemini-stream-grounding-1.sse': {
    url: `${GEMINI_API}/gemini-2.5-pro:streamGenerateContent?alt=sse`,
    mimeType: 'text/event-stream',
    kind: 'stream',
    id: 'ftnJaMmAMcm-qtsPwvCCoAo',
    model: 'gemini-2.5-pro',
    finish: 'STOP',
    content: {
      start: '### Weather in San Francisco is Mild and Partly Cloudy Today\n\n**San Francisco, CA** - Today',
      end: 'during the afternoon before gradually cooling down in the evening. The chance of rain remains low throughout the day.',
      length: 926,
      joins: ['with temperatures ranging from the high 50s to the low 80s, according to various weather reports.'],
    },
    serverTools: [{ name: 'google_search', arguments: '["weather in San Francisco today"]', result: 5 }],
    // Eight supports, one of them citing two chunks ([4, 1]).
    annotations: 9,
    usage: {
      prompt_tokens: 17,
      completion_tokens: 241,
      total_tokens: 772,
      prompt_tokens_details: { tool_use_prompt_tokens: 102 },
      completion_tokens_details: { reasoning_tokens: 412 },
    },
    error: null,
    done: true,
    events: 10,
    conforms: true,
  },
  'gemini-stream-text-1.sse': {
    url: `${GEMINI_API}/gemini-2.0-flash-exp:streamGenerateContent?alt=sse`,
    mimeType: 'text/event-stream',
    kind: 'stream',
    id: 'w1peaMz6INOvnvgPgYfPiQY',
    model: 'gemini-2.0-flash-exp',
    finish: 'STOP',
    content: 'The capital of France is Paris.\n',
    // The last chunk restates promptTokenCount as 13 (15 before) and first reports candidates.
    usage: { prompt_tokens: 13, completion_tokens: 8, total_tokens: 21 },
    error: null,
    done: true,
    events: 3,
    conforms: true,
  },
  'gemini-stream-thoughts-1.sse': {
    url: `${GEMINI_API}/gemini-2.5-pro:streamGenerateContent?alt=sse`,
    mimeType: 'text/event-stream',
    kind: 'stream',
    id: 'beHBaJfEMIi-qtsP3769-Q8',
    model: 'gemini-2.5-pro',
    finish: 'STOP',
    content: {
      start: 'This is a great question! Safely crossing the street is all about being aware and predictable.',
      end: 'The most important rule is to **stay alert and be predictable**. Always assume a driver might not see you.',
      length: 1938,
      joins: ['Here is a step-by-step guide that is widely taught for safety:'],
    },
    reasoning: {
      start: "**Clarifying User Goals**\n\nI'm currently focused on defining the user's ultimate goal",
      end: 'regardless of specific circumstances or locations.\n\n\n',
      length: 1575,
    },
    usage: { prompt_tokens: 34, completion_tokens: 469, total_tokens: 1290, completion_tokens_details: { reasoning_tokens: 787 } },
    error: null,
    done: true,
    events: 23,
    conforms: true,
  },
  'gemini-stream-toolcall-1.sse': {
    url: `${GEMINI_API}/gemini-3-pro-preview:streamGenerateContent?alt=sse`,
    mimeType: 'text/event-stream',
    kind: 'stream',
    id: 'QUVVadTSNJ6_qtsPvN7J8Q0',
    model: 'gemini-3-pro-preview',
    finish: 'STOP',
    // The last chunk's one part is `{"text": ""}`.
    content: '',
    toolCalls: [{ id: '', name: 'get_country', arguments: '{}' }],
    usage: { prompt_tokens: 29, completion_tokens: 10, total_tokens: 241, completion_tokens_details: { reasoning_tokens: 202 } },
    error: null,
    done: true,
    events: 2,
    conforms: true,
  },
  'vertex-jsonarray-stream-1.json': {
    url: `${VERTEX}/gemini-pro-vision:streamGenerateContent`,
    mimeType: 'application/json',
    kind: 'stream',
    id: null,
    model: null,
    finish: 'STOP',
    content:
      ' A daisy is growing up through a pile of brown and yellow fall leaves. The daisy has white petals with a yellow center. The leaves are all different shapes and sizes. The daisy is the only thing that is not brown or yellow in the picture.',
    usage: { prompt_tokens: 262, completion_tokens: 50, total_tokens: 312 },
    error: null,
    done: true,
    events: 2,
    conforms: true,
  },
};

export const decodeFixture = (name: string, expected: Expected): DecodedExchange | null =>
  decodeExchange(
    bareChatExchange({
      url: expected.url,
      status: expected.status ?? 200,
      requestHeaders: [
        { name: 'content-type', value: 'application/json' },
        { name: 'x-goog-api-key', value: 'AIza-test' },
      ],
      requestBody: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hello' }] }] }),
      responseHeaders: [
        {
          name: 'content-type',
          value: expected.mimeType === 'text/event-stream' ? 'text/event-stream' : 'application/json; charset=UTF-8',
        },
      ],
      mimeType: expected.mimeType,
      body: readFormatFixture('gemini', name),
    }),
  );
