import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import type { DecodedExchange, NormalizedMessage, NormalizedUsage } from '../../model';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';

/**
 * Every recorded Gemini body (../shared/fixtures/formats/gemini), decoded as the browser would
 * hand it over from the endpoint SOURCES.tsv names. Each expected value was read from the file's
 * bytes by hand (long texts by their first and last words, their joins and their length).
 */

const GEMINI_API = 'https://generativelanguage.googleapis.com/v1beta/models';
const FIREBASE_GOOGLE_AI = 'https://firebasevertexai.googleapis.com/v1beta/projects/my-app/models';
const FIREBASE_VERTEX = 'https://firebasevertexai.googleapis.com/v1beta/projects/my-app/locations/us-central1/publishers/google/models';
const VERTEX = 'https://us-central1-aiplatform.googleapis.com/v1/projects/my-app/locations/us-central1/publishers/google/models';

interface Expected {
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

const EXPECTED: Record<string, Expected> = {
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

const decodeFixture = (name: string, expected: Expected): DecodedExchange | null =>
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

describe('the recorded Gemini bodies', () => {
  it('has an expectation for every body in the corpus', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(formatFixtureNames('gemini'));
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`decodes ${name}`, () => {
      const decoded = decodeFixture(name, expected);
      expect(decoded?.format).toBe('gemini');
      expect(decoded?.kind).toBe(expected.kind);
      expect(decoded?.conforms).toBe(expected.conforms);
      expect(decoded?.error).toEqual(expected.error);
      const completion = decoded?.completion ?? null;
      if (expected.kind === 'error') {
        expect(completion).toBeNull();
        return;
      }
      expect(completion?.id).toBe(expected.id);
      expect(completion?.model).toBe(expected.model);
      expect(completion?.object).toBeNull();
      expect(completion?.created).toBeNull();
      expect(completion?.usage).toEqual(expected.usage);
      expect(completion?.choices).toHaveLength(1);
      const choice = completion?.choices[0];
      expect(choice?.index).toBe(0);
      expect(choice?.finish_reason).toBe(expected.finish);
      const message = choice?.message;
      expect(message?.role).toBe('model');
      const content = message?.content;
      if (expected.content === null || typeof expected.content === 'string') expect(content).toBe(expected.content);
      else {
        expect(content?.startsWith(expected.content.start)).toBe(true);
        expect(content?.endsWith(expected.content.end)).toBe(true);
        expect(content).toHaveLength(expected.content.length);
        for (const join of expected.content.joins ?? []) expect(content).toContain(join);
      }
      if (expected.reasoning === undefined) expect(message?.reasoning).toBeUndefined();
      else {
        expect(message?.reasoning?.startsWith(expected.reasoning.start)).toBe(true);
        expect(message?.reasoning?.endsWith(expected.reasoning.end)).toBe(true);
        expect(message?.reasoning).toHaveLength(expected.reasoning.length);
      }
      if (expected.reasoningBlocks !== undefined) expect(message?.reasoning_blocks).toEqual(expected.reasoningBlocks);
      expect(message?.tool_calls?.map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }))).toEqual(
        expected.toolCalls,
      );
      expect(
        message?.server_tools?.map((tool) => ({
          name: tool.name,
          arguments: tool.arguments,
          result:
            typeof expected.serverTools?.find((wanted) => wanted.name === tool.name)?.result === 'number'
              ? (JSON.parse(tool.result ?? 'null') as unknown[]).length
              : (JSON.parse(tool.result ?? 'null') as unknown),
        })),
      ).toEqual(expected.serverTools);
      expect(message?.annotations?.length).toBe(expected.annotations);
      if (expected.kind === 'stream') {
        expect(decoded?.stream?.done).toBe(expected.done);
        expect(decoded?.stream?.events).toBe(expected.events);
        expect(decoded?.stream?.eventList).toHaveLength(expected.events ?? -1);
      } else {
        expect(decoded?.stream).toBeNull();
      }
    });
  }
});

