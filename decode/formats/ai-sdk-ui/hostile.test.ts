import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';

/**
 * Hostile AI SDK streams: 5 MB of parts decode whole (fragments are joined once, so the work is
 * linear: no timing is asserted, the 60 s timeout would catch a quadratic join of 100,000
 * fragments), bidi controls are reported, huge numbers keep their digits.
 */

const MB = 1024 * 1024;
const sse = (parts: readonly unknown[]): string => `${parts.map((part) => `data: ${JSON.stringify(part)}\n\n`).join('')}data: [DONE]\n\n`;

describe('hostile UI message streams', () => {
  it('decodes 5 MB of small text and tool-input deltas whole', { timeout: 60_000 }, () => {
    const parts: unknown[] = [{ type: 'start', messageId: 'm' }, { type: 'text-start', id: 't' }];
    for (let i = 0; i < 50_000; i++) parts.push({ type: 'text-delta', id: 't', delta: `w${i % 10} ` });
    parts.push({ type: 'tool-input-start', toolCallId: 'c', toolName: 'f' });
    for (let i = 0; i < 50_000; i++) parts.push({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: 'x' });
    parts.push({ type: 'finish', finishReason: 'stop' });
    const body = sse(parts);
    expect(body.length).toBeGreaterThan(5 * MB);
    const decoded = decodeResponseBody(body, {}, { streamEvents: false });
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toEqual({ events: 100_005, done: true, comments: 0 });
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(150_000);
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('x'.repeat(50_000));
  });

  it('decodes one 5 MB text delta', { timeout: 60_000 }, () => {
    const decoded = decodeResponseBody(sse([{ type: 'start' }, { type: 'text-delta', id: 't', delta: 'y'.repeat(5 * MB) }, { type: 'finish' }]));
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
    expect(decoded.stream?.done).toBe(true);
  });

  it('reports bidi controls in a tool name, keeps them in the text, and keeps the digits of a huge number in the metadata', () => {
    const decoded = decodeResponseBody(
      sse([
        { type: 'start', messageId: 'm' },
        { type: 'text-delta', id: 't', delta: 'safe \u202etxt.exe' },
        { type: 'tool-input-available', toolCallId: 'c', toolName: 'run\u202eexe', input: {} },
        { type: 'finish', finishReason: 'stop' },
      ]).replace('"messageId"', '"messageMetadata":{"seed":123456789012345678901},"messageId"'),
    );
    expect(decoded.completion?.choices[0]?.message.content).toBe('safe \u202etxt.exe');
    const bidi = decoded.issues.filter((issue) => issue.message.includes('U+202E'));
    expect(bidi.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'choices[0].message.tool_calls[0].function.name']]);
    expect(decoded.preciseNumbers).toEqual([{ path: 'events[0].messageMetadata.seed', digits: '123456789012345678901' }]);
  });
});
