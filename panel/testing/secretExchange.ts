import type { CapturedExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';

/**
 * A chat exchange carrying every kind of credential the panel must keep to itself: a bearer key,
 * an Azure-style api-key header, a session cookie, a Gemini-style `?key=` in the URL, an `api_key`
 * in the JSON request body (some gateways want it there), and a Set-Cookie back. SECRET_FRAGMENTS
 * are pieces of them that must never leave the panel unasked (each longer than what a mask keeps).
 */
export const SENT_SECRET_FRAGMENTS = [
  'abcdefghijklmnop', // from sk-proj-abcdefghijklmnop1234
  '0123456789abcdef01234567', // from the api-key header
  's3cr3tCookieValue', // from the cookie
  'SyA1b2C3d4E5f6G7h8I9j0Kl', // from ?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv
  'b0dyKey9876543210zyxw', // from the body's "api_key": "sk-b0dyKey9876543210zyxwBODY"
] as const;

export const SECRET_FRAGMENTS = [
  ...SENT_SECRET_FRAGMENTS,
  'srvSessionToken', // from the response's set-cookie
] as const;

/** The body's key, as sent: `"api_key": "sk-b0dyKey9876543210zyxwBODY"` (masked `sk-…BODY`). */
export const BODY_API_KEY = 'sk-b0dyKey9876543210zyxwBODY';

export function secretExchange(input: { readonly id: string; readonly body: string | null; readonly stream?: boolean }): CapturedExchange {
  const base = chatExchange({
    ...input,
    url: 'https://gateway.example.test/v1/chat/completions?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv&api-version=2024-10-21',
  });
  return {
    ...base,
    requestHeaders: [
      { name: 'Authorization', value: 'Bearer sk-proj-abcdefghijklmnop1234' },
      { name: 'api-key', value: '0123456789abcdef0123456789abcdef' },
      { name: 'Cookie', value: 'session=s3cr3tCookieValue9876; theme=dark' },
      ...base.requestHeaders,
    ],
    requestBody: JSON.stringify({
      model: 'gpt-4o-2024-08-06',
      api_key: BODY_API_KEY,
      messages: [{ role: 'user', content: "What's the weather like in San Francisco?" }],
      ...(input.stream === true ? { stream: true } : {}),
    }),
    responseHeaders: [...base.responseHeaders, { name: 'set-cookie', value: 'srv=srvSessionToken000WXYZ; Path=/; HttpOnly' }],
  };
}
