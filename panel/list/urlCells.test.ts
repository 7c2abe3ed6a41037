import { describe, expect, it } from 'vitest';
import { urlCellsOf } from './urlCells';

describe('urlCellsOf', () => {
  it('gives the provider and the path with key-like query values masked, the same for the same URL', () => {
    const url =
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIzaSyA1234567890abcdefghijklmnopqrstu';
    const first = urlCellsOf(url);
    expect(first.provider).toBe('Gemini');
    expect(first.urlPath.startsWith('/v1beta/models/gemini-2.0-flash:generateContent?key=')).toBe(true);
    expect(first.urlPath).not.toContain('AIzaSyA1234567890abcdefghijklmnopqrstu');
    expect(first.maskedUrl.startsWith('https://generativelanguage.googleapis.com/v1beta/')).toBe(true);
    expect(first.maskedUrl.endsWith(first.urlPath)).toBe(true);
    expect(urlCellsOf(url)).toEqual(first);
  });

  it('answers every URL right after more distinct URLs than it remembers', () => {
    for (let index = 0; index < 600; index += 1) urlCellsOf(`https://api.groq.com/openai/v1/chat/completions?n=${index}`);
    expect(urlCellsOf('https://api.groq.com/openai/v1/chat/completions?n=3')).toEqual({
      provider: 'Groq',
      urlPath: '/openai/v1/chat/completions?n=3',
      maskedUrl: 'https://api.groq.com/openai/v1/chat/completions?n=3',
    });
    expect(urlCellsOf('http://localhost:11434/api/chat')).toEqual({
      provider: 'Ollama',
      urlPath: '/api/chat',
      maskedUrl: 'http://localhost:11434/api/chat',
    });
  });
});
