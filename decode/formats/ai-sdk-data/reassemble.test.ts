import { describe, expect, it } from 'vitest';
import { DataMessageAssembler } from './reassemble';

/** The message's reasoning and its blocks after the given parts, each `[name, value]` as a line gives it. */
const reasoningOf = (parts: readonly (readonly [string, unknown])[]): unknown => {
  const assembler = new DataMessageAssembler();
  for (const [name, value] of parts) assembler.add(name, value);
  const message = assembler.result()?.choices[0]?.message;
  return { reasoning: message?.reasoning, blocks: message?.reasoning_blocks };
};

describe('DataMessageAssembler: reasoning and its blocks', () => {
  it('one signed block: the reasoning is the block text', () => {
    expect(
      reasoningOf([
        ['reasoning', 'a'],
        ['reasoning', 'b'],
        ['reasoning_signature', { signature: 's' }],
        ['text', 'T'],
      ]),
    ).toEqual({ reasoning: 'ab', blocks: [{ type: 'reasoning', text: 'ab', signature: 's' }] });
  });

  it('one block left open at the end: the reasoning is the block text', () => {
    expect(
      reasoningOf([
        ['reasoning', 'x'],
        ['reasoning', 'y'],
      ]),
    ).toEqual({ reasoning: 'xy', blocks: [{ type: 'reasoning', text: 'xy' }] });
  });

  it('reasoning after a signed block, open or signed: the reasoning is every piece, each block its own', () => {
    expect(
      reasoningOf([
        ['reasoning', 'a'],
        ['reasoning_signature', { signature: 's1' }],
        ['reasoning', 'b'],
        ['reasoning', 'c'],
      ]),
    ).toEqual({
      reasoning: 'abc',
      blocks: [
        { type: 'reasoning', text: 'a', signature: 's1' },
        { type: 'reasoning', text: 'bc' },
      ],
    });
    expect(
      reasoningOf([
        ['reasoning', 'a'],
        ['reasoning_signature', { signature: 's1' }],
        ['redacted_reasoning', { data: 'r' }],
        ['reasoning', 'b'],
        ['reasoning_signature', { signature: 's2' }],
      ]),
    ).toEqual({
      reasoning: 'ab',
      blocks: [
        { type: 'reasoning', text: 'a', signature: 's1' },
        { type: 'redacted_reasoning', data: 'r' },
        { type: 'reasoning', text: 'b', signature: 's2' },
      ],
    });
  });

  it('a redacted part closes the open reasoning as an unsigned block', () => {
    expect(
      reasoningOf([
        ['reasoning', 'a'],
        ['redacted_reasoning', { data: 'r' }],
      ]),
    ).toEqual({
      reasoning: 'a',
      blocks: [
        { type: 'reasoning', text: 'a' },
        { type: 'redacted_reasoning', data: 'r' },
      ],
    });
  });
});
