import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeResponseBody } from './decodeBody';
import { fixtureNames, readFixture } from '../testing/fixtureFiles';
import { DecodedExchange } from './model';

describe('decodeResponseBody on every recorded body', () => {
  it('finds the 105 fixtures', () => {
    expect(fixtureNames()).toHaveLength(105);
  });

  it.each(fixtureNames())('%s decodes without throwing and renders something', (name) => {
    const decoded = decodeResponseBody(readFixture(name));
    expect(decoded.completion !== null || decoded.error !== null).toBe(true);
    expect(decoded.conforms).toBe(decoded.issues.every((issue) => issue.severity !== 'error'));
    // What the panel stores and `llm-inspect --json` prints must satisfy the output codec, also after JSON.
    expect(DecodedExchange.is(decoded)).toBe(true);
    expect(DecodedExchange.is(JSON.parse(JSON.stringify(decoded)))).toBe(true);
  });
});

describe('a plain OpenAI completion', () => {
  const decoded = decodeResponseBody(readFixture('openai-chat-text-1.json'), {
    url: 'https://api.openai.com/v1/chat/completions',
    status: 200,
  });

  it('conforms and shows model, text, finish reason and usage', () => {
    expect(decoded.kind).toBe('completion');
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues).toEqual([]);
    expect(decoded.completion?.id).toBe('chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY');
    expect(decoded.completion?.model).toBe('gpt-4o-2024-08-06');
    expect(decoded.completion?.created).toBe(1727346142);
    expect(decoded.completion?.system_fingerprint).toBe('fp_b40fb1c6fb');
    const choice = decoded.completion?.choices[0];
    expect(choice?.finish_reason).toBe('stop');
    expect(choice?.message.content).toMatch(/^I'm unable to provide real-time weather updates\./);
    expect(choice?.message.refusal).toBeUndefined();
    expect(decoded.completion?.usage).toEqual({
      prompt_tokens: 14,
      completion_tokens: 37,
      total_tokens: 51,
      completion_tokens_details: { reasoning_tokens: 0 },
    });
    expect(decoded.stream).toBeNull();
    expect(decoded.error).toBeNull();
  });
});

describe('an OpenAI tool-call stream', () => {
  const decoded = decodeResponseBody(readFixture('openai-stream-toolcall-1.sse'));

  it('reassembles the call from index deltas and keeps the usage-only final chunk', () => {
    expect(decoded.kind).toBe('stream');
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toMatchObject({ events: 11, done: true });
    const message = decoded.completion?.choices[0]?.message;
    expect(message?.tool_calls).toEqual([
      { id: 'call_4XzlGBLtUe9dy3GVNV4jhq7h', type: 'function', function: { name: 'get_weather', arguments: '{"city":"New York City"}' } },
    ]);
    expect(message?.content).toBeNull();
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(decoded.completion?.usage).toEqual({
      prompt_tokens: 44,
      completion_tokens: 16,
      total_tokens: 60,
      completion_tokens_details: { reasoning_tokens: 0 },
    });
  });
});

describe('error bodies', () => {
  it('reads the canonical OpenAI error and it conforms', () => {
    const decoded = decodeResponseBody(readFixture('openai-error-400-1.json'), { status: 400 });
    expect(decoded.kind).toBe('error');
    expect(decoded.conforms).toBe(true);
    expect(decoded.error).toEqual({
      message: "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
      type: 'invalid_request_error',
      code: 'unsupported_value',
    });
  });

  it("reads LM Studio's bare string error, which does not conform", () => {
    const decoded = decodeResponseBody(readFixture('lmstudio-error-400-1.json'), { status: 400 });
    expect(decoded.kind).toBe('error');
    expect(decoded.error?.message).toBe("'messages' field is required");
    expect(decoded.conforms).toBe(false);
    expect(decoded.issues).toHaveLength(1);
    expect(decoded.issues[0]).toMatchObject({ severity: 'error', path: 'error' });
  });

  it('reads an HTML 502 page as an error', () => {
    const decoded = decodeResponseBody('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', { status: 502 });
    expect(decoded.kind).toBe('error');
    expect(decoded.error?.message).toBe('502 Bad Gateway');
    expect(decoded.conforms).toBe(false);
  });
});

describe('the fixture tables', () => {
  it('give hand-written expectations for every one of the 105 recorded bodies', () => {
    const tables = ['openai', 'azure-openrouter', 'groq-deepseek-mistral', 'other-providers']
      .map((group) => readFileSync(fileURLToPath(new URL(`./fixtures.${group}.test.ts`, import.meta.url)), 'utf8'))
      .join('\n');
    const missing = fixtureNames().filter((name) => !tables.includes(`'${name}': {`));
    expect(missing).toEqual([]);
  });
});

describe('bodies at the edges', () => {
  it('reads JSON behind a byte-order mark', () => {
    expect(decodeResponseBody(`\uFEFF${readFixture('ollama-chat-text-1.json')}`).completion?.model).toBe('gemma3:4b');
  });

  it('reports an empty body', () => {
    const decoded = decodeResponseBody('', { status: 200 });
    expect(decoded).toMatchObject({ kind: 'completion', conforms: false, completion: null });
    expect(decoded.issues[0]?.message).toBe('the response body is empty');
  });

  it('reads a stream labeled application/json by its content', () => {
    expect(decodeResponseBody(readFixture('openai-stream-text-1.sse'), { mimeType: 'application/json' }).kind).toBe('stream');
  });
});

describe('a departure repeated across an array', () => {
  it('is one issue naming the first place and the count', () => {
    const token = { token: 'a', logprob: -1, top_logprobs: [] };
    const body = JSON.stringify({
      id: 'c',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      choices: [
        { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'aaa' }, logprobs: { content: [token, token, token] } },
      ],
    });
    const issues = decodeResponseBody(body).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('choices[0].logprobs.content[0].bytes');
    expect(issues[0]?.message).toBe('missing required field (3 times; the first is shown)');
  });
});