describe('what the corpus shows beyond the table', () => {
  const decode = (name: string): DecodedExchange | null => {
    const expected = EXPECTED[name];
    return expected === undefined ? null : decodeFixture(name, expected);
  };

  it('keeps a streamed answer thought signature after the joined thoughts (gemini-stream-thoughts-1)', () => {
    const blocks = decode('gemini-stream-thoughts-1.sse')?.completion?.choices[0]?.message.reasoning_blocks;
    // Four thought parts without signatures make one block; the signature rides on the first answer part.
    expect(blocks?.map((block) => block.type)).toEqual(['thought', 'thoughtSignature']);
    expect(blocks?.[0]?.text).toHaveLength(1575);
    expect(blocks?.[1]?.signature?.startsWith('CiIB0e2Kb6Syj1a961Ef')).toBe(true);
    expect(blocks?.[1]?.signature?.endsWith('TiOIFZ1EgMKlqm/dH8k=')).toBe(true);
    expect(blocks?.[1]?.signature).toHaveLength(6152);
  });

  it('keeps the signature of a streamed function call (gemini-stream-toolcall-1)', () => {
    const blocks = decode('gemini-stream-toolcall-1.sse')?.completion?.choices[0]?.message.reasoning_blocks;
    expect(blocks?.map((block) => block.type)).toEqual(['thoughtSignature']);
    expect(blocks?.[0]?.signature?.startsWith('EpwICpkIAXLI2nxlU6gs')).toBe(true);
    expect(blocks?.[0]?.signature?.endsWith('5owonoBDAXOk15QuFyU=')).toBe(true);
    expect(blocks?.[0]?.signature).toHaveLength(1408);
  });

  it('cites the grounded sources over the answer’s characters, Gemini’s UTF-8 byte offsets turned into string indexes (gemini-stream-grounding-1)', () => {
    const message = decode('gemini-stream-grounding-1.sse')?.completion?.choices[0]?.message;
    const annotations = message?.annotations;
    // Bytes 235–375 of the UTF-8 text: characters 235–371 (the four ° before byte 375 are two bytes each).
    expect(annotations?.[0]).toEqual({
      type: 'grounding',
      url: 'https://www.google.com/search?q=weather+in+San Francisco, CA,+US',
      title: 'Weather information for San Francisco, CA, US',
      start_index: 235,
      end_index: 371,
    });
    // The support citing chunks [4, 1] gives two citations of one segment (bytes 755–881).
    expect(annotations?.slice(6, 8).map((annotation) => [annotation.title, annotation.start_index, annotation.end_index])).toEqual([
      ['accuweather.com', 749, 875],
      ['timeanddate.com', 749, 875],
    ]);
    // The last segment ends at byte 932 of a text of 926 characters (six of them are °, two bytes each): at its end.
    expect(annotations?.[8]?.end_index).toBe(926);
    expect(message?.content).toHaveLength(926);
    // Each span of the answer is exactly the segment text its support quotes, as the body sends it.
    // Support 1, bytes 376–444 after four two-byte ° signs: characters 372–439.
    const second = annotations?.[1];
    expect([second?.start_index, second?.end_index]).toEqual([372, 439]);
    expect(message?.content?.slice(372, 439)).toBe('Another report indicates a temperature of 68°F with passing clouds.');
  });

  it('cites the url_context source from offset 0 when proto3 left startIndex out (gemini-json-grounding-1)', () => {
    expect(decode('gemini-json-grounding-1.json')?.completion?.choices[0]?.message.annotations).toEqual([
      { type: 'grounding', url: 'https://ai.pydantic.dev', title: 'Pydantic AI', start_index: 0, end_index: 131 },
    ]);
  });

  it('lists finishMessage, which the API reference does not list, as an extension (gemini-json-toolcall-1)', () => {
    expect(decode('gemini-json-toolcall-1.json')?.extensions).toEqual([
      { path: 'candidates[0].finishMessage', value: 'Model generated function call(s).' },
    ]);
  });

  it('says in words that the prompt was blocked (gemini-json-prompt-blocked-1)', () => {
    expect(decode('gemini-json-prompt-blocked-1.json')?.issues).toEqual([
      { severity: 'warning', path: 'promptFeedback', message: 'the prompt was blocked: Message' },
    ]);
  });

  it('reports the bare error after the events as the stream error, at its own event (gemini-stream-error-1)', () => {
    const decoded = decode('gemini-stream-error-1.sse');
    expect(decoded?.issues).toEqual([
      { severity: 'error', path: 'events[2]', message: 'the stream reported an error: The operation was cancelled.' },
    ]);
    expect(decoded?.stream?.eventList?.[2]?.data.startsWith('{\n  "error": {\n    "code": 499,')).toBe(true);
  });

  it('reads the error body against its own contract, details kept (gemini-error-400-1)', () => {
    const decoded = decode('gemini-error-400-1.json');
    expect(decoded?.issues).toEqual([]);
    expect(decoded?.extensions).toEqual([]);
  });

  it('summarizes the request with the model and stream mode of the URL', () => {
    const request = decode('gemini-stream-text-1.sse')?.request;
    expect(request).toEqual({
      model: 'gemini-2.0-flash-exp',
      stream: true,
      messages: 1,
      conversation: [{ role: 'user', content: 'Hello' }],
    });
  });
});
