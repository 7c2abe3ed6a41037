import { describe, expect, it } from 'vitest';
import { opensUtf8Sequence } from './utf8SequenceStart';

/** Bytes checked by hand: windows-1252 decodes C3 as Ã, A9 as ©, 92 as ’, B0 as °, E2 as â, 80 as €. */
describe('opensUtf8Sequence: can the bytes behind a text decoded as windows-1252 open a UTF-8 sequence here', () => {
  it('is true for a lead byte followed by a continuation byte', () => {
    // "é" sent as UTF-8 C3 A9, decoded as windows-1252.
    expect(opensUtf8Sequence('caf\u00c3\u00a9', 3)).toBe(true);
    // "€" sent as E2 82 AC: E2 then 82, which windows-1252 makes ‚ (U+201A).
    expect(opensUtf8Sequence('\u00e2\u201a\u00ac', 0)).toBe(true);
    // "Ā" sent as C4 80: 0x80 decodes as € (U+20AC).
    expect(opensUtf8Sequence('\u00c4\u20ac', 0)).toBe(true);
  });

  it('is false for a continuation byte with no lead before it', () => {
    expect(opensUtf8Sequence('20°C', 2)).toBe(false);
    expect(opensUtf8Sequence('it’s', 2)).toBe(false);
    expect(opensUtf8Sequence('a — b', 2)).toBe(false);
  });

  it('is false for a lead byte without its continuation, or at the end of the text', () => {
    expect(opensUtf8Sequence('café au lait', 3)).toBe(false);
    expect(opensUtf8Sequence('Ã(', 0)).toBe(false);
    expect(opensUtf8Sequence('café', 3)).toBe(false);
  });

  it('is false for bytes C0, C1 and F5-FF, which never start UTF-8', () => {
    expect(opensUtf8Sequence('\u00c0\u00a9', 0)).toBe(false);
    expect(opensUtf8Sequence('\u00c1\u00a9', 0)).toBe(false);
    expect(opensUtf8Sequence('\u00f5\u00a9', 0)).toBe(false);
  });

  it('is false for characters windows-1252 decoding never makes', () => {
    expect(opensUtf8Sequence('Привет', 0)).toBe(false);
    expect(opensUtf8Sequence('\u00c3\u0416', 0)).toBe(false);
  });
});
