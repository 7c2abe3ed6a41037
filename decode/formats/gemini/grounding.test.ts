import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groundingAnnotations } from './grounding';

/**
 * Gemini's segment offsets are UTF-8 bytes; citations span code units of the answer. The expected
 * indexes come from TextEncoder's byte count of each code point, not from the code under test.
 */

interface Boundary {
  /** UTF-8 bytes before this code point boundary. */
  readonly bytes: number;
  /** UTF-16 code units before it. */
  readonly units: number;
}

/** Every code point boundary of `codePoints`' text, from the start to the end. */
const boundariesOf = (codePoints: readonly string[]): Boundary[] => {
  const encoder = new TextEncoder();
  const boundaries: Boundary[] = [{ bytes: 0, units: 0 }];
  let bytes = 0;
  let units = 0;
  for (const codePoint of codePoints) {
    bytes += encoder.encode(codePoint).length;
    units += codePoint.length;
    boundaries.push({ bytes, units });
  }
  return boundaries;
};

/**
 * The code unit index a byte offset names: the boundary it lands on, or the start of the character it
 * falls inside. Inside a 4-byte character (a surrogate pair) its last two bytes are counted to the
 * pair's second half (2 bytes per half, as the decoder documents). Past the end: the end.
 */
const expectedIndex = (boundaries: readonly Boundary[], byteOffset: number): number => {
  let index = 0;
  for (let at = 0; at < boundaries.length; at += 1) {
    const boundary = boundaries[at];
    if (boundary === undefined || boundary.bytes > byteOffset) break;
    index = boundary.units;
    const next = boundaries[at + 1];
    if (next !== undefined && next.units - boundary.units === 2 && byteOffset >= boundary.bytes + 2 && byteOffset < next.bytes) index += 1;
  }
  return index;
};

const grounding = (spans: readonly (readonly [number, number])[]) => ({
  groundingChunks: [{ web: { uri: 'https://example.com', title: 'Example' } }],
  groundingSupports: spans.map(([startIndex, endIndex]) => ({ segment: { startIndex, endIndex }, groundingChunkIndices: [0] })),
});

describe('grounding citations over the answer’s code units', () => {
  it('turn UTF-8 byte offsets, in any order, inside characters or past the end, into string indexes', () => {
    const codePoints = fc.array(fc.constantFrom('a', 'é', '°', '€', '中', '😀', '\n', '𝄞'), { maxLength: 40 });
    fc.assert(
      fc.property(codePoints, fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { minLength: 1, maxLength: 12 }), (points, spans) => {
        const text = points.join('');
        const boundaries = boundariesOf(points);
        const annotations = groundingAnnotations(grounding(spans), text);
        expect(annotations.map((annotation) => [annotation.start_index, annotation.end_index])).toEqual(
          spans.map(([start, end]) => [expectedIndex(boundaries, start), expectedIndex(boundaries, end)]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('cites the byte offsets as sent when there is no text to count in', () => {
    const annotations = groundingAnnotations(grounding([[9, 3]]), null);
    expect(annotations).toEqual([{ type: 'grounding', url: 'https://example.com', title: 'Example', start_index: 9, end_index: 3 }]);
  });

  it('slices “°C” and an emoji out of the answer by their byte spans', () => {
    // "It is 20°C 😀." : "20°C" is bytes 6–11 (° is 2 bytes), the emoji bytes 12–16 (4 bytes).
    const text = 'It is 20°C 😀.';
    const annotations = groundingAnnotations(
      grounding([
        [6, 11],
        [12, 16],
      ]),
      text,
    );
    const [degrees, emoji] = annotations.map((annotation) => text.slice(annotation.start_index ?? 0, annotation.end_index ?? 0));
    expect(degrees).toBe('20°C');
    expect(emoji).toBe('😀');
  });
});
