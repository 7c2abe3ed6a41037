import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile data streams: 5 MB of lines decode whole and linearly (the 60 s timeout would catch a
 * quadratic join; no timing is asserted), one 5 MB line too, bidi controls are reported, huge
 * numbers keep their digits, and a non-number count is null, never 0.
 */

const MB = 1024 * 1024;

describe('hostile data streams', () => {
  it('decodes 5 MB of small text and argument lines whole', { timeout: 60_000 }, () => {
    const lines = ['f:{"messageId":"m"}', 'b:{"toolCallId":"c","toolName":"f"}'];
    for (let i = 0; i < 200_000; i++) lines.push(`0:"w${i % 10} "`);
    for (let i = 0; i < 100_000; i++) lines.push('c:{"toolCallId":"c","argsTextDelta":"x"}');
    lines.push('d:{"finishReason":"stop","usage":{"promptTokens":1,"completionTokens":2}}');
    const body = `${lines.join('\n')}\n`;
    expect(body.length).toBeGreaterThan(5 * MB);
    const decoded = decodeResponseBody(body, {}, { streamEvents: false });
    expect(decoded.format).toBe('ai-sdk-data');
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toEqual({ events: 300_003, done: true });
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(600_000);
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('x'.repeat(100_000));
  });

  it('decodes one 5 MB text line', { timeout: 60_000 }, () => {
    const decoded = decodeResponseBody(`f:{"messageId":"m"}\n0:${JSON.stringify('z'.repeat(5 * MB))}\nd:{"finishReason":"stop"}\n`);
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
    expect(decoded.stream?.done).toBe(true);
  });

  it('reports bidi controls in a tool name, keeps huge digits, and reads a count that is no number as null', () => {
    const exchange = bareChatExchange({
      url: 'https://app.example.com/api/chat',
      mimeType: 'text/plain',
      responseHeaders: [{ name: 'x-vercel-ai-data-stream', value: 'v1' }],
      body: 'f:{"messageId":"m"}\n0:"safe \\u202etxt.exe"\n9:{"toolCallId":"c","toolName":"run\\u202eexe","args":{}}\nd:{"finishReason":"stop","usage":{"promptTokens":123456789012345678901,"completionTokens":"12"}}\n',
    });
    const decoded = decodeExchange(exchange);
    if (decoded === null) throw new Error('not decoded');
    expect(decoded.completion?.choices[0]?.message.content).toBe('safe \u202etxt.exe');
    const bidi = decoded.issues.filter((issue) => issue.message.includes('U+202E'));
    expect(bidi.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'choices[0].message.tool_calls[0].function.name']]);
    expect(decoded.preciseNumbers).toEqual([{ path: 'events[3].usage.promptTokens', digits: '123456789012345678901' }]);
    expect(decoded.completion?.usage?.completion_tokens).toBeNull();
    // A string count departs from the protocol: an error issue at its place.
    expect(decoded.issues.some((issue) => issue.severity === 'error' && issue.path === 'events[3].usage.completionTokens')).toBe(true);
  });

  it('refuses a line nested beyond 128 levels and reads on; finds huge digits in a field the protocol does not define', () => {
    const deep = `${'['.repeat(200)}1${']'.repeat(200)}`;
    // Sniffing by body reads the first lines and finds this one unreadable: the protocol header says what it is.
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'https://app.example.com/api/chat',
        mimeType: 'text/plain',
        responseHeaders: [{ name: 'x-vercel-ai-data-stream', value: 'v1' }],
        body: `f:{"messageId":"m"}\n2:[{"deep":${deep}}]\n0:"after"\nd:{"finishReason":"stop","x_seed":123456789012345678901}\n`,
      }),
    );
    if (decoded === null) throw new Error('not decoded');
    const lineIssues = decoded.issues.filter((issue) => issue.path.startsWith('events[1]'));
    expect(lineIssues).toEqual([
      {
        severity: 'error',
        path: 'events[1]',
        message: 'line value is too deeply nested to decode',
        expected: 'JSON nested at most 128 levels deep',
        actual: 'nested more than 128 levels deep',
      },
    ]);
    // The refused line lists nothing: no data extension of it.
    expect((decoded.extensions ?? []).map((extension) => extension.path)).not.toContain('data');
    expect(decoded.completion?.choices[0]?.message.content).toBe('after');
    expect(decoded.preciseNumbers).toEqual([{ path: 'events[3].x_seed', digits: '123456789012345678901' }]);
  });
});
