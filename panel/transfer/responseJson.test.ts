import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { responseJsonText } from './responseJson';

function copiedFor(captured: ReturnType<typeof chatExchange>): unknown {
  const decoded = decodeExchange(captured);
  if (decoded === null) throw new Error('the test exchange is not chat traffic');
  const text = responseJsonText(captured, decoded);
  return text === null ? null : JSON.parse(text);
}

describe('responseJsonText', () => {
  it('copies a JSON response as the server sent it', () => {
    const copied = copiedFor(chatExchange({ id: 'j', body: readFixture('openai-chat-text-1.json') }));
    expect(copied).toMatchObject({
      id: 'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY',
      object: 'chat.completion',
      usage: { prompt_tokens: 14, completion_tokens: 37, total_tokens: 51, completion_tokens_details: { reasoning_tokens: 0 } },
      system_fingerprint: 'fp_b40fb1c6fb',
    });
  });

  it('copies a stream as the one completion its chunks add up to', () => {
    const copied = copiedFor(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }));
    expect(copied).toMatchObject({
      id: 'chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL',
      model: 'gpt-4o-2024-08-06',
      created: 1727346168,
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: {
            role: 'assistant',
            content:
              "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
          },
        },
      ],
      usage: { prompt_tokens: 14, completion_tokens: 30, total_tokens: 44 },
    });
  });

  it('copies an error body', () => {
    const copied = copiedFor(chatExchange({ id: 'e', status: 400, body: readFixture('openai-error-400-1.json') }));
    expect(copied).toEqual({
      error: {
        code: 'unsupported_value',
        message: "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
        param: 'messages[0].role',
        type: 'invalid_request_error',
      },
    });
  });

  it('has nothing to copy when the browser kept no body', () => {
    expect(copiedFor(chatExchange({ id: 'n', body: null, bodyUnavailableReason: 'evicted' }))).toBeNull();
  });
});
