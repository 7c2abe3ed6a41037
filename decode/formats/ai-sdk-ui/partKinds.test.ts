import { describe, expect, it } from 'vitest';
import { DataPart, UI_PART_CODECS } from './codecs';
import { PartKinds } from './partKinds';

describe('PartKinds', () => {
  it('gives each type its own codec and plain fields, whatever type was asked before', () => {
    const kinds = new PartKinds();
    // Runs of one type, then other types, then back: the answer never depends on the one before.
    const asked = ['reasoning-delta', 'reasoning-delta', 'text-delta', 'start', 'start', 'data-weather', 'reasoning-delta'];
    for (const type of asked) {
      // A fresh string each time, as JSON.parse gives.
      const kind = kinds.of(JSON.parse(JSON.stringify(type)) as string);
      expect(kind?.codec).toBe(type.startsWith('data-') ? DataPart : UI_PART_CODECS.get(type));
    }
    expect(kinds.of('text-delta')?.plainFields).toEqual(['id', 'delta']);
    expect(kinds.of('reasoning-start')?.plainFields).toEqual(['id']);
    // `start` has no string fields of its own: it is always walked.
    expect(kinds.of('start')?.plainFields).toBeUndefined();
    expect(kinds.of('data-weather')?.plainFields).toBeUndefined();
  });

  it('knows no type the AI SDK does not define, asked once or twice in a row', () => {
    const kinds = new PartKinds();
    expect(kinds.of('price')).toBeUndefined();
    expect(kinds.of('price')).toBeUndefined();
    expect(kinds.of('text-delta')).toBeDefined();
    expect(kinds.of('response.output_text.delta')).toBeUndefined();
  });
});
