import { describe, expect, it } from 'vitest';
import { decodeExchange } from './decodeExchange';
import { readFixture } from '../testing/fixtureFiles';
import { bareChatExchange as exchange } from '../testing/exchanges';

describe('detection of chat-completion traffic', () => {
  it('recognizes OpenAI-style and Azure URLs, ignoring the query', () => {
    expect(decodeExchange(exchange({ body: readFixture('openai-chat-text-1.json') }))?.kind).toBe('completion');
    const azure = 'https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21';
    expect(decodeExchange(exchange({ url: azure, body: '{"error":{"message":"x","type":"t"}}', status: 401 }))?.kind).toBe('error');
  });

  it('keeps an error response at a chat URL as an error, even an HTML 502', () => {
    const decoded = decodeExchange(exchange({ status: 502, mimeType: 'text/html', body: '<html><title>502 Bad Gateway</title></html>' }));
    expect(decoded).toMatchObject({ kind: 'error', status: 502, error: { message: '502 Bad Gateway' }, conforms: false });
  });

  it('recognizes a completion or a stream by its shape at any URL', () => {
    const url = 'https://example.com/api/llm';
    expect(decodeExchange(exchange({ url, body: readFixture('ollama-chat-text-1.json') }))?.completion?.model).toBe('gemma3:4b');
    const stream = decodeExchange(exchange({ url, mimeType: 'text/event-stream', body: readFixture('azure-stream-async-filter-1.sse') }));
    expect(stream?.kind).toBe('stream');
  });

  it('leaves other JSON alone, even with a choices field, and preflights and GETs at chat URLs', () => {
    const legacy = '{"id":"cmpl-1","object":"text_completion","choices":[{"text":"hi","index":0}]}';
    expect(decodeExchange(exchange({ url: 'https://api.openai.com/v1/completions', body: legacy }))).toBeNull();
    expect(decodeExchange(exchange({ url: 'https://example.com/api/users', body: '{"users":[]}' }))).toBeNull();
    expect(decodeExchange(exchange({ method: 'OPTIONS', status: 204, body: '' }))).toBeNull();
    expect(decodeExchange(exchange({ method: 'GET', body: '{"object":"list","data":[]}' }))).toBeNull();
  });

  it('accepts URL patterns the user adds', () => {
    const url = 'https://llm.internal/v2/generate';
    const body = '{"error":{"message":"quota","type":"rate_limit"}}';
    expect(decodeExchange(exchange({ url, status: 429, body }))).toBeNull();
    expect(decodeExchange(exchange({ url, status: 429, body }), { extraUrlPatterns: [/\/v2\/generate$/] })?.error?.message).toBe('quota');
  });

  it('reports a body the browser could not give, with its reason', () => {
    const decoded = decodeExchange(exchange({ body: null, bodyUnavailableReason: 'evicted from the inspector cache' }));
    expect(decoded?.conforms).toBe(false);
    expect(decoded?.issues[0]?.message).toContain('evicted from the inspector cache');
    expect(decoded?.completion).toBeNull();
  });

  it('reports status 0 (blocked, aborted) as no status', () => {
    expect(decodeExchange(exchange({ status: 0, body: readFixture('openai-chat-text-1.json') }))?.status).toBeNull();
  });
});

describe('the request body', () => {
  const requestBody = JSON.stringify({
    model: 'gpt-4o',
    stream: true,
    messages: [
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Weather in ' },
          { type: 'image_url', image_url: { url: 'data:' } },
          { type: 'text', text: 'Paris?' },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temp":21}' },
    ],
    tools: [{ type: 'function', function: { name: 'weather', parameters: {} } }],
  });

  it('summarizes model, messages with roles and tool results, stream flag and tools', () => {
    const decoded = decodeExchange(exchange({ requestBody, mimeType: 'text/event-stream', body: readFixture('openai-stream-text-1.sse') }));
    expect(decoded?.request).toEqual({
      model: 'gpt-4o',
      stream: true,
      messages: 4,
      tools: 1,
      toolNames: ['weather'],
      conversation: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }],
        },
        { role: 'tool', content: '{"temp":21}', tool_call_id: 'call_1' },
      ],
    });
  });

  it('is null when there is no request body or it is not JSON', () => {
    expect(decodeExchange(exchange({ body: readFixture('openai-chat-text-1.json') }))?.request).toBeNull();
    expect(decodeExchange(exchange({ requestBody: 'a=1&b=2', body: readFixture('openai-chat-text-1.json') }))?.request).toBeNull();
  });
});
