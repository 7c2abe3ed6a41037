import { describe, expect, it } from 'vitest';
import { redactUrl, urlHasSecrets } from './redactUrl';

const GEMINI = 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIzaSyD-1234567890abcdefghijklmnopq&alt=sse';

describe('redactUrl', () => {
  it('masks key-like query parameters and leaves the others as written', () => {
    expect(redactUrl(GEMINI)).toBe('https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIza…nopq&alt=sse');
  });

  it('percent-encodes the mask for a URL that must stay a URL', () => {
    expect(redactUrl(GEMINI, 'url')).toBe(
      'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIza%E2%80%A6nopq&alt=sse',
    );
  });

  it('masks several parameters, whatever their case, and keeps the fragment', () => {
    expect(redactUrl('https://x.test/a?api-version=2024-10-21&API_KEY=abcdefghijklmnop1234&sig=xyz#frag')).toBe(
      'https://x.test/a?api-version=2024-10-21&API_KEY=…1234&sig=••••••••#frag',
    );
  });

  it('masks the password of user:password@', () => {
    expect(redactUrl('https://me:hunter2@proxy.test/v1/chat/completions')).toBe('https://me:••••••••@proxy.test/v1/chat/completions');
  });

  it('leaves a URL without secrets unchanged', () => {
    const url = 'https://api.openai.com/v1/chat/completions?stream=true&x=%zz';
    expect(redactUrl(url)).toBe(url);
    expect(urlHasSecrets(url)).toBe(false);
    expect(urlHasSecrets(GEMINI)).toBe(true);
  });
});
