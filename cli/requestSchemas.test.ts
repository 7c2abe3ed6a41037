import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SchemaPair } from '../testing/requestSchemas/pairs';
import { schemaPairExchange, schemaPairNamed } from '../testing/requestSchemas/pairs';
import { main } from './main';

/** llm-inspect over HARs of the hand-written pairs that break the request's own schemas (issue 15). */

let workDir = '';

const pair = (name: string): SchemaPair => {
  const found = schemaPairNamed(name);
  if (found === undefined) throw new Error(`no pair ${name}`);
  return found;
};

/** The pair as a HAR entry, built from the same exchange the decode tests use. */
const harEntry = (schemaPair: SchemaPair): object => {
  const exchange = schemaPairExchange(schemaPair);
  return {
    startedDateTime: '2025-10-01T12:00:00.000Z',
    time: 300,
    request: {
      method: 'POST',
      url: exchange.url,
      httpVersion: 'http/2.0',
      cookies: [],
      queryString: [],
      headersSize: -1,
      bodySize: -1,
      headers: exchange.requestHeaders,
      postData: { mimeType: 'application/json', text: exchange.requestBody },
    },
    response: {
      status: 200,
      statusText: '',
      httpVersion: 'http/2.0',
      cookies: [],
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      headers: exchange.responseHeaders,
      content: { size: schemaPair.response.body.length, mimeType: schemaPair.response.mimeType, text: schemaPair.response.body },
    },
    cache: {},
    timings: { send: 0, wait: 290, receive: 10 },
  };
};

const writeHar = (file: string, names: readonly string[]): string => {
  const path = join(workDir, file);
  const log = { version: '1.2', creator: { name: 'test', version: '1' }, pages: [], entries: names.map((name) => harEntry(pair(name))) };
  writeFileSync(path, JSON.stringify({ log }));
  return path;
};

const run = async (argv: readonly string[]): Promise<{ status: number; out: string }> => {
  let out = '';
  const status = await main(argv, { out: (text) => (out += text), err: () => undefined });
  return { status, out };
};

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'llm-inspect-schemas-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('llm-inspect and the request schemas', () => {
  it('--json lists them in issues with their schema facts, and the run exits 1', async () => {
    const har = writeHar('enum.har', ['chat-wrong-enum']);
    const { status, out } = await run(['--json', har]);
    expect(status).toBe(1);
    const printed: unknown = JSON.parse(out);
    expect(printed).toMatchObject({
      exchanges: [
        {
          conforms: true,
          issues: [
            {
              severity: 'error',
              path: 'choices[0].message.tool_calls[0].function.arguments.unit',
              message: 'must be one of celsius, fahrenheit; got "C" (the tool is strict: the provider promised arguments that match)',
              schema: { target: { kind: 'tool_call', choice: 0, index: 0 }, at: ['unit'], keyword: 'enum' },
            },
          ],
        },
      ],
    });
  });

  it('the table says the exchange conforms but breaks the schemas', async () => {
    const { status, out } = await run([writeHar('required.har', ['anthropic-missing-required'])]);
    expect(status).toBe(1);
    expect(out).toContain('  error    choices[0].message.tool_calls[0].function.arguments: required field "unit" is missing\n');
    expect(out).toContain("1 LLM exchange: 1 conforming, 0 not conforming; 1 conforming but breaking the request's schemas.\n");
  });

  it('the table lists them under their own heading, as the panel groups them', async () => {
    const { status, out } = await run([writeHar('grouped.har', ['chat-wrong-type', 'chat-unknown-tool'])]);
    expect(status).toBe(1);
    // chat-wrong-type: days "three" where the schema wants an integer, and a country the schema does not allow.
    expect(out).toContain(
      [
        "  against the request's schemas:",
        '  error    choices[0].message.tool_calls[0].function.arguments.days: must be a whole number (integer); got a string',
        '  error    choices[0].message.tool_calls[0].function.arguments.country: field "country" is not allowed (additionalProperties is false)',
        '',
      ].join('\n'),
    );
    // The unknown tool's name is in the message once, not repeated as the value got.
    expect(out).toContain(
      '/grouped.har, entry 2)\n  against the request\'s schemas:\n  error    choices[0].message.tool_calls[0].function.name: the request offered no tool named "get_forecast"\n',
    );
    expect(out).toContain("2 LLM exchanges: 2 conforming, 0 not conforming; 2 conforming but breaking the request's schemas.\n");
  });

  it('--no-request-schemas in the table: no schema heading, and the run exits 0', async () => {
    const { status, out } = await run(['--no-request-schemas', writeHar('off-table.har', ['chat-wrong-enum'])]);
    expect(status).toBe(0);
    expect(out).not.toContain("against the request's schemas");
    expect(out).toContain('1 LLM exchange: 1 conforming, 0 not conforming.\n');
  });

  it('--no-request-schemas: no schema issue, and the run exits 0', async () => {
    const har = writeHar('off.har', ['chat-wrong-enum', 'gemini-output-missing-field']);
    const { status, out } = await run(['--json', '--no-request-schemas', har]);
    expect(status).toBe(0);
    const printed = JSON.parse(out) as { exchanges: { issues: { schema?: unknown }[] }[] };
    expect(printed.exchanges.flatMap((exchange) => exchange.issues.filter((issue) => issue.schema !== undefined))).toEqual([]);
  });

  it('a schema it cannot read is a warning: the run still exits 0', async () => {
    const { status, out } = await run([writeHar('unreadable.har', ['gemini-unreadable-schema'])]);
    expect(status).toBe(0);
    expect(out).toContain(
      '  warning  choices[0].message.tool_calls[0].function.arguments: the schema of tool "get_weather" could not be checked',
    );
    expect(out).toContain('1 LLM exchange: 1 conforming, 0 not conforming.\n');
  });
});
