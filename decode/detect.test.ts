import { describe, expect, it } from 'vitest';
import { isChatCompletionUrl } from './detect';

describe('isChatCompletionUrl', () => {
  it('judges each URL by its own path, also when asked about URLs in turn and again (the last path is remembered)', () => {
    const urls = [
      'https://api.openai.com/v1/chat/completions',
      'https://api.openai.com/v1/chat/completions',
      'https://api.openai.com/v1/embeddings',
      'https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21',
      'https://api.example.com/v1/chat/completions/x',
      'https://api.openai.com/v1/chat/completions',
      'not a url /chat/completions?q',
      '',
      'https://api.example.com/chat/completions#frag',
    ];
    expect(urls.map((url) => isChatCompletionUrl(url, 'POST'))).toEqual([true, true, false, true, false, true, true, false, true]);
    expect(isChatCompletionUrl('https://api.openai.com/v1/chat/completions', 'GET')).toBe(false);
    expect(isChatCompletionUrl('https://api.example.com/v1/generate', 'post', [/\/v1\/generate$/g])).toBe(true);
  });
});
