import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from 'io-ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureNames, fixturePath, readFixture } from '../testing/fixtureFiles';
import { main } from './main';

/**
 * `llm-inspect --json` against the shape issue 3 fixes, written here as a codec from the issue's
 * text (not from decode/model.ts): every field it names, present, with its type; more may follow.
 */
const Nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);
const Count = Nullable(t.number);
const ToolCall = t.type({ id: t.string, type: t.string, function: t.type({ name: t.string, arguments: t.string }) });
const Message = t.intersection([
  t.type({ role: t.string, content: Nullable(t.string) }),
  t.partial({
    reasoning: t.string,
    refusal: t.string,
    tool_calls: t.array(ToolCall),
    server_tools: t.array(t.type({ id: t.string, name: t.string, arguments: Nullable(t.string), result: Nullable(t.string) })),
  }),
]);
// id, object and model are null where a format has none (Ollama's id, the AI SDK's model: issue 13).
const Completion = t.intersection([
  t.type({
    id: Nullable(t.string),
    object: Nullable(t.string),
    created: Count,
    model: Nullable(t.string),
    choices: t.array(t.type({ index: t.number, finish_reason: Nullable(t.string), message: Message })),
    usage: Nullable(t.type({ prompt_tokens: Count, completion_tokens: Count, total_tokens: Count })),
  }),
  t.partial({ system_fingerprint: Nullable(t.string) }),
]);
const IssueShape = t.type({
  url: Nullable(t.string),
  status: Count,
  format: t.keyof({
    'openai-chat': null,
    'openai-responses': null,
    'anthropic-messages': null,
    gemini: null,
    'ai-sdk-ui': null,
    'ai-sdk-data': null,
    'ai-sdk-text': null,
    ollama: null,
  }),
  kind: t.keyof({ completion: null, stream: null, error: null }),
  conforms: t.boolean,
  issues: t.array(t.type({ severity: t.keyof({ error: null, warning: null }), path: t.string, message: t.string })),
  completion: Nullable(Completion),
  error: Nullable(
    t.intersection([t.type({ message: t.string }), t.partial({ type: Nullable(t.string), code: t.union([t.string, t.number, t.null]) })]),
  ),
  stream: Nullable(t.type({ events: t.number, done: t.boolean })),
  request: Nullable(t.partial({ model: t.string, messages: t.number, stream: t.boolean, tools: t.number })),
});
const Output = t.type({ exchanges: t.array(t.UnknownRecord) });

/** The issue lists the fields in this order; JSON readers do not care, people reading it do. */
const FIELD_ORDER = ['url', 'status', 'format', 'kind', 'conforms', 'issues', 'completion', 'error', 'stream', 'request'];

const runJson = async (files: readonly string[]) => {
  let out = '';
  let err = '';
  const status = await main(['--json', ...files], { out: (text) => (out += text), err: (text) => (err += text) });
  const parsed: unknown = JSON.parse(out);
  if (!Output.is(parsed)) throw new Error(`not {"exchanges": [...]}: ${out.slice(0, 200)}`);
  return { status, err, exchanges: parsed.exchanges };
};

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'llm-inspect-shape-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('llm-inspect --json output shape', () => {
  it('every recorded body gives one exchange of exactly the documented shape, without per-event lists', async () => {
    const names = fixtureNames();
    const { exchanges, err } = await runJson(names.map(fixturePath));
    expect(err).toBe('');
    expect(exchanges).toHaveLength(names.length);
    exchanges.forEach((exchange, index) => {
      expect(IssueShape.is(exchange), `${names[index] ?? ''} has the documented shape`).toBe(true);
      expect(Object.keys(exchange).slice(0, FIELD_ORDER.length), 'field order').toEqual(FIELD_ORDER);
      // `streamEvents: false`: the raw events would make the output as big as the bodies.
      expect(t.UnknownRecord.is(exchange.stream) && 'eventList' in exchange.stream, 'no eventList').toBe(false);
    });
  });

  it('a HAR entry has the request summary, and the usage keeps its details beside the three counts', async () => {
    const request = {
      model: 'gpt-4o-2024-08-06',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ type: 'function', function: { name: 'get_weather' } }],
    };
    const har = join(workDir, 'one.har');
    writeFileSync(
      har,
      JSON.stringify({
        log: {
          entries: [
            {
              request: { method: 'POST', url: 'https://api.openai.com/v1/chat/completions', postData: { text: JSON.stringify(request) } },
              response: { status: 200, content: { mimeType: 'text/event-stream', text: readFixture('openai-stream-toolcall-1.sse') } },
            },
          ],
        },
      }),
    );
    const { exchanges, status } = await runJson([har]);
    expect(status).toBe(0);
    // openai-stream-toolcall-1.sse: 11 events ending in [DONE]; usage 44 + 16 = 60 with reasoning_tokens 0.
    expect(exchanges[0]).toMatchObject({
      kind: 'stream',
      conforms: true,
      error: null,
      stream: { events: 11, done: true },
      request: { model: 'gpt-4o-2024-08-06', messages: 1, stream: true, tools: 1 },
      completion: {
        usage: { prompt_tokens: 44, completion_tokens: 16, total_tokens: 60, completion_tokens_details: { reasoning_tokens: 0 } },
      },
    });
  });

  it('a lone error body: error object, completion, stream and request null, and the status exits 1', async () => {
    // openrouter-error-429-1.json: code is the number 429 and type is missing, both departures.
    const { exchanges, status } = await runJson([fixturePath('openrouter-error-429-1.json')]);
    expect(status).toBe(1);
    expect(exchanges[0]).toMatchObject({
      kind: 'error',
      conforms: false,
      completion: null,
      stream: null,
      request: null,
      error: { message: 'Provider returned error', code: 429 },
    });
  });
});
