import { describe, expect, it } from 'vitest';
import { printable } from './printableText';

describe('printable', () => {
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(printable('choices[0].message: héllo ✓ 🙂')).toBe('choices[0].message: héllo ✓ 🙂');
  });

  it('shows escape sequences and line breaks instead of obeying them', () => {
    expect(printable('a\u001b[2Jb\nc\td\r')).toBe('a\\u001b[2Jb\\nc\\td\\r');
  });

  it('shows bidirectional overrides (Trojan Source) and C1 controls', () => {
    expect(printable('x\u202Ey\u2066z\u0085')).toBe('x\\u202ey\\u2066z\\u0085');
  });
});
