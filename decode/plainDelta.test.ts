import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonRecord } from './lenientFields';
import { plainDeltaReader } from './plainDelta';
import { createStreamReassembler } from './reassembleStream';

/** Reassembles chunks whose one choice carries each delta in turn. */
const reassemble = (deltas: readonly JsonRecord[]) => {
  const reassembler = createStreamReassembler();
  deltas.forEach((delta, event) => {
    reassembler.add(
      { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: null }] },
      event,
    );
  });
  return reassembler.result();
};

/** The same, with every delta read field by field: the reader is off while Object.prototype has such a name. */
const reassembleFieldByField = (deltas: readonly JsonRecord[]) => {
  Reflect.defineProperty(Object.prototype, 'refusal', { value: undefined, enumerable: false, configurable: true, writable: true });
  try {
    expect(plainDeltaReader()).toBeUndefined();
    return reassemble(deltas);
  } finally {
    Reflect.deleteProperty(Object.prototype, 'refusal');
  }
};

describe('plain deltas', () => {
  it('reassemble exactly as deltas read field by field, whatever their role, content and reasoning', () => {
    const value = fc.oneof(
      fc.constantFrom<unknown>('', 'Hel', 'lo', null, 0, true, ['x'], [{ type: 'text', text: 'part' }], { text: 'x' }),
      fc.string({ maxLength: 3 }),
    );
    const delta = fc.dictionary(
      fc.constantFrom('role', 'content', 'reasoning_content', 'reasoning', 'refusal', 'tool_calls', 'annotations', 'x_other'),
      value,
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(fc.array(delta, { maxLength: 6 }), (deltas) => {
        expect(reassemble(deltas)).toEqual(reassembleFieldByField(deltas));
      }),
      { numRuns: 1_000 },
    );
  });

  it('are read from their own keys only when they have nothing but role, text and reasoning', () => {
    const read = plainDeltaReader();
    expect(read?.({ content: 'a', role: 'assistant' })).toEqual({
      role: 'assistant',
      content: 'a',
      reasoningContent: undefined,
      reasoning: undefined,
    });
    expect(read?.({ reasoning_content: 'r', content: null })).toEqual({
      role: undefined,
      content: null,
      reasoningContent: 'r',
      reasoning: undefined,
    });
    expect(read?.({ token_id: 14, role: 'assistant', content: ',' })).toEqual({
      role: 'assistant',
      content: ',',
      reasoningContent: undefined,
      reasoning: undefined,
    });
    expect(read?.({ content: 'a', refusal: null })).toBeUndefined();
    expect(read?.({ content: [{ type: 'text', text: 'a' }] })).toBeUndefined();
    expect(read?.(Object.create({ content: 'inherited' }) as JsonRecord)).toBeUndefined();
  });

  it('are not read by own keys while Object.prototype has any name the reassembler reads from a delta', () => {
    const names = [
      'role',
      'content',
      'reasoning_content',
      'reasoning',
      'reasoning_details',
      'refusal',
      'tool_calls',
      'annotations',
      'function_call',
    ];
    const off = names.filter((name) => {
      Reflect.defineProperty(Object.prototype, name, { value: undefined, enumerable: false, configurable: true, writable: true });
      try {
        return plainDeltaReader() === undefined;
      } finally {
        Reflect.deleteProperty(Object.prototype, name);
      }
    });
    expect(off).toEqual(names);
    expect(plainDeltaReader()).toBeDefined();
  });
});
