import { describe, expect, it } from 'vitest';
import { looksLikeSse, parseSse, parseSsePieces } from './sse';

const datas = (body: string) => parseSse(body).events.map((event) => event.data);

describe('parseSse follows the HTML event-stream rules', () => {
  it('accepts LF, CRLF and lone CR line ends alike', () => {
    expect(datas('data: a\n\ndata: b\n\n')).toEqual(['a', 'b']);
    expect(datas('data: a\r\n\r\ndata: b\r\n\r\n')).toEqual(['a', 'b']);
    expect(datas('data: a\r\rdata: b\r\r')).toEqual(['a', 'b']);
  });

  it('takes a body whose lines end in a lone CR as ended, and one stopped before its blank line as cut', () => {
    expect(parseSse('data: a\r\rdata: b\r\r').unterminated).toBeUndefined();
    expect(parseSsePieces(['data: a\r', '\r']).unterminated).toBeUndefined();
    expect(parseSse('data: a\r\rdata: b\r').unterminated?.data).toBe('b');
    expect(parseSse('data: a\n\ndata: b').unterminated?.data).toBe('b');
  });

  it('joins several data lines of one event with a newline', () => {
    expect(datas('data: {"a":\ndata: 1}\n\n')).toEqual(['{"a":\n1}']);
  });

  it('reads data with or without the space after the colon (TGI sends none)', () => {
    expect(datas('data:{"x":1}\n\ndata: {"x":2}\n\n')).toEqual(['{"x":1}', '{"x":2}']);
  });

  it('counts comments and keeps event names and ids', () => {
    const parsed = parseSse(': OPENROUTER PROCESSING\n\nevent: error\nid: 7\ndata: {"error":{}}\n\n');
    expect(parsed.comments).toBe(1);
    expect(parsed.events).toEqual([{ index: 0, event: 'error', id: '7', data: '{"error":{}}' }]);
  });

  it('ignores a retry field and strips a leading byte-order mark', () => {
    expect(datas('retry: 3000\ndata: x\n\n')).toEqual(['x']);
    expect(datas('\uFEFFdata: x\n\n')).toEqual(['x']);
    expect(parseSsePieces(['', '\uFEFFdata: x\n', '\n']).events.map((event) => event.data)).toEqual(['x']);
  });

  it('keeps an event the body did not close, and says so', () => {
    const parsed = parseSse('data: a\n\ndata: {"cut');
    expect(parsed.events.map((event) => event.data)).toEqual(['a', '{"cut']);
    expect(parsed.unterminated?.index).toBe(1);
    expect(parseSse('data: a\n\n').unterminated).toBeUndefined();
  });

  it('reports lines that are not SSE fields', () => {
    expect(parseSse('HTTP/1.1 502 Bad Gateway\ndata: a\n\n').invalidLines).toEqual(['HTTP/1.1 502 Bad Gateway']);
  });
});

describe('looksLikeSse', () => {
  it('tells streams from JSON by the first line', () => {
    expect(looksLikeSse('data: {}\n\n')).toBe(true);
    expect(looksLikeSse('\uFEFF: comment\n')).toBe(true);
    expect(looksLikeSse('event: error\ndata: {}\n\n')).toBe(true);
    expect(looksLikeSse('{"data": 1}')).toBe(false);
    expect(looksLikeSse('<html>')).toBe(false);
  });
});

describe('parseSse leaves the engine as it found it', () => {
  it('restores Error.stackTraceLimit after parsing lines that are not SSE fields', () => {
    const before = Error.stackTraceLimit;
    const parsed = parseSse('data: {"a":1}\n\n{\n  "error": {\n    "code": 500\n  }\n}\n');
    expect(parsed.invalidLines).toEqual(['{', '  "error": {', '    "code": 500', '  }', '}']);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
