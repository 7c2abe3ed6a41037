import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePath, readFixture } from '../testing/fixtureFiles';

/**
 * The real command, run as a user runs it: `node cli/bin.mjs ...` in a child process, from a
 * directory outside the project. Expected values are read by hand from the fixture files.
 */
const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));

const CHAT_URL = 'https://api.openai.com/v1/chat/completions';

type Run = { readonly status: number | null; readonly stdout: string; readonly stderr: string };

let workDir = '';

function llmInspect(args: readonly string[], input?: string): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: workDir, input, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function chatEntry(request: object, response: { status: number; mimeType: string; text: string; encoding?: string }): object {
  return {
    startedDateTime: '2024-09-26T10:22:22.123Z',
    time: 812.5,
    request: {
      method: 'POST',
      url: CHAT_URL,
      httpVersion: 'http/2.0',
      cookies: [],
      queryString: [],
      headersSize: -1,
      bodySize: -1,
      headers: [{ name: 'content-type', value: 'application/json' }],
      postData: { mimeType: 'application/json', text: JSON.stringify(request) },
    },
    response: {
      status: response.status,
      statusText: '',
      httpVersion: 'http/2.0',
      cookies: [],
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      headers: [{ name: 'content-type', value: response.mimeType }],
      content: {
        size: response.text.length,
        mimeType: response.mimeType,
        text: response.text,
        ...(response.encoding === undefined ? {} : { encoding: response.encoding }),
      },
    },
    cache: {},
    timings: { blocked: 1, dns: -1, connect: -1, ssl: -1, send: 0.5, wait: 800, receive: 11 },
  };
}

/** A page load the CLI must skip: not chat-completion traffic. */
const pageEntry = {
  startedDateTime: '2024-09-26T10:22:21.000Z',
  time: 20,
  request: {
    method: 'GET',
    url: 'https://example.com/index.html',
    httpVersion: 'http/2.0',
    headers: [],
    cookies: [],
    queryString: [],
    headersSize: -1,
    bodySize: 0,
  },
  response: {
    status: 200,
    statusText: 'OK',
    httpVersion: 'http/2.0',
    headers: [{ name: 'content-type', value: 'text/html' }],
    cookies: [],
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
    content: { size: 27, mimeType: 'text/html', text: '<!doctype html><p>hello</p>' },
  },
  cache: {},
  timings: { send: 0, wait: 15, receive: 5 },
};

function writeHar(name: string, entries: readonly object[]): string {
  const path = join(workDir, name);
  writeFileSync(
    path,
    JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries } }),
  );
  return path;
}

let chatHar = '';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'llm-inspect-'));
  chatHar = writeHar('chat.har', [
    pageEntry,
    chatEntry(
      { model: 'gpt-4o-2024-08-06', messages: [{ role: 'user', content: "What's the weather like in SF?" }] },
      { status: 200, mimeType: 'application/json', text: readFixture('openai-chat-text-1.json') },
    ),
    // Chrome saves some bodies base64-encoded; this one must be decoded before SSE parsing.
    chatEntry(
      { model: 'gpt-4o-2024-08-06', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] },
      {
        status: 200,
        mimeType: 'text/event-stream',
        text: Buffer.from(readFixture('openai-stream-text-1.sse')).toString('base64'),
        encoding: 'base64',
      },
    ),
  ]);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('llm-inspect --json on a HAR', () => {
  it('prints one decoded exchange per chat completion, skipping the page load, and exits 0', () => {
    const run = llmInspect(['--json', chatHar]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output: unknown = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      exchanges: [
        {
          url: CHAT_URL,
          status: 200,
          kind: 'completion',
          conforms: true,
          issues: [],
          error: null,
          stream: null,
          // openai-chat-text-1.json: model, id and usage 14 + 37 = 51.
          completion: {
            id: 'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY',
            object: 'chat.completion',
            created: 1727346142,
            model: 'gpt-4o-2024-08-06',
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant' } }],
            usage: { prompt_tokens: 14, completion_tokens: 37, total_tokens: 51 },
          },
          request: { model: 'gpt-4o-2024-08-06', messages: 1 },
        },
        {
          url: CHAT_URL,
          status: 200,
          kind: 'stream',
          conforms: true,
          issues: [],
          error: null,
          // openai-stream-text-1.sse: ends with data: [DONE]; its usage-only final chunk says 14 + 30 = 44.
          stream: { done: true },
          completion: {
            id: 'chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL',
            model: 'gpt-4o-2024-08-06',
            usage: { prompt_tokens: 14, completion_tokens: 30, total_tokens: 44 },
          },
          request: { model: 'gpt-4o-2024-08-06', stream: true },
        },
      ],
    });
  });

  it('reassembles the base64 stream into the text the chunks carry', () => {
    const run = llmInspect(['--json', chatHar]);
    expect(run.stdout).toContain('"content": "I\'m unable to provide real-time weather updates. To get the current weather');
  });
});

