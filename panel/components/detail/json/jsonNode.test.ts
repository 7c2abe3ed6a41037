import { describe, expect, it } from 'vitest';
import { fixtureBody } from '../../../testing/fixtureBody';
import { childCount, parseJsonNode } from './jsonNode';

describe('parseJsonNode', () => {
  it('classifies every value of a recorded body', () => {
    // openai-chat-parallel-tools-1.json, read by hand.
    const root = parseJsonNode(fixtureBody('openai-chat-parallel-tools-1.json'));
    if (root?.kind !== 'object') throw new Error('expected an object');
    expect(root.entries.map(([key]) => key)).toEqual(['id', 'object', 'created', 'model', 'choices', 'usage', 'system_fingerprint']);
    expect(root.entries[2]).toEqual(['created', { kind: 'number', text: '1727346166' }]);
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
    expect(parseJsonNode('{"__proto__": 1}')).toEqual({ kind: 'object', entries: [['__proto__', { kind: 'number', text: '1' }]] });
  });
});
