import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { readFixture } from '../../testing/fixtureFiles';
import { SENT_SECRET_FRAGMENTS, secretExchange } from '../testing/secretExchange';
import { curlCommand } from './curlCommand';

/**
 * The arguments a real POSIX shell passes to curl when the command is pasted, with only the given
 * environment variables set (curl replaced by a function that prints its argv).
 */
function argvOf(command: string, env: Readonly<Record<string, string>> = {}): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  return execFileSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } })
    .split('\0')
    .slice(0, -1);
}

const OPENAI_KEY = 'sk-proj-abcdefghijklmnop1234';

/** An OpenAI request whose key is sent twice, as a bearer header and as `api_key` in the body. */
function openaiExchange(requestBody: string): CapturedExchange {
  return {
    ...secretExchange({ id: 'openai', body: readFixture('openai-chat-text-1.json') }),
    url: 'https://api.openai.com/v1/chat/completions',
    requestHeaders: [
      { name: 'authorization', value: `Bearer ${OPENAI_KEY}` },
      { name: 'content-type', value: 'application/json' },
    ],
    requestBody,
  };
}

/** What every hostile test body holds: quotes, `$`, backticks, `!`, a newline, `%` and backslashes. */
const HOSTILE_CONTENT = 'it\'s "quoted" $HOME `id` $(id) !! 50% off %PATH%\nline two C:\\temp\\';