describe('llm-inspect table output', () => {
  it('prints a row per exchange and a summary', () => {
    const run = llmInspect([chatHar]);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').map((line) => line.split(/ {2,}/));
    expect(rows[0]).toEqual(['#', 'URL', 'STATUS', 'FORMAT', 'KIND', 'MODEL', 'TOKENS in/out/total', 'CONFORMS', 'ISSUES']);
    expect(rows[1]).toEqual(['1', CHAT_URL, '200', 'openai-chat', 'completion', 'gpt-4o-2024-08-06', '14/37/51', 'yes', '0']);
    expect(rows[2]).toEqual(['2', CHAT_URL, '200', 'openai-chat', 'stream', 'gpt-4o-2024-08-06', '14/30/44', 'yes', '0']);
    expect(run.stdout).toContain('\n2 LLM exchanges: 2 conforming, 0 not conforming.\n');
  });

  it('reads a lone JSON body by its content and names the file in place of a URL', () => {
    const run = llmInspect([fixturePath('openai-chat-text-1.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]?.split(/ {2,}/)).toEqual([
      '1',
      fixturePath('openai-chat-text-1.json'),
      '-',
      'openai-chat',
      'completion',
      'gpt-4o-2024-08-06',
      '14/37/51',
      'yes',
      '0',
    ]);
  });

  it('reads an SSE body from standard input', () => {
    const run = llmInspect(['-'], readFixture('openai-stream-text-1.sse'));
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]?.split(/ {2,}/)).toEqual([
      '1',
      'standard input',
      '-',
      'openai-chat',
      'stream',
      'gpt-4o-2024-08-06',
      '14/30/44',
      'yes',
      '0',
    ]);
  });

  it('exits 1 and lists the issues when a body departs from the contract', () => {
    // tgi-chat-text-1.json: TGI 1.4 says object "text_completion", id "" and finish_reason "eos_token".
    const run = llmInspect([fixturePath('openai-chat-text-1.json'), fixturePath('tgi-chat-text-1.json')]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[2]?.split(/ {2,}/)).toEqual([
      '2',
      fixturePath('tgi-chat-text-1.json'),
      '-',
      'openai-chat',
      'completion',
      'teknium/OpenHermes-2.5-Mistral-7B',
      '27/88/115',
      'no',
      expect.stringMatching(/^[1-9]\d*$/),
    ]);
    expect(lines).toContain(`#2 ${fixturePath('tgi-chat-text-1.json')}`);
    const issueLines = lines.filter((line) => /^ {2}(error|warning) {2,}\S/.test(line));
    expect(issueLines).toContainEqual(expect.stringMatching(/^ {2}error {4}object: .*"chat\.completion".*"text_completion"/));
    // What was allowed, in words, not the codec's name (FinishReason).
    expect(issueLines).toContain(
      '  warning  choices[0].finish_reason: value the contract does not list (expected one of stop, length, tool_calls, content_filter, function_call; got string "eos_token")',
    );
    expect(run.stdout).toContain('2 LLM exchanges: 1 conforming, 1 not conforming.');
  });

  it('reports a body that is plainly not a chat completion once, and exits 1', () => {
    const run = llmInspect(['-'], '{"status":"queued"}');
    expect(run.status).toBe(1);
    const issueLines = run.stdout.split('\n').filter((line) => /^ {2}(error|warning) {2,}\S/.test(line));
    expect(issueLines).toEqual([
      '  error    not a chat completion (expected a chat completion: an object with id, object, created, model and choices; got an object with "status")',
    ]);
  });

  it('says so and exits 0 when a HAR holds no chat completion', () => {
    const run = llmInspect([writeHar('pages.har', [pageEntry])]);
    expect(run.stdout).toBe('No LLM exchanges found.\n');
    expect(run.status).toBe(0);
  });
});

