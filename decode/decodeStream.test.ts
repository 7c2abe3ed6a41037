import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from './decodeBody';
import { sseText } from '../testing/chatBodies';

const head = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1700000000, model: 'm' };
const chunk = (delta: object, extra: object = {}, choice: object = {}) => ({
  ...head,
  choices: [{ index: 0, delta, logprobs: null, finish_reason: null, ...choice }],
  ...extra,
});

describe('stream reassembly quirks', () => {
  it('merges Mistral tool calls that have no index, by id and order', () => {
    const body = sseText([
      chunk({ role: 'assistant', content: '' }),
      chunk({ tool_calls: [{ id: 'a1', function: { name: 'get_price', arguments: '{"x":1}' } }] }),
      chunk({ tool_calls: [{ id: 'b2', function: { name: 'get_stock', arguments: '{"y"' } }] }),
      chunk({ tool_calls: [{ function: { arguments: ':2}' } }] }, {}, { finish_reason: 'tool_calls' }),
      '[DONE]',
    ]);
    const decoded = decodeResponseBody(body);
    expect(decoded.completion?.choices[0]?.message.tool_calls).toEqual([
      { id: 'a1', type: 'function', function: { name: 'get_price', arguments: '{"x":1}' } },
      { id: 'b2', type: 'function', function: { name: 'get_stock', arguments: '{"y":2}' } },
    ]);
    // Missing index is a departure from OpenAI's chunk schema.
    expect(decoded.issues.some((issue) => issue.path === 'events[1].choices[0].delta.tool_calls[0].index')).toBe(true);
    expect(decoded.conforms).toBe(false);
  });

  it("continues Together's index -1 / id null deltas on the last call", () => {
    const body = sseText([
      chunk({ tool_calls: [{ index: -1, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } }] }),
      chunk({ tool_calls: [{ index: -1, id: null, function: { name: null, arguments: '{"a"' } }] }),
      chunk({ tool_calls: [{ index: -1, id: null, function: { name: null, arguments: ':1}' } }] }),
      chunk({ tool_calls: [{ index: -1, id: 'call_2', type: 'function', function: { name: 'g', arguments: '{}' } }] }),
      '[DONE]',
    ]);
    expect(decodeResponseBody(body).completion?.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } },
      { id: 'call_2', type: 'function', function: { name: 'g', arguments: '{}' } },
    ]);
  });

  it('keeps the last reported usage: x_groq.usage counts, a later usage:null does not erase it', () => {
    const body = sseText([
      chunk({ content: 'hi' }, { usage: null }),
      chunk({}, { x_groq: { id: 'req', usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } } }, { finish_reason: 'stop' }),
      chunk({}, { usage: null }),
      '[DONE]',
    ]);
    expect(decodeResponseBody(body).completion?.usage).toEqual({ prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 });
  });

  it('says usage is not reported (null), never 0, when no chunk carries it', () => {
    expect(decodeResponseBody(sseText([chunk({ content: 'x' }), '[DONE]'])).completion?.usage).toBeNull();
  });

  it("skips Azure's empty preamble and late filter chunks without delta, and keeps their filter results", () => {
    const body = sseText([
      { choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: [{ prompt_index: 0 }] },
      chunk({ role: 'assistant', content: 'Kind' }),
      chunk({ content: 'ness' }, {}, { finish_reason: 'stop' }),
      {
        choices: [{ content_filter_results: { hate: { filtered: false } }, finish_reason: null, index: 0 }],
        created: 0,
        id: '',
        model: '',
        object: '',
      },
      '[DONE]',
    ]);
    const decoded = decodeResponseBody(body);
    expect(decoded.completion).toMatchObject({ id: 'chatcmpl-1', model: 'm', created: 1700000000 });
    expect(decoded.completion?.choices).toEqual([{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Kindness' } }]);
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['prompt_filter_results', 'choices[0].content_filter_results']);
    expect(decoded.stream?.done).toBe(true);
  });

  it("ends at Perplexity's chat.completion.done without [DONE]", () => {
    const body = sseText([
      chunk({ content: 'a' }),
      { ...chunk({ content: 'b' }, {}, { finish_reason: 'stop' }), object: 'chat.completion.done' },
    ]);
    const decoded = decodeResponseBody(body);
    expect(decoded.stream).toMatchObject({ events: 2, done: true });
    expect(decoded.completion?.choices[0]?.message.content).toBe('ab');
  });

  it('reports a cut stream: not done, does not conform, partial text kept', () => {
    const decoded = decodeResponseBody(sseText([chunk({ content: 'par' }), chunk({ content: 'tial' })]));
    expect(decoded.stream).toMatchObject({ events: 2, done: false });
    expect(decoded.conforms).toBe(false);
    const ending = decoded.issues.find((issue) => issue.path === 'events' && issue.severity === 'error');
    expect(ending?.message).toContain('without [DONE]');
    expect(decoded.completion?.choices[0]?.message.content).toBe('partial');
  });

  it('reports a stream cut inside an event as malformed', () => {
    const decoded = decodeResponseBody(`${sseText([chunk({ content: 'a' })])}data: {"id":"chat`);
    expect(decoded.stream?.done).toBe(false);
    const cut = decoded.issues.find((issue) => issue.path === 'events[1]');
    expect(cut?.severity).toBe('error');
    expect(cut?.message).toContain('not JSON');
  });

  it('turns a data: {"error"} chunk into the exchange error next to the partial completion', () => {
    const decoded = decodeResponseBody(
      sseText([chunk({ content: 'so far' }), { error: { message: 'overloaded', type: 'server_error', code: null } }, '[DONE]']),
    );
    expect(decoded.kind).toBe('stream');
    expect(decoded.error).toEqual({ message: 'overloaded', type: 'server_error', code: null });
    expect(decoded.completion?.choices[0]?.message.content).toBe('so far');
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.conforms).toBe(false);
  });

  it('turns an event: error line into the exchange error', () => {
    const body = `${sseText([chunk({ content: 'x' })])}event: error\ndata: {"error":{"message":"bad tool","code":"tool_use_failed","status_code":400}}\n\n`;
    const decoded = decodeResponseBody(body);
    expect(decoded.error).toMatchObject({ message: 'bad tool', code: 'tool_use_failed' });
    expect(decoded.stream).toMatchObject({ events: 2, done: false });
  });

  it('concatenates logprobs across chunks', () => {
    const token = (text: string) => ({ token: text, logprob: -0.5, bytes: [1], top_logprobs: [] });
    const body = sseText([
      chunk({ content: 'A' }, {}, { logprobs: { content: [token('A')], refusal: null } }),
      chunk({ content: 'B' }, {}, { logprobs: { content: [token('B')], refusal: null }, finish_reason: 'stop' }),
      '[DONE]',
    ]);
    expect(decodeResponseBody(body).completion?.choices[0]?.logprobs).toEqual({ content: [token('A'), token('B')], refusal: null });
  });

  it('keeps refusal apart from content and reasoning from reasoning_content', () => {
    const body = sseText([
      chunk({ role: 'assistant', content: null, refusal: '' }),
      chunk({ reasoning_content: 'think ' }),
      chunk({ reasoning_content: 'hard' }),
      chunk({ refusal: "I can't" }),
      chunk({ refusal: ' help.' }, {}, { finish_reason: 'stop' }),
      '[DONE]',
    ]);
    expect(decodeResponseBody(body).completion?.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      reasoning: 'think hard',
      refusal: "I can't help.",
    });
  });

  it('warns about, and dedupes, one departure repeated in every event', () => {
    const body = sseText([
      chunk({ role: null, content: 'a' }),
      chunk({ role: null, content: 'b' }),
      chunk({ role: null, content: 'c' }),
      '[DONE]',
    ]);
    const roleIssues = decodeResponseBody(body).issues.filter((issue) => issue.path.endsWith('delta.role'));
    expect(roleIssues).toHaveLength(1);
    expect(roleIssues[0]?.path).toBe('events[0].choices[0].delta.role');
    expect(roleIssues[0]?.message).toContain('3 times');
  });

  it('keeps the event list for a timing view unless asked not to', () => {
    const body = sseText([chunk({ content: 'a' }), '[DONE]']);
    expect(decodeResponseBody(body).stream?.eventList?.map((event) => event.index)).toEqual([0, 1]);
    expect(decodeResponseBody(body, {}, { streamEvents: false }).stream?.eventList).toBeUndefined();
  });
});

