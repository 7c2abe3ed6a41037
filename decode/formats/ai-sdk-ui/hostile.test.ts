import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile AI SDK streams: 5 MB of parts decode whole (fragments are joined once, so the work is
 * linear: no timing is asserted, the 60 s timeout would catch a quadratic join of 100,000
 * fragments), bidi controls are reported, huge numbers keep their digits.
 */

const MB = 1024 * 1024;
const sse = (parts: readonly unknown[]): string => `${parts.map((part) => `data: ${JSON.stringify(part)}\n\n`).join('')}data: [DONE]\n\n`;

describe('hostile UI message streams', () => {
  it('decodes 5 MB of small text and tool-input deltas whole', { timeout: 60_000 }, () => {
    const parts: unknown[] = [
      { type: 'start', messageId: 'm' },
      { type: 'text-start', id: 't' },
    ];
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
    const decoded = decodeResponseBody(
      sse([{ type: 'start' }, { type: 'text-delta', id: 't', delta: 'y'.repeat(5 * MB) }, { type: 'finish' }]),
    );
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

  it('refuses a part nested beyond 128 levels, wherever it nests, and reads on; keeps huge digits in parts of any kind', () => {
    const nested = (levels: number): string => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    const SEED = '123456789012345678901';
    // The part object is level 1, its field's value level 2: 127 arrays reach level 128, the limit.
    const body = [
      `{"type":"start","messageId":"m","messageMetadata":${nested(200)}}`,
      '{"type":"text-delta","id":"t","delta":"Hi"}',
      `{"type":"data-edge","data":${nested(127)}}`,
      `{"type":"data-over","data":${nested(128)}}`,
      `[${nested(300)}]`,
      `{"type":"wobble","seed":${SEED}}`,
      `[${SEED}]`,
      `{"type":"finish","finishReason":"stop","x_seed":${SEED}}`,
      '[DONE]',
    ]
      .map((data) => `data: ${data}\n\n`)
      .join('');
    // Captured with its header: a lone body whose first part is refused is not recognised (recognize.ts).
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'http://localhost:3000/api/chat',
        mimeType: 'text/event-stream',
        responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }],
        body,
      }),
    );
    if (decoded === null) throw new Error('not decoded');
    expect(decoded.format).toBe('ai-sdk-ui');
    const tooDeep = {
      severity: 'error',
      message: 'event data is too deeply nested to decode',
      expected: 'JSON nested at most 128 levels deep',
      actual: 'nested more than 128 levels deep',
    };
    const precise = (path: string) => ({
      severity: 'warning',
      path,
      message: 'integer beyond 2^53: JavaScript holds 123456789012345683968 instead; the digits as sent are kept in preciseNumbers',
      expected: 'an integer of at most 9007199254740991 in magnitude',
      actual: `integer ${SEED}`,
    });
    expect(decoded.issues).toEqual([
      // events[0], [3] and [4] alike: one issue, counted.
      { ...tooDeep, path: 'events[0]', message: `${tooDeep.message} (3 times; the first is shown)` },
      precise('events[5].seed'),
      { severity: 'warning', path: 'events[5].type', message: 'a part type the AI SDK does not define: "wobble"' },
      precise('events[6][0]'),
      {
        severity: 'error',
        path: 'events[6]',
        message: 'event data is not a JSON object',
        expected: 'a UI message stream part {"type": …}',
      },
      precise('events[7].x_seed'),
    ]);
    expect(decoded.preciseNumbers).toEqual([
      { path: 'events[5].seed', digits: SEED },
      { path: 'events[6][0]', digits: SEED },
      { path: 'events[7].x_seed', digits: SEED },
    ]);
    // The refused start part gives no id; the part at the limit is read, the one past it is not.
    expect(decoded.completion?.id).toBeNull();
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hi');
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['data-edge', 'x_seed']);
    expect(decoded.stream?.done).toBe(true);
  });
});
