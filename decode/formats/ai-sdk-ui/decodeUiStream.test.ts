import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';

/** UI stream parts the corpus does not hold, each written as the SDK's schema defines it. */

const sse = (parts: readonly unknown[], done = true): string =>
  `${parts.map((part) => `data: ${JSON.stringify(part)}\n\n`).join('')}${done ? 'data: [DONE]\n\n' : ''}`;

describe('decodeUiStream: the parts beyond the corpus', () => {
  it('puts a provider-run tool in server_tools with its result, sources in annotations, the id and model the stream gave', () => {
    const decoded = decodeResponseBody(
      sse([
        { type: 'start', messageId: 'msg-1', messageMetadata: { model: 'gpt-5' } },
        { type: 'tool-input-start', toolCallId: 'ws1', toolName: 'web_search', providerExecuted: true },
        { type: 'tool-input-available', toolCallId: 'ws1', toolName: 'web_search', input: { query: 'paris' }, providerExecuted: true },
        { type: 'tool-output-available', toolCallId: 'ws1', output: [{ url: 'https://a.example' }], providerExecuted: true },
        { type: 'source-url', sourceId: 's1', url: 'https://a.example', title: 'A' },
        { type: 'source-document', sourceId: 's2', mediaType: 'application/pdf', title: 'Doc' },
        { type: 'text-delta', id: 't', delta: 'Paris.' },
        { type: 'message-metadata', messageMetadata: { usage: { inputTokens: 5, outputTokens: 2 } } },
        { type: 'finish', finishReason: 'stop' },
      ]),
    );
    const message = decoded.completion?.choices[0]?.message;
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.id).toBe('msg-1');
    expect(decoded.completion?.model).toBe('gpt-5');
    expect(decoded.completion?.usage).toEqual({ prompt_tokens: 5, completion_tokens: 2, total_tokens: null });
    expect(message?.tool_calls).toBeUndefined();
    expect(message?.server_tools).toEqual([{ id: 'ws1', name: 'web_search', arguments: '{"query":"paris"}', result: '[{"url":"https://a.example"}]' }]);
    expect(message?.annotations).toEqual([
      { type: 'source-url', url: 'https://a.example', title: 'A', start_index: null, end_index: null },
      { type: 'source-document', url: null, title: 'Doc', start_index: null, end_index: null },
    ]);
  });

  it('joins input deltas when no tool-input-available came, and warns of a rejected input', () => {
    const decoded = decodeResponseBody(
      sse([
        { type: 'start' },
        { type: 'tool-input-start', toolCallId: 'c1', toolName: 'f' },
        { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"a"' },
        { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: ':1}' },
        { type: 'tool-input-error', toolCallId: 'c2', toolName: 'g', input: 'oops', errorText: 'Invalid input' },
        { type: 'finish', finishReason: 'tool-calls' },
      ]),
    );
    expect(decoded.completion?.choices[0]?.message.tool_calls?.map((call) => [call.id, call.function.name, call.function.arguments])).toEqual([
      ['c1', 'f', '{"a":1}'],
      ['c2', 'g', '"oops"'],
    ]);
    expect(decoded.issues).toEqual([{ severity: 'warning', path: 'events[4]', message: 'the tool call c2 failed (input): Invalid input' }]);
  });

  it("lists an app's data parts as extensions and names an unknown field", () => {
    const decoded = decodeResponseBody(
      sse([{ type: 'start', extra: 1 }, { type: 'data-weather', data: { temp: 20 } }, { type: 'data-weather', data: { temp: 21 } }, { type: 'finish' }]),
    );
    expect(decoded.extensions).toEqual([
      { path: 'extra', value: 1, occurrences: 1 },
      { path: 'data-weather', value: { temp: 21 }, occurrences: 2 },
    ]);
  });

  it('is not done after an abort part, and says so', () => {
    const decoded = decodeResponseBody(sse([{ type: 'start' }, { type: 'text-delta', id: 't', delta: 'Hel' }, { type: 'abort' }]));
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hel');
    expect(decoded.issues).toEqual([{ severity: 'warning', path: 'events[2]', message: 'the stream was aborted' }]);
  });

  it('reports a missing [DONE] after finish, a part missing a required field, and a part type the SDK does not define', () => {
    // Captured with its header: a lone body whose parts break their shapes is not recognised (recognize.ts).
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'http://localhost:3000/api/chat',
        mimeType: 'text/event-stream',
        responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }],
        body: sse([{ type: 'start' }, { type: 'text-delta', id: 't' }, { type: 'text-wobble' }, { type: 'finish' }], false),
      }),
    );
    expect(decoded?.format).toBe('ai-sdk-ui');
    expect(decoded?.stream?.done).toBe(false);
    expect(decoded?.issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['error', 'events[1].delta', 'missing required field'],
      ['warning', 'events[2].type', 'a part type the AI SDK does not define: "text-wobble"'],
      ['error', 'events', 'the stream ended without [DONE] (cut or truncated)'],
    ]);
  });
});
