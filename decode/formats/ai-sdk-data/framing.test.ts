import { describe, expect, it } from 'vitest';
import { splitDataLines } from './framing';

describe('splitDataLines', () => {
  it('splits each line at its first colon into the code and the value as sent', () => {
    expect(splitDataLines('f:{"messageId":"m1"}\n0:"a: b"\nd:{"finishReason":"stop"}\n')).toEqual([
      { index: 0, code: 'f', payload: '{"messageId":"m1"}' },
      { index: 1, code: '0', payload: '"a: b"' },
      { index: 2, code: 'd', payload: '{"finishReason":"stop"}' },
    ]);
  });

  it('drops a CR before the line end and at the end of the body, and skips blank lines without counting them', () => {
    expect(splitDataLines('0:"x"\r\n\r\n  \n\t\n0:"y"\r')).toEqual([
      { index: 0, code: '0', payload: '"x"' },
      { index: 1, code: '0', payload: '"y"' },
    ]);
  });

  it('keeps a line that is not CODE:… whole, code undefined: an unknown code, a code not at the start, no colon', () => {
    expect(splitDataLines('z:"x"\n 0:"x"\n0\nHTTP/1.1 502 Bad Gateway\n')).toEqual([
      { index: 0, code: undefined, payload: 'z:"x"' },
      { index: 1, code: undefined, payload: ' 0:"x"' },
      { index: 2, code: undefined, payload: '0' },
      { index: 3, code: undefined, payload: 'HTTP/1.1 502 Bad Gateway' },
    ]);
  });

  it('reads the codes 0-9 and a-k, an empty value too, and no more lines than asked for', () => {
    expect(splitDataLines('9:{}\na:[]\nk:\nl:1\n/:1\n').map((line) => line.code)).toEqual(['9', 'a', 'k', undefined, undefined]);
    expect(splitDataLines('k:\n')).toEqual([{ index: 0, code: 'k', payload: '' }]);
    expect(splitDataLines('0:"a"\n0:"b"\n0:"c"\n', 2)).toHaveLength(2);
  });
});
