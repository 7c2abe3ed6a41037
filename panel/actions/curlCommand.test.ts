import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/exchange';
import { fixtureBody } from '../testing/fixtureBody';
import { SECRET_FRAGMENTS, secretExchange } from '../testing/secretExchange';
import { curlCommand } from './curlCommand';

/** The arguments a real POSIX shell passes to curl when the command is pasted. */
function argvOf(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  return execFileSync('sh', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

const REQUEST_BODY = `{"model":"gpt-4o-2024-08-06","messages":[{"role":"user","content":"What's the weather like in San Francisco?"}]}`;

describe('curlCommand', () => {
  const exchange = secretExchange({ id: 'curl-1', body: fixtureBody('openai-chat-text-1.json') });

  it('writes method, URL, headers and body with secrets masked', () => {
    expect(curlCommand(exchange, { includeSecrets: false })).toBe(
      [
        `curl 'https://gateway.example.test/v1/chat/completions?key=AIza%E2%80%A6StUv&api-version=2024-10-21'`,
        `  -H 'Authorization: Bearer sk-proj-…1234'`,
        `  -H 'api-key: …cdef'`,
        `  -H 'Cookie: session=…9876; theme=••••••••'`,
        `  -H 'content-type: application/json'`,
        `  --data-raw '{"model":"gpt-4o-2024-08-06","messages":[{"role":"user","content":"What'\\''s the weather like in San Francisco?"}]}'`,
      ].join(' \\\n'),
    );
  });

  it('survives a real shell: curl gets the body and headers exactly', () => {
    expect(argvOf(curlCommand(exchange, { includeSecrets: true }))).toEqual([
      'https://gateway.example.test/v1/chat/completions?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv&api-version=2024-10-21',
      '-H',
      'Authorization: Bearer sk-proj-abcdefghijklmnop1234',
      '-H',
      'api-key: 0123456789abcdef0123456789abcdef',
      '-H',
      'Cookie: session=s3cr3tCookieValue9876; theme=dark',
      '-H',
      'content-type: application/json',
      '--data-raw',
      REQUEST_BODY,
    ]);
  });

  it('holds no secret unless asked to', () => {
    const masked = curlCommand(exchange, { includeSecrets: false });
    for (const fragment of SECRET_FRAGMENTS.slice(0, 4)) expect(masked).not.toContain(fragment);
    const full = curlCommand(exchange, { includeSecrets: true });
    for (const fragment of SECRET_FRAGMENTS.slice(0, 4)) expect(full).toContain(fragment);
  });

  it('leaves out HTTP/2 pseudo-headers, content-length and accept-encoding, and names methods curl would not guess', () => {
    const get: CapturedExchange = {
      ...exchange,
      method: 'GET',
      url: 'https://api.openai.com/v1/chat/completions/chatcmpl-1',
      requestBody: null,
      requestHeaders: [
        { name: ':authority', value: 'api.openai.com' },
        { name: 'content-length', value: '0' },
        { name: 'accept', value: 'application/json' },
      ],
    };
    expect(curlCommand(get, { includeSecrets: false })).toBe(`curl https://api.openai.com/v1/chat/completions/chatcmpl-1 \\\n  -H 'accept: application/json'`);
    // The browser's Accept-Encoding (br, zstd) becomes --compressed: curl asks for what it can decode.
    const compressed = { ...get, requestHeaders: [...get.requestHeaders, { name: 'Accept-Encoding', value: 'gzip, deflate, br, zstd' }] };
    expect(argvOf(curlCommand(compressed, { includeSecrets: false }))).toEqual([
      'https://api.openai.com/v1/chat/completions/chatcmpl-1',
      '-H',
      'accept: application/json',
      '--compressed',
    ]);
    expect(argvOf(curlCommand({ ...get, method: 'DELETE' }, { includeSecrets: false }))).toEqual([
      'https://api.openai.com/v1/chat/completions/chatcmpl-1',
      '-X',
      'DELETE',
      '-H',
      'accept: application/json',
    ]);
  });
});
