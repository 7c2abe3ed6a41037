import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../decode/index';
import { recordedExchange } from '../testing/exchanges';
import { EVENT_BYTES, syntheticStream } from './syntheticStream';

describe('the synthetic stream of the growth benchmark', () => {
  const stream = syntheticStream(64 * 1024);
  const events = stream.text.split('\n\n').filter((event) => event !== '');

  it('is made of content events of exactly EVENT_BYTES between a role event and the finish', () => {
    expect(events[0]).toBe(
      'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}',
    );
    expect(events.at(-2)).toBe(
      'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
    );
    expect(events.at(-1)).toBe('data: [DONE]');
    const content = events.slice(1, -2);
    expect(content).toHaveLength(stream.contentEvents);
    expect(content.every((event) => `${event}\n\n`.length === EVENT_BYTES)).toBe(true);
  });

  it('is about the size asked for', () => {
    expect(stream.text.length).toBeGreaterThan(64 * 1024 - EVENT_BYTES);
    expect(stream.text.length).toBeLessThanOrEqual(64 * 1024 + EVENT_BYTES);
  });

  it('conforms, so the benchmark times decoding and not the issue log', () => {
    const decoded = decodeExchange(recordedExchange({ text: stream.text, mimeType: 'text/event-stream', status: 200 }, 's'));
    expect(decoded?.issues).toEqual([]);
    expect(decoded?.stream?.done).toBe(true);
    expect(decoded?.completion?.choices[0]?.message.content).toBe(stream.piece.repeat(stream.contentEvents));
    expect(decoded?.completion?.choices[0]?.finish_reason).toBe('stop');
  });
});