describe('llm-inspect on HAR entries that need care', () => {
  const gatewayUrl = 'https://gw.example.com/llm/generate';
  const entryAt = (url: string, response: { status: number; mimeType: string; text: string; encoding?: string }): object => ({
    ...chatEntry({ model: 'o1-mini', messages: [{ role: 'system', content: 'be brief' }] }, response),
    request: { method: 'POST', url, headers: [], postData: { mimeType: 'application/json', text: '{"model":"o1-mini","messages":[]}' } },
  });

  it('checks an error reply on a gateway path only when --url-pattern names it', () => {
    // An error body has no chat shape, so only its URL can mark it as chat traffic.
    const har = writeHar('gateway.har', [
      entryAt(gatewayUrl, { status: 400, mimeType: 'application/json', text: readFixture('openai-error-400-1.json') }),
    ]);
    expect(llmInspect([har]).stdout).toBe('No LLM exchanges found.\n');
    const run = llmInspect(['--json', '--url-pattern', '/llm/generate$', har]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      exchanges: [
        {
          url: gatewayUrl,
          status: 400,
          kind: 'error',
          completion: null,
          request: { model: 'o1-mini' },
          // openai-error-400-1.json
          error: {
            message: "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
            type: 'invalid_request_error',
            code: 'unsupported_value',
          },
        },
      ],
    });
  });

  it('exits 1 and says why when a body is missing or is not valid base64', () => {
    const har = writeHar('bodiless.har', [
      {
        ...chatEntry({ model: 'gpt-4o' }, { status: 200, mimeType: 'text/event-stream', text: '' }),
        response: { status: 200, headers: [], content: { mimeType: 'text/event-stream', size: 0 } },
      },
      chatEntry({ model: 'gpt-4o' }, { status: 200, mimeType: 'text/event-stream', text: '%%% not base64 %%%', encoding: 'base64' }),
    ]);
    const run = llmInspect([har]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /\n#1 https:\/\/api\.openai\.com\/v1\/chat\/completions \(.*bodiless\.har, entry 1\)\n {2}error {4}.*no text for this response body/,
    );
    expect(run.stdout).toMatch(/\n#2 .*entry 2\)\n {2}error {4}.*not valid base64/);
    expect(run.stdout).toContain('2 LLM exchanges: 0 conforming, 2 not conforming.');
  });
});

describe('llm-inspect on inputs it cannot use', () => {
  it('exits 2 with one line naming a missing file, and still reports the other files', () => {
    const run = llmInspect(['--json', 'missing.har', fixturePath('openai-chat-text-1.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('llm-inspect: missing.har: cannot read: no such file\n');
    expect(JSON.parse(run.stdout)).toMatchObject({ exchanges: [{ kind: 'completion', completion: { model: 'gpt-4o-2024-08-06' } }] });
  });

  it('exits 2 for a file that is neither a HAR nor a body', () => {
    writeFileSync(join(workDir, 'notes.txt'), 'remember to record the HAR\n');
    const run = llmInspect(['notes.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('llm-inspect: notes.txt: neither a HAR nor a response body (JSON, SSE, NDJSON or an AI SDK data stream)\n');
  });

  it('exits 2 for a HAR whose entry has no URL, naming the entry', () => {
    const run = llmInspect([writeHar('broken.har', [{ request: { method: 'GET' } }])]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^llm-inspect: .*broken\.har: not a HAR file: log\.entries\[0\]\.request\.url: expected a string; got nothing \(field absent\)\n$/,
    );
  });

  it('exits 2 on a directory without a stack trace', () => {
    const run = llmInspect([workDir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`llm-inspect: ${workDir}: cannot read: it is a directory\n`);
  });

  it('exits 2 on an unknown option and points to --help', () => {
    const run = llmInspect(['--jsno', chatHar]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^llm-inspect: Unknown option '--jsno'.*\(see llm-inspect --help\)\n$/);
    expect(run.stdout).toBe('');
  });

  it('prints the usage with --help and exits 0', () => {
    const run = llmInspect(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: llm-inspect \[--json\] FILE\.\.\./);
    expect(run.stdout).toContain('2  a file could not be read');
  });
});
