import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGet, isPost } from './httpMethod';

describe('isPost and isGet: the method, any case', () => {
  it('answers for the methods browsers send and their other spellings', () => {
    expect(['POST', 'post', 'Post', 'poﬆ'].map(isPost)).toEqual([true, true, true, true]);
    expect(['GET', 'PUT', 'OPTIONS', 'POSTS', ''].map(isPost)).toEqual([false, false, false, false, false]);
    expect(['GET', 'get', 'POST', 'HEAD'].map(isGet)).toEqual([true, true, false, false]);
  });

  it('agrees with comparing the uppercased method on any text', () => {
    const method = fc.oneof(fc.string(), fc.constantFrom('POST', 'post', 'GET', 'get', 'poﬆ', 'ǵet'));
    fc.assert(
      fc.property(method, (text) => {
        expect(isPost(text)).toBe(text.toUpperCase() === 'POST');
        expect(isGet(text)).toBe(text.toUpperCase() === 'GET');
      }),
    );
  });
});
