import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../testing/fixtureFiles';
import { parseJsonNode } from './jsonNode';
import { formatPath, parsePath, resolvePath } from './jsonPath';

describe('parsePath', () => {
  it('splits the paths decode/ writes into keys and indexes', () => {
    expect(parsePath('choices[0].finish_reason')).toEqual(['choices', 0, 'finish_reason']);
    expect(parsePath('choices[0].message.tool_calls[1].function.name')).toEqual([
      'choices',
      0,
      'message',
      'tool_calls',
      1,
      'function',
      'name',
    ]);
    expect(parsePath('object')).toEqual(['object']);
    expect(parsePath('')).toEqual([]);
  });

  it('refuses text that is not a path', () => {
    expect(parsePath('choices[x]')).toBeNull();
    expect(parsePath('a..b')).toBeNull();
  });

  it('formats back to the same text', () => {
    expect(formatPath(['choices', 0, 'logprobs', 'content', 0, 'bytes'])).toBe('choices[0].logprobs.content[0].bytes');
    expect(formatPath([])).toBe('');
  });
});

describe('resolvePath', () => {
  // tgi-chat-text-1.json: choices[0] has message, logprobs {content: []} and finish_reason "eos_token".
  const tgi = parseJsonNode(readFixture('tgi-chat-text-1.json'));

  it('reaches a value that exists', () => {
    if (tgi === null) throw new Error('fixture is JSON');
    expect(resolvePath(tgi, ['choices', 0, 'finish_reason'])).toEqual({ found: ['choices', 0, 'finish_reason'], missing: [] });
  });

  it('stops at the deepest part that exists when a field is missing', () => {
    if (tgi === null) throw new Error('fixture is JSON');
    // TGI's logprobs has no refusal key.
    expect(resolvePath(tgi, ['choices', 0, 'logprobs', 'refusal'])).toEqual({ found: ['choices', 0, 'logprobs'], missing: ['refusal'] });
    // There is only one choice.
    expect(resolvePath(tgi, ['choices', 1, 'message'])).toEqual({ found: ['choices'], missing: [1, 'message'] });
  });
});
