import { describe, expect, it } from 'vitest';
import { fixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import { decodeResponseBody } from '../../index';

describe('a lone Gemini error body (llm-inspect gemini-error.json, or piped in)', () => {
  it('is read as Gemini’s: its message, status and code, and it conforms', () => {
    // gemini-error-400-1.json: {error: {code: 400, message: "API key not valid. …", status: "INVALID_ARGUMENT", details: [...]}}
    const decoded = decodeResponseBody(readFormatFixture('gemini', 'gemini-error-400-1.json'), { mimeType: 'application/json' });
    expect(decoded.format).toBe('gemini');
    expect(decoded.error).toMatchObject({
      message: 'API key not valid. Please pass a valid API key.',
      type: 'INVALID_ARGUMENT',
      code: 400,
    });
    expect(decoded.conforms).toBe(true);
  });

  it('leaves every Chat Completions error body of the corpus to Chat Completions', () => {
    const errors = fixtureNames().filter((name) => name.includes('-error-') && name.endsWith('.json'));
    expect(errors.length).toBe(9);
    for (const name of errors)
      expect(decodeResponseBody(readFixture(name), { mimeType: 'application/json' }).format, name).toBe('openai-chat');
  });
});
