import { describe, expect, it } from 'vitest';
import { base64BodyText } from './bodyText';
import { decodeResponseBody } from './decodeBody';
import { decodeExchange } from './decodeExchange';
import { bareChatExchange } from '../testing/exchanges';
import { completionJson } from '../testing/chatBodies';

/**
 * Big bodies (issue 7) decode whole, in time and memory linear in their size. No timing is
 * asserted (machines differ); these are the figures measured on the development machine (Node
 * 20.20, 2 CPUs shared with other work at load ~12, so CPU time is the figure to trust; each the
 * best of 3 runs, `node --expose-gc`, heap measured with process.memoryUsage around the call):
 *
 * | case                                             | CPU     | wall       | heap during | kept after GC |
 * | 50 MB completion (52,429,069 chars), decodeExchange | 46 ms   | 129 ms     | +50 MB      | +50 MB (the content string) |
 * | the same body as base64 through base64BodyText   | 148 ms  | 261 ms     | +50 MB      | +50 MB (the text) |
 * | 200,000 content events + [DONE] (32 MB), streamEvents false | 824 ms  | 2.0–3.5 s  | +40 MB      | +1 MB (the 600 KB text) |
 * | the same stream with the event list (panel)      | 835 ms  | 2.3 s      | +40 MB      | +16 MB (200,001 events) |
 *
 * The scan for integers beyond 2^53 runs only when a 16-digit literal may be there; on a 33.5 MB
 * body of 300,000 logprob tokens with one such seed it took 250 ms CPU of a 2.0 s decode.
 *
 * Before this suite, base64BodyText used `Uint8Array.from(binary, mapFn)`: 10 s and +1.6 GB of
 * heap for the 50 MB body.
 */

const MB = 1024 * 1024;

describe('a 50 MB body', () => {
  it('decodes whole as a completion', { timeout: 60_000 }, () => {
    const content = 'x'.repeat(50 * MB);
    const decoded = decodeExchange(bareChatExchange({ body: completionJson({ content }) }));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.completion?.choices[0]?.message.content?.length).toBe(52_428_800);
  });

  it('decodes whole from base64', { timeout: 60_000 }, () => {
    const text = completionJson({ content: 'é'.repeat(25 * MB) });
    const decoded = base64BodyText(Buffer.from(text).toString('base64'), 'bad base64');
    expect(decoded.text?.length).toBe(text.length);
    expect(decoded.text === text).toBe(true);
  });
});

describe('a stream of 200,000 events', () => {
  const head =
    '{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1727346142,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"';
  const parts: string[] = [];
  for (let i = 0; i < 200_000; i++) parts.push(`data: ${head}t${i % 10} "},"finish_reason":null}]}\n\n`);
  parts.push(
    'data: {"id":"chatcmpl-s","object":"chat.completion.chunk","created":1727346142,"model":"gpt-4o","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":200000,"total_tokens":200003}}\n\n',
  );
  parts.push('data: [DONE]\n\n');
  const body = parts.join('');

  it('reassembles every delta and counts every event', { timeout: 60_000 }, () => {
    const decoded = decodeResponseBody(body, {}, { streamEvents: false });
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toEqual({ events: 200_002, done: true, comments: 0 });
    const content = decoded.completion?.choices[0]?.message.content;
    // "t0 t1 ... t9 " repeated 20,000 times: 3 characters per event.
    expect(content?.length).toBe(600_000);
    expect(content?.slice(0, 30)).toBe('t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 ');
    expect(decoded.completion?.usage).toEqual({ prompt_tokens: 3, completion_tokens: 200_000, total_tokens: 200_003 });
  });

  it('keeps the event list when asked (the panel does)', { timeout: 60_000 }, () => {
    const decoded = decodeResponseBody(body);
    expect(decoded.stream?.eventList?.length).toBe(200_002);
    expect(decoded.stream?.eventList?.[199_999]?.data).toBe(`${head}t9 "},"finish_reason":null}]}`);
  });
});
