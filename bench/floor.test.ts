import { describe, expect, it } from 'vitest';
import { dataPayloads, parseEach } from './floor';

describe('the JSON.parse floor', () => {
  it('takes the payload of each data line, with or without the space, and leaves [DONE] out', () => {
    const body = '\uFEFFdata: {"a":1}\r\n\r\n: keep-alive\n\nevent: error\ndata:{"b":2}\n\ndata: [DONE]\n\n';
    expect(dataPayloads(body)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('counts the texts that parse; one that does not still costs its attempt', () => {
    expect(parseEach(['{"a":1}', '{"cut', '[1,2]'])).toBe(2);
  });
});
