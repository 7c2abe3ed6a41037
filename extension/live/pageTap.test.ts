import { Script, runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAP_CONFIG, TAP_SYMBOL_KEY, tapDrainExpression, tapInjectedScript, tapInstallExpression } from './pageTap';

/** The recognition the page applies, compiled as pageTap compiles it (case-insensitive). */
const matches = (sources: readonly string[], text: string) => sources.some((source) => new RegExp(source, 'i').test(text));
const post = (url: string) => matches(DEFAULT_TAP_CONFIG.postUrlPatterns, url);

describe('the URL patterns the tap records before a response arrives', () => {
  it.each([
    'https://api.openai.com/v1/chat/completions',
    'https://res.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21',
    'https://api.openai.com/v1/responses',
    'https://api.anthropic.com/v1/messages',
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse',
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash%3AgenerateContent',
    'http://localhost:11434/api/chat',
    'http://127.0.0.1:5173/api/chat',
  ])('records a POST to %s', (url) => {
    expect(post(url)).toBe(true);
  });

  it.each([
    'https://api.openai.com/v1/chat/completions/chatcmpl-1/messages/list',
    'https://api.openai.com/v1/responses/resp_1/input_items',
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:countTokens',
    'http://127.0.0.1:5173/api/items',
    'http://127.0.0.1:5173/api/chat-history',
    'https://example.com/static/app.js',
  ])('leaves a POST to %s to the response check', (url) => {
    expect(post(url)).toBe(false);
  });

  it('records a GET only for a resumed Responses stream', () => {
    expect(matches(DEFAULT_TAP_CONFIG.getUrlPatterns, 'https://api.openai.com/v1/responses/resp_1?stream=true')).toBe(true);
    expect(matches(DEFAULT_TAP_CONFIG.getUrlPatterns, 'https://api.openai.com/v1/responses/resp_1?starting_after=3&stream=true')).toBe(
      true,
    );
    expect(matches(DEFAULT_TAP_CONFIG.getUrlPatterns, 'https://api.openai.com/v1/responses/resp_1?stream=false')).toBe(false);
    expect(matches(DEFAULT_TAP_CONFIG.getUrlPatterns, 'https://api.openai.com/v1/chat/completions')).toBe(false);
  });
});

describe('the request body and content types the tap records by', () => {
  const hint = new RegExp(DEFAULT_TAP_CONFIG.requestBodyHint, 'i');
  it.each([
    '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}',
    '{"contents":[{"parts":[{"text":"hi"}]}]}',
    '{"model":"o3","input": "hi"}',
    '{"prompt":"hi","model":"llama3"}',
  ])('a POST body %s looks like an LLM request', (body) => {
    expect(hint.test(body)).toBe(true);
  });
  it('a form or a search query does not', () => {
    expect(hint.test('{"query":"messages"}')).toBe(false);
    expect(hint.test('name=messages&input=1')).toBe(false);
  });
  it('any request answered as a stream is recorded, plain JSON is not', () => {
    const stream = new RegExp(DEFAULT_TAP_CONFIG.streamContentType, 'i');
    expect(stream.test('text/event-stream; charset=utf-8')).toBe(true);
    expect(stream.test('application/x-ndjson')).toBe(true);
    expect(stream.test('application/json')).toBe(false);
    expect(stream.test('text/html')).toBe(false);
    const answer = new RegExp(DEFAULT_TAP_CONFIG.answerContentType, 'i');
    expect(answer.test('application/json; charset=utf-8')).toBe(true);
    expect(answer.test('text/plain; charset=utf-8')).toBe(true);
    expect(answer.test('text/html')).toBe(false);
  });
});

/** Runs an expression as `inspectedWindow.eval` would, against a stand-in `window`. */
const evaluate = (expression: string, window: object): unknown => runInNewContext(expression, { window, Symbol });

describe('the drain expression, whatever the page left under the tap symbol', () => {
  const key = Symbol.for(TAP_SYMBOL_KEY);
  it('answers null without a tap', () => {
    expect(evaluate(tapDrainExpression(), {})).toBeNull();
  });
  it('answers the string a drain returns', () => {
    expect(evaluate(tapDrainExpression(), { [key]: { drain: () => '{"tap":1}' } })).toBe('{"tap":1}');
  });
  it.each([
    [
      'a drain that throws',
      {
        drain: () => {
          throw new Error('forged');
        },
      },
    ],
    ['a drain returning an object', { drain: () => ({ tap: 'llm-network-inspector' }) }],
    ['a non-function drain', { drain: 'no' }],
    ['null', null],
  ])('answers null for %s', (_, state) => {
    expect(evaluate(tapDrainExpression(), { [key]: state })).toBeNull();
  });
  it('answers null when reading the symbol throws', () => {
    const hostile = Object.defineProperty({}, key, {
      get() {
        throw new Error('forged');
      },
    });
    expect(evaluate(tapDrainExpression(), hostile)).toBeNull();
  });
});

describe('the install expression', () => {
  it('is one expression with the config as JSON and a guard for bundler helpers', () => {
    const expression = tapInstallExpression(DEFAULT_TAP_CONFIG);
    expect(() => new Script(expression)).not.toThrow();
    expect(expression).toContain(JSON.stringify(DEFAULT_TAP_CONFIG));
    expect(expression).toContain('const __name = (target) => target;');
    expect(tapInjectedScript(DEFAULT_TAP_CONFIG)).toBe(`${expression};`);
  });
  it('answers null instead of throwing where there is nothing to wrap', () => {
    expect(evaluate(tapInstallExpression(DEFAULT_TAP_CONFIG), {})).toBeNull();
  });
});
