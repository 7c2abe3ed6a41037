import { describe, expect, it } from 'vitest';
import { requestBodyPieces } from './requestBodyPieces';
import { maskedText, sentText } from './secretPieces';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded;charset=UTF-8';
const masked = (body: string, contentType: string | undefined = JSON_TYPE) => maskedText(requestBodyPieces(body, contentType));

describe('request body secrets', () => {
  it('masks secret-named string fields at any depth and keeps the rest of the text as sent', () => {
    const body = `{
  "model": "gpt-4o-mini",
  "api_key": "sk-proj-abcdefghijklmnop1234",
  "metadata": {"auth": {"accessToken": "tok_0123456789abcdefXYZW", "max_tokens": 5}},
  "seed": 12345678901234567890
}`;
    expect(masked(body)).toBe(`{
  "model": "gpt-4o-mini",
  "api_key": "sk-proj-…1234",
  "metadata": {"auth": {"accessToken": "…XYZW", "max_tokens": 5}},
  "seed": 12345678901234567890
}`);
  });

  it('never looks inside message text, even text that quotes a key', () => {
    const body = JSON.stringify({
      messages: [
        { role: 'user', content: 'my config is {"api_key": "sk-proj-abcdefghijklmnop1234"}, password: hunter2hunter2' },
        { role: 'user', content: [{ type: 'text', text: '"token": "abcdefghijklmnopqrst"' }] },
      ],
    });
    expect(masked(body)).toBe(body);
  });

  it('leaves near misses alone: max_tokens, keywords, token_count, tokenizer', () => {
    const body =
      '{"max_tokens":"100000000000000","keywords":"abcdefghijklmnop","token_count":"12345678901234","tokenizer":"cl100k_base_long_name"}';
    expect(masked(body)).toBe(body);
  });

  it('masks each string of an array under a secret name, and finds a key spelled with escapes', () => {
    expect(masked('{"token":["abcdefghijklmnop1111","abcdefghijklmnop2222"],"api\\u005fkey":"sk-abcdefghijklmnop3333"}')).toBe(
      '{"token":["…1111","…2222"],"api\\u005fkey":"sk-…3333"}',
    );
  });

  it('masks what a cut body kept of a key', () => {
    expect(masked('{"model":"m","api_key":"sk-proj-abcdefghijklmnop12')).toBe('{"model":"m","api_key":"sk-proj-…op12');
  });

  it('masks secret fields of a form-encoded body and keeps the others', () => {
    const body = 'grant_type=password&username=ada&password=correct%20horse%20battery&client_secret=cs_0123456789abcdefWXYZ&scope=';
    expect(masked(body, FORM_TYPE)).toBe('grant_type=password&username=ada&password=%E2%80%A6tery&client_secret=%E2%80%A6WXYZ&scope=');
    // The same text sent as JSON-looking-nothing is not a form without its Content-Type.
    expect(masked(body, 'text/plain')).toBe(body);
  });

  it('gives back the body as sent, byte for byte, when secrets are included', () => {
    for (const [body, type] of [
      ['{"api_key": "sk-\\"quoted\\"-abcdefghijklmnop", "x": [1, {"password": "p\\u00e4ss\\nword-long-enough"}]}', JSON_TYPE],
      ['api_key=a%2Bb%26c%3Dd-0123456789&x=1', FORM_TYPE],
      ['not json at all: "api_key": "sk-abcdefghijklmnop"', 'text/plain'],
      ['{"api_key":"', JSON_TYPE],
    ] as const) {
      expect(sentText(requestBodyPieces(body, type))).toBe(body);
    }
  });
});
