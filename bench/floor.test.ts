import { describe, expect, it } from 'vitest';
import { formatExchange } from '../testing/formatExchanges';
import { bodyJsonTexts, dataPayloads, exchangeJsonTexts, parseEach } from './floor';

describe('the JSON.parse floor', () => {
  it('takes the payload of each data line, with or without the space, and leaves [DONE] out', () => {
    const body = '\uFEFFdata: {"a":1}\r\n\r\n: keep-alive\n\nevent: error\ndata:{"b":2}\n\ndata: [DONE]\n\n';
    expect(dataPayloads(body)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('counts the texts that parse; one that does not still costs its attempt', () => {
    expect(parseEach(['{"a":1}', '{"cut', '[1,2]'])).toBe(2);
  });

  it('takes a JSON body whole, each NDJSON line, and the JSON after each data-stream part code', () => {
    expect(bodyJsonTexts('x.json', '[{"a":1}\n,{"a":2}]')).toEqual(['[{"a":1}\n,{"a":2}]']);
    expect(bodyJsonTexts('x.ndjson', '{"a":1}\r\n{"a":2}\n\n')).toEqual(['{"a":1}', '{"a":2}']);
    expect(bodyJsonTexts('x.txt', 'f:{"messageId":"m"}\n0:"The"\n0:" end"\nd:{"finishReason":"stop"}\n')).toEqual([
      '{"messageId":"m"}',
      '"The"',
      '" end"',
      '{"finishReason":"stop"}',
    ]);
  });

  it("counts an exchange's request body in its floor: the decoder parses it too", () => {
    const body = '0:"Hi"\nd:{"finishReason":"stop"}\n';
    const aiSdk = formatExchange('ai-sdk-data', 'openai-data-text-1.txt', body);
    expect(aiSdk.requestBody).not.toBeNull();
    expect(exchangeJsonTexts('openai-data-text-1.txt', aiSdk)).toEqual(['"Hi"', '{"finishReason":"stop"}', aiSdk.requestBody]);
    // The other formats' bench exchanges carry no request: their floor is the body's JSON alone.
    const ollama = formatExchange('ollama', 'ollama-chat-json-text-1.json', '{"done":true}');
    expect(exchangeJsonTexts('ollama-chat-json-text-1.json', ollama)).toEqual(['{"done":true}']);
  });
});
