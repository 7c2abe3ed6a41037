import { describe, expect, it } from 'vitest';
import { releaseLastMatchSubject } from './lastMatchSubject';

describe('releaseLastMatchSubject', () => {
  it('leaves the empty string as the subject of the last RegExp match, not the body matched before', () => {
    const body = `data: ${'x'.repeat(1000)}\n\n`;
    expect(/data: (x+)/.exec(body.slice(0, 20))?.[1]).toBe('x'.repeat(14));
    // The legacy static RegExp properties read V8's last-match state.
    const legacy = RegExp as unknown as { readonly input: string; readonly lastMatch: string };
    expect(legacy.input).toBe(body.slice(0, 20));
    releaseLastMatchSubject();
    expect(legacy.input).toBe('');
    expect(legacy.lastMatch).toBe('');
  });
});
