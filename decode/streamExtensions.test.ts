import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from './decodeBody';
import { StreamExtensions } from './streamExtensions';
import { sseText } from '../testing/chatBodies';

const chunk = (choice: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  ...top,
  choices: [{ index: 0, delta: { content: 'x' }, finish_reason: null, ...choice }],
});

describe('StreamExtensions', () => {
  it('lists each path once in the order first seen, with the count of chunks and the last value', () => {
    const folded = new StreamExtensions();
    folded.add(chunk({ seed: null }, { x_groq: { id: 'a' } }), []);
    folded.add(chunk({ seed: null }), []);
    folded.add(chunk({ seed: 7, token_ids: [1] }, { x_groq: { id: 'b' } }), []);
    expect(folded.list()).toEqual([
      { path: 'x_groq', value: { id: 'b' }, occurrences: 2 },
      { path: 'choices[0].seed', value: 7, occurrences: 3 },
      { path: 'choices[0].token_ids', value: [1], occurrences: 1 },
    ]);
  });

  it("keeps the digits of the last value's huge integers, and drops them when the last value has none", () => {
    const folded = new StreamExtensions();
    folded.add(chunk({ seed: 1 }), []);
    folded.add(chunk({ seed: 7228414683750928000 }), [{ path: 'choices[0].seed', digits: '7228414683750928000' }]);
    expect(folded.list()).toEqual([
      {
        path: 'choices[0].seed',
        value: 7228414683750928000,
        occurrences: 2,
        preciseNumbers: [{ path: 'choices[0].seed', digits: '7228414683750928000' }],
      },
    ]);
    folded.add(chunk({ seed: 2 }), [{ path: 'choices[0].other', digits: '99999999999999999999' }]);
    expect(folded.list()).toEqual([{ path: 'choices[0].seed', value: 2, occurrences: 3 }]);
  });

  it('counts a top-level key that reads like a path together with the field at that path, as one extension', () => {
    const folded = new StreamExtensions();
    folded.add(chunk({ seed: 1 }), []);
    folded.add(chunk({}, { 'choices[0].seed': 2 }), []);
    expect(folded.list()).toEqual([{ path: 'choices[0].seed', value: 2, occurrences: 2 }]);
  });

  it('leaves out the extensions of a chunk nested too deeply to read, even those found before the deep part', () => {
    const deep = JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) as unknown;
    const body = sseText([
      chunk({ seed: 1 }),
      chunk({ seed: 2, token_ids: [5] }, { x_before: 'kept out', x_deep: deep }),
      chunk({ seed: 3 }),
      '[DONE]',
    ]);
    const decoded = decodeResponseBody(body);
    expect(decoded.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['events[1]', 'event data is too deeply nested to decode'],
    ]);
    expect(decoded.extensions).toEqual([{ path: 'choices[0].seed', value: 3, occurrences: 2 }]);
  });
});
