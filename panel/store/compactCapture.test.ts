import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { MIN_STORED_BYTES } from './bodyBytes';
import { bodyBytesOf, bufferedBytesOf, compactCapture, materializedCapture } from './compactCapture';

const longJson = (text: string): string => JSON.stringify({ text, pad: 'p'.repeat(MIN_STORED_BYTES) });

describe('a capture with its bodies held as bytes', () => {
  it('reads back every body exactly: ASCII, other scripts, emoji, and text with a lone surrogate', () => {
    for (const body of [longJson('plain'), longJson('Grüße, 你好, مرحبا 🙂'), `${'a'.repeat(MIN_STORED_BYTES)}\uD800 lone`]) {
      const captured = chatExchange({ id: 'x', body });
      const compact = compactCapture({ ...captured, requestBody: `${body}!` });
      expect(compact.body).toBe(body);
      expect(compact.requestBody).toBe(`${body}!`);
    }
  });

  it('reads back every body exactly from its bytes, once the text it was stored from is forgotten (after the task)', async () => {
    const bodies = [longJson('plain'), longJson('Grüße, 你好, مرحبا 🙂'), longJson('𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0000 \\ "')];
    const compact = bodies.map((body, index) => compactCapture({ ...chatExchange({ id: `x${index}`, body }), requestBody: `${body}!` }));
    // The text stored is remembered until the task's microtasks have run (bodyBytes.ts): let it go.
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(compact.map((capture) => capture.body)).toEqual(bodies);
    expect(compact.map((capture) => capture.requestBody)).toEqual(bodies.map((body) => `${body}!`));
  });

  it('holds a long well-formed body in an ArrayBuffer, and a short one or one with a lone surrogate as it came', () => {
    const body = longJson('你好');
    const compact = compactCapture({ ...chatExchange({ id: 'x', body }), requestBody: '{"short":true}' });
    // 2 characters of 3 bytes each: 4 more bytes than characters.
    expect(bufferedBytesOf(compact)).toBe(body.length + 4);
    expect(bodyBytesOf(compact)).toBe(body.length + 4 + '{"short":true}'.length);
    const lone = compactCapture(chatExchange({ id: 'y', body: `${'a'.repeat(MIN_STORED_BYTES)}\uDC00` }));
    expect(bufferedBytesOf(lone)).toBe(0);
    // The lone surrogate counts as the 3 bytes of U+FFFD that UTF-8 would make of it.
    expect(bodyBytesOf(lone)).toBe(MIN_STORED_BYTES + 3 + (lone.requestBody?.length ?? 0));
  });

  it('keeps every other field and the fields in their order, so a spread or JSON of it is the same as of the capture', () => {
    const captured = { ...chatExchange({ id: 'x', body: longJson('hi') }), bodyUnavailableReason: 'none', source: 'imported' as const };
    const compact = compactCapture(captured);
    expect(Object.keys(compact)).toEqual(Object.keys(captured));
    expect(JSON.stringify(compact)).toBe(JSON.stringify(captured));
    expect({ ...compact, id: 'y' }).toEqual({ ...captured, id: 'y' });
    expect(compactCapture(compact)).toBe(compact);
  });

  it('decodes as the capture does', () => {
    const captured = chatExchange({ id: 's', stream: true, body: readFixture('groq-stream-toolcall-1.sse') });
    const compact = compactCapture(captured);
    // 1,397 bytes: held as bytes, read back through the accessor.
    expect(bufferedBytesOf(compact)).toBe(1_397);
    expect(decodeExchange(compact)).toEqual(decodeExchange(captured));
  });

  it('gives the selection a copy with plain text bodies', () => {
    const body = longJson('hi');
    const materialized = materializedCapture(compactCapture(chatExchange({ id: 'x', body })));
    expect(Object.getOwnPropertyDescriptor(materialized, 'body')?.value).toBe(body);
  });
});
