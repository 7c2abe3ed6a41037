import { describe, expect, it } from 'vitest';
import { urlPath } from './urlPath';

describe('urlPath', () => {
  it('keeps the path and the query, not the origin or the fragment', () => {
    expect(urlPath('https://api.openai.com/v1/chat/completions')).toBe('/v1/chat/completions');
    expect(urlPath('http://127.0.0.1:8787/v1/chat/completions?stream=true#top')).toBe('/v1/chat/completions?stream=true');
    expect(urlPath('https://user:pw@host.example/a%20b?q=%C3%A9')).toBe('/a%20b?q=%C3%A9');
  });

  it('gives / for an origin alone, and a query right after the host its /', () => {
    expect(urlPath('https://gateway.internal')).toBe('/');
    expect(urlPath('https://gateway.internal?key=1')).toBe('/?key=1');
  });

  it('shows a URL it cannot split whole', () => {
    expect(urlPath('data:text/plain,hi')).toBe('data:text/plain,hi');
  });
});
