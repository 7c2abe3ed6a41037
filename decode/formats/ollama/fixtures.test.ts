import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import type { CapturedExchange } from '../../exchange';
import type { DecodedExchange } from '../../model';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';

/**
 * Every recorded Ollama body (../shared/fixtures/formats/ollama, see its SOURCES.tsv), decoded as
 * the browser would hand it over from a page talking to a local Ollama. Each expected value was
 * read by hand from the file's bytes: the text pieces joined by eye, `created_at` turned into
 * Unix seconds with Date.UTC from its digits, the counts copied from `prompt_eval_count` and
 * `eval_count`.
 */

interface Expected {
  readonly status?: number;
  readonly stream: boolean;
  readonly model: string | null;
  /** Date.UTC of created_at's date and time (seconds kept, fraction dropped). */
  readonly created: number | null;
  readonly content: string | { readonly start: string; readonly end: string; readonly length?: number } | null;
  readonly reasoning?: string;
  readonly tools?: readonly (readonly [name: string, args: string, id: string])[];
  readonly finish: string | null;
  readonly usage: readonly [prompt: number | null, completion: number | null] | null;
  readonly done?: boolean;
  readonly events?: number;
  readonly eventNames?: readonly string[];
  readonly error?: string;
  readonly extensions: readonly string[];
}

const DURATIONS = ['total_duration', 'load_duration', 'prompt_eval_duration', 'eval_duration'];

const seconds = (...parts: [number, number, number, number, number, number]): number => Date.UTC(...parts) / 1000;

const EXPECTED: Record<string, Expected> = {
  'ollama-chat-json-text-1.json': {
    stream: false,
    model: 'llama3:8b',
    created: seconds(2025, 5, 28, 4, 14, 24),
    content: {
      start: 'A sweet question!\n\nThe pH of honey can vary',
      end: 'The pH of Manuka honey. Journal of Apicultural Research, 52(1), 15-20.',
    },
    finish: 'stop',
    usage: [17, 358],
    extensions: DURATIONS,
  },
  'ollama-chat-json-text-2.json': {
    stream: false,
    model: 'qwen3-coder:30b',
    created: seconds(2025, 10, 23, 21, 57, 17),
    content: {
      start: 'Honey typically has a pH range of **3.2 to 4.5**',
      end: 'natural antimicrobial properties and helps preserve food.',
    },
    finish: 'stop',
    usage: [15, 132],
    extensions: DURATIONS,
  },
  'ollama-chat-json-text-3.json': {
    stream: false,
    model: 'llama3.2',
    created: seconds(2024, 9, 16, 11, 8, 38),
    content: 'This is test completion response',
    finish: 'stop',
    usage: [38, 45],
    extensions: DURATIONS,
  },
  'ollama-chat-json-toolcall-1.json': {
    stream: false,
    model: 'llama3.2',
    created: seconds(2024, 9, 16, 11, 30, 29),
    content: '',
    // No id in 2024 Ollama: "" as for Gemini; the arguments object as JSON text.
    tools: [['TestPlugin_TestFunction', '{"testInput":"fake-text"}', '']],
    finish: 'stop',
    usage: [152, 22],
    extensions: DURATIONS,
  },
  'ollama-chat-stream-text-1.ndjson': {
    stream: true,
    model: 'phi3',
    // The first line's time.
    created: seconds(2024, 6, 2, 11, 45, 16),
    // "This " + "is " + "test " + "completion " + "response" + "".
    content: 'This is test completion response',
    finish: 'stop',
    usage: [10, 239],
    done: true,
    events: 6,
    eventNames: ['message', 'message', 'message', 'message', 'message', 'done'],
    extensions: DURATIONS,
  },
  'ollama-chat-stream-thinking-1.ndjson': {
    stream: true,
    model: 'qwen3:32b',
    created: seconds(2026, 0, 10, 16, 33, 10),
    // Every line's content is "": text was sent, and it is empty.
    content: '',
    reasoning: 'Okay,',
    finish: 'length',
    usage: [15, 20],
    done: true,
    events: 3,
    eventNames: ['message', 'message', 'done'],
    extensions: DURATIONS,
  },
  'ollama-error-404-1.json': {
    status: 404,
    stream: false,
    model: null,
    created: null,
    content: null,
    finish: null,
    usage: null,
    error: "model 'nonexistent-model-12345' not found",
    extensions: [],
  },
};