describe('the end of a stream', () => {
  const done = { ...head, object: 'chat.completion.done', choices: [{ index: 0, delta: { content: '' }, finish_reason: 'stop' }] };

  it('takes a [DONE] after a terminal chunk as normal, but flags events after [DONE]', () => {
    const after = (body: string) => decodeResponseBody(body).issues.filter((issue) => issue.message.includes('after the end'));
    expect(after(sseText([chunk({ content: 'a' }), done, '[DONE]']))).toEqual([]);
    expect(after(sseText([chunk({ content: 'a' }), '[DONE]', chunk({ content: 'b' })]))).toHaveLength(1);
  });
});

describe('annotations and the deprecated function_call in streams', () => {
  it('collects url_citation annotations from deltas and joins function_call arguments', () => {
    const citation = { type: 'url_citation', url_citation: { url: 'https://example.com', title: 'Ex', start_index: 0, end_index: 4 } };
    const body = sseText([
      chunk({ content: 'See', annotations: [citation] }),
      chunk({ function_call: { name: 'lookup', arguments: '{"q":' } }),
      chunk({ function_call: { arguments: '1}' } }, {}, { finish_reason: 'function_call' }),
      '[DONE]',
    ]);
    expect(decodeResponseBody(body).completion?.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'See',
      annotations: [{ type: 'url_citation', url: 'https://example.com', title: 'Ex', start_index: 0, end_index: 4 }],
      function_call: { name: 'lookup', arguments: '{"q":1}' },
    });
  });
});
