import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../testing/fixtureFiles';
import { childCount, isBeyondSafeLiteral, jsonNodeOf, parseJsonNode } from './jsonNode';

describe('parseJsonNode', () => {
  it('classifies every value of a recorded body', () => {
    // openai-chat-parallel-tools-1.json, read by hand.
    const root = parseJsonNode(readFixture('openai-chat-parallel-tools-1.json'));
    if (root?.kind !== 'object') throw new Error('expected an object');
    expect(root.entries.map(([key]) => key)).toEqual(['id', 'object', 'created', 'model', 'choices', 'usage', 'system_fingerprint']);
    expect(root.entries[2]).toEqual(['created', { kind: 'number', text: '1727346166', beyondSafe: false }]);
    const choices = root.entries[4]?.[1];
    expect(choices?.kind).toBe('array');
    if (choices === undefined) throw new Error('no choices');
    expect(childCount(choices)).toBe(1);
  });

  it('keeps null, booleans and strings as such', () => {
    expect(parseJsonNode('[null, true, "a\\nb"]')).toEqual({
      kind: 'array',
      items: [{ kind: 'null' }, { kind: 'boolean', value: true }, { kind: 'string', value: 'a\nb' }],
    });
  });

  it('is null for a body that is not JSON, without throwing', () => {
    expect(parseJsonNode('data: {"id":1}\n\n')).toBeNull();
    expect(parseJsonNode('')).toBeNull();
    expect(parseJsonNode('<html>502 Bad Gateway</html>')).toBeNull();
  });

  it('keeps a __proto__ key as an ordinary key', () => {
    expect(parseJsonNode('{"__proto__": 1}')).toEqual({
      kind: 'object',
      entries: [['__proto__', { kind: 'number', text: '1', beyondSafe: false }]],
    });
  });

  it('keeps the digits of integers beyond 2^53 as sent, at every depth, and marks only those', () => {
    // 2^53 − 1 = 9007199254740991 is the last safe integer; 2^53 itself is not.
    const root = parseJsonNode(
      '{"created":12345678901234567890,"ok":9007199254740991,"a":[1,{"seed":-9007199254740993}],"b":{"c":9007199254740992},"f":1.5}',
    );
    expect(root).toEqual({
      kind: 'object',
      entries: [
        ['created', { kind: 'number', text: '12345678901234567890', beyondSafe: true }],
        ['ok', { kind: 'number', text: '9007199254740991', beyondSafe: false }],
        [
          'a',
          {
            kind: 'array',
            items: [
              { kind: 'number', text: '1', beyondSafe: false },
              { kind: 'object', entries: [['seed', { kind: 'number', text: '-9007199254740993', beyondSafe: true }]] },
            ],
          },
        ],
        ['b', { kind: 'object', entries: [['c', { kind: 'number', text: '9007199254740992', beyondSafe: true }]] }],
        ['f', { kind: 'number', text: '1.5', beyondSafe: false }],
      ],
    });
  });

  it('does not put digits on a repeated key whose last value is an ordinary number', () => {
    expect(parseJsonNode('{"n":12345678901234567890,"n":7}')).toEqual({
      kind: 'object',
      entries: [['n', { kind: 'number', text: '7', beyondSafe: false }]],
    });
  });

  it('puts back the digits decode/ reported for an already parsed value, relative to its path', () => {
    const node = jsonNodeOf(
      { id: 'req', seed: Number('18446744073709551615') },
      [{ path: 'x_groq.seed', digits: '18446744073709551615' }],
      'x_groq',
    );
    expect(node).toEqual({
      kind: 'object',
      entries: [
        ['id', { kind: 'string', value: 'req' }],
        ['seed', { kind: 'number', text: '18446744073709551615', beyondSafe: true }],
      ],
    });
  });

  it('tells integer literals beyond 2^53 from the rest', () => {
    expect(['9007199254740992', '-9007199254740992', '12345678901234567890'].map(isBeyondSafeLiteral)).toEqual([true, true, true]);
    expect(['9007199254740991', '-9007199254740991', '1e300', '12345678901234567890.5', '0'].map(isBeyondSafeLiteral)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