/** The exchange a page's fetch to a local Ollama gives DevTools: POST, the native path, its content types. */
const ollamaExchange = (name: string, expected: Expected, url = 'http://localhost:11434/api/chat'): CapturedExchange => {
  const mimeType = expected.stream ? 'application/x-ndjson' : 'application/json';
  return bareChatExchange({
    url,
    status: expected.status ?? 200,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody: JSON.stringify({
      model: expected.model ?? 'nonexistent-model-12345',
      messages: [{ role: 'user', content: 'What is the pH of honey?' }],
      stream: expected.stream,
      // The tools the recorded reply calls, as the app offered them: a call to a tool not offered is an error of its own (issue 15).
      ...(expected.tools === undefined ? {} : { tools: expected.tools.map(([name]) => ({ type: 'function', function: { name } })) }),
    }),
    responseHeaders: [{ name: 'content-type', value: expected.stream ? mimeType : `${mimeType}; charset=utf-8` }],
    mimeType,
    body: readFormatFixture('ollama', name),
  });
};

const expectContent = (actual: string | null | undefined, expected: Expected['content']) => {
  if (expected === null || typeof expected === 'string') {
    expect(actual).toBe(expected);
    return;
  }
  expect(actual?.startsWith(expected.start), `content starts with ${JSON.stringify(expected.start)}`).toBe(true);
  expect(actual?.endsWith(expected.end), `content ends with ${JSON.stringify(expected.end)}`).toBe(true);
};

const expectDecoded = (decoded: DecodedExchange | null, expected: Expected) => {
  expect(decoded?.format).toBe('ollama');
  expect(decoded?.kind).toBe(expected.error !== undefined ? 'error' : expected.stream ? 'stream' : 'completion');
  // Every recorded body keeps Ollama's contract: no error-level issue, and no warning either.
  expect(decoded?.issues).toEqual([]);
  expect(decoded?.conforms).toBe(true);
  expect(decoded?.error?.message).toBe(expected.error);
  const completion = decoded?.completion ?? null;
  if (expected.error !== undefined) {
    expect(completion).toBeNull();
  } else {
    expect(completion?.id).toBeNull();
    expect(completion?.object).toBeNull();
    expect(completion?.model).toBe(expected.model);
    expect(completion?.created).toBe(expected.created);
    expect(completion?.choices).toHaveLength(1);
    const choice = completion?.choices[0];
    expect(choice?.finish_reason).toBe(expected.finish);
    expect(choice?.message.role).toBe('assistant');
    expectContent(choice?.message.content, expected.content);
    expect(choice?.message.reasoning).toBe(expected.reasoning);
    expect(choice?.message.tool_calls?.map((call) => [call.function.name, call.function.arguments, call.id])).toEqual(expected.tools);
    expect(choice?.message.server_tools).toBeUndefined();
    const usage = completion?.usage;
    expect(usage === null || usage === undefined ? null : [usage.prompt_tokens, usage.completion_tokens]).toEqual(expected.usage);
    // Ollama reports no total, and none is computed.
    if (usage !== null && usage !== undefined) expect(usage.total_tokens).toBeNull();
  }
  if (expected.stream) {
    expect(decoded?.stream?.done).toBe(expected.done);
    expect(decoded?.stream?.events).toBe(expected.events);
    expect(decoded?.stream?.eventList?.map((event) => event.event)).toEqual(expected.eventNames);
  } else {
    expect(decoded?.stream).toBeNull();
  }
  expect((decoded?.extensions ?? []).map((extension) => extension.path)).toEqual(expected.extensions);
  expect(decoded?.preciseNumbers).toBeUndefined();
};

describe('every recorded Ollama body', () => {
  it('has its expectation here (no body left out, none expected that is not there)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(formatFixtureNames('ollama'));
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: from localhost:11434/api/chat`, () => {
      const decoded = decodeExchange(ollamaExchange(name, expected));
      expectDecoded(decoded, expected);
      expect(decoded?.request?.model).toBe(expected.model ?? 'nonexistent-model-12345');
    });
  }

  // On another port /api/chat may be an AI SDK app's route: the body alone says Ollama. The 404's
  // `{"error": "..."}` is LM Studio's error too, so it is Ollama only where the port says so.
  for (const [name, expected] of Object.entries(EXPECTED).filter(([, entry]) => entry.error === undefined)) {
    it(`${name}: from an app's own /api/chat on another port, by its body`, () => {
      expectDecoded(decodeExchange(ollamaExchange(name, expected, 'https://chat.example.com/api/chat')), expected);
    });
  }

  it('the durations are kept with their values as sent, in nanoseconds (ollama-chat-json-text-3.json)', () => {
    const expected = EXPECTED['ollama-chat-json-text-3.json'];
    if (expected === undefined) throw new Error('no expectation');
    const decoded = decodeExchange(ollamaExchange('ollama-chat-json-text-3.json', expected));
    expect(decoded?.extensions).toEqual([
      { path: 'total_duration', value: 740574544 },
      { path: 'load_duration', value: 54994250 },
      { path: 'prompt_eval_duration', value: 69055000 },
      { path: 'eval_duration', value: 455657000 },
    ]);
  });
});