describe('curlCommand for a POSIX shell', () => {
  const exchange = secretExchange({ id: 'curl-1', body: readFixture('openai-chat-text-1.json') });

  it('writes each secret as an environment variable reference: the provider key, else one named after the field', () => {
    // gateway.example.test is no known provider: API_KEY. The cookie is no API key: COOKIE.
    expect(curlCommand(exchange, { includeSecrets: false, shell: 'posix' })).toBe(
      [
        `curl "https://gateway.example.test/v1/chat/completions?key=$API_KEY&api-version=2024-10-21"`,
        `  -H "Authorization: Bearer $API_KEY"`,
        `  -H "api-key: $API_KEY"`,
        `  -H "Cookie: $COOKIE"`,
        `  -H 'content-type: application/json'`,
        `  --data-raw '{"model":"gpt-4o-2024-08-06","api_key":"'"$API_KEY"'","messages":[{"role":"user","content":"What'\\''s the weather like in San Francisco?"}]}'`,
      ].join(' \\\n'),
    );
  });

  it('runs: with OPENAI_API_KEY set, curl gets the request as sent, and nothing else in it expands', () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', api_key: OPENAI_KEY, messages: [{ role: 'user', content: HOSTILE_CONTENT }] });
    const command = curlCommand(openaiExchange(body), { includeSecrets: false, shell: 'posix' });
    expect(command).not.toContain('abcdefghijklmnop');
    expect(command).toContain(`-H "authorization: Bearer $OPENAI_API_KEY"`);
    expect(argvOf(command, { OPENAI_API_KEY: OPENAI_KEY, HOME: '/home/someone' })).toEqual([
      'https://api.openai.com/v1/chat/completions',
      '-H',
      `authorization: Bearer ${OPENAI_KEY}`,
      '-H',
      'content-type: application/json',
      '--data-raw',
      body,
    ]);
  });

  it('takes Gemini’s ?key= from GEMINI_API_KEY and Anthropic’s x-api-key from ANTHROPIC_API_KEY', () => {
    const gemini: CapturedExchange = {
      ...openaiExchange('{"model":"gemini-2.0-flash"}'),
      url: 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv&alt=sse',
      requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    };
    const geminiCommand = curlCommand(gemini, { includeSecrets: false, shell: 'posix' });
    expect(geminiCommand.split(' \\\n')[0]).toBe(
      'curl "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=$GEMINI_API_KEY&alt=sse"',
    );
    expect(argvOf(geminiCommand, { GEMINI_API_KEY: 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv' })[0]).toBe(gemini.url);

    const anthropic: CapturedExchange = {
      ...gemini,
      url: 'https://api.anthropic.com/v1/messages',
      requestHeaders: [{ name: 'x-api-key', value: 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz' }],
    };
    expect(curlCommand(anthropic, { includeSecrets: false, shell: 'posix' })).toContain(`-H "x-api-key: $ANTHROPIC_API_KEY"`);
  });

  it('with secrets included, is the request as sent, hostile values and all', () => {
    const body = JSON.stringify({ api_key: `${OPENAI_KEY}'"\`$x`, messages: [{ role: 'user', content: HOSTILE_CONTENT }] });
    const hostile: CapturedExchange = {
      ...openaiExchange(body),
      url: "https://api.openai.com/v1/chat/completions?q=it's&key=$HOME`id`",
      requestHeaders: [
        { name: 'authorization', value: `Bearer ${OPENAI_KEY}$(id)` },
        { name: 'x-note', value: 'say "hi" `id` $HOME \\ !!' },
      ],
    };
    const command = curlCommand(hostile, { includeSecrets: true, shell: 'posix' });
    expect(argvOf(command, { HOME: '/home/someone' })).toEqual([
      hostile.url,
      '-H',
      `authorization: Bearer ${OPENAI_KEY}$(id)`,
      '-H',
      'x-note: say "hi" `id` $HOME \\ !!',
      '--data-raw',
      body,
    ]);
  });

  it('holds no secret unless asked to', () => {
    const masked = curlCommand(exchange, { includeSecrets: false, shell: 'posix' });
    for (const fragment of SENT_SECRET_FRAGMENTS) expect(masked).not.toContain(fragment);
    const full = curlCommand(exchange, { includeSecrets: true, shell: 'posix' });
    for (const fragment of SENT_SECRET_FRAGMENTS) expect(full).toContain(fragment);
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
    expect(curlCommand(get, { includeSecrets: false, shell: 'posix' })).toBe(
      `curl https://api.openai.com/v1/chat/completions/chatcmpl-1 \\\n  -H 'accept: application/json'`,
    );
    // The browser's Accept-Encoding (br, zstd) becomes --compressed: curl asks for what it can decode.
    const compressed = { ...get, requestHeaders: [...get.requestHeaders, { name: 'Accept-Encoding', value: 'gzip, deflate, br, zstd' }] };
    expect(argvOf(curlCommand(compressed, { includeSecrets: false, shell: 'posix' }))).toEqual([
      'https://api.openai.com/v1/chat/completions/chatcmpl-1',
      '-H',
      'accept: application/json',
      '--compressed',
    ]);
    expect(argvOf(curlCommand({ ...get, method: 'DELETE' }, { includeSecrets: false, shell: 'posix' }))).toEqual([
      'https://api.openai.com/v1/chat/completions/chatcmpl-1',
      '-X',
      'DELETE',
      '-H',
      'accept: application/json',
    ]);
  });

  it('sends an empty header as `name;` and keeps curl from globbing a URL with brackets', () => {
    const odd: CapturedExchange = {
      ...openaiExchange('{}'),
      url: 'https://x.test/v1/chat/completions?ids[]=1',
      requestHeaders: [{ name: 'x-empty', value: '' }],
    };
    expect(argvOf(curlCommand(odd, { includeSecrets: false, shell: 'posix' }))).toEqual([
      'https://x.test/v1/chat/completions?ids[]=1',
      '--globoff',
      '-H',
      'x-empty;',
      '--data-raw',
      '{}',
    ]);
  });
});

describe('curlCommand for Windows cmd.exe', () => {
  it('quotes as Chrome’s Copy as cURL (cmd) does, with secrets as %VARIABLES%', () => {
    // The body as sent: {"api_key":"sk-proj-…","content":"say \"hi\" at 50% off %PATH% in C:\\temp"}
    const body = String.raw`{"api_key":"${OPENAI_KEY}","content":"say \"hi\" at 50% off %PATH% in C:\\temp"}`;
    // Worked out by hand from escapeStringWin: `"` → `\"`, a backslash before a quote doubled, then
    // every character outside [a-zA-Z0-9\s_\-:=+~'/.,?;()*`] caret-escaped, then `%X` → `%^X`.
    expect(curlCommand(openaiExchange(body), { includeSecrets: false, shell: 'cmd' })).toBe(
      [
        'curl ^"https://api.openai.com/v1/chat/completions^"',
        '  -H ^"authorization: Bearer %OPENAI_API_KEY%^"',
        '  -H ^"content-type: application/json^"',
        String.raw`  --data-raw ^"^{^\^"api_key^\^":^\^"%OPENAI_API_KEY%^\^",^\^"content^\^":^\^"say ^\^\^\^"hi^\^\^\^" at 50^% off ^%^PATH^% in C:^\^\temp^\^"^}^"`,
      ].join(' ^\n'),
    );
  });

  it('with secrets included, writes them as sent, escaped like the rest', () => {
    const command = curlCommand(openaiExchange('{"api_key":"sk-a%b"}'), { includeSecrets: true, shell: 'cmd' });
    expect(command).toContain(`-H ^"authorization: Bearer ${OPENAI_KEY}^"`);
    expect(command).toContain(String.raw`--data-raw ^"^{^\^"api_key^\^":^\^"sk-a^%^b^\^"^}^"`);
  });
});
