import { describe, expect, it } from 'vitest';
import type { DecodedExchange, NormalizedCompletion } from '../decode/index';
import type { CheckedExchange } from './checkedExchange';
import { formatJson } from './jsonFormat';
import { formatTable } from './tableFormat';

function completion(model: string, usage: NormalizedCompletion['usage']): NormalizedCompletion {
  return { id: 'chatcmpl-1', object: 'chat.completion', created: 1727346142, model, choices: [], usage };
}

const openaiText: CheckedExchange = {
  origin: 'chat.har, entry 2',
  exchange: {
    url: 'https://api.openai.com/v1/chat/completions',
    status: 200,
    format: 'openai-chat',
    kind: 'completion',
    conforms: true,
    issues: [],
    completion: completion('gpt-4o-2024-08-06', { prompt_tokens: 14, completion_tokens: 37, total_tokens: 51 }),
    error: null,
    stream: null,
    request: { model: 'gpt-4o', messages: 1 },
  },
};

const tgiBody: CheckedExchange = {
  origin: 'tgi-chat-text-1.json',
  exchange: {
    url: null,
    status: null,
    format: 'openai-chat',
    kind: 'completion',
    conforms: false,
    issues: [
      {
        severity: 'error',
        path: 'object',
        message: 'wrong type or value',
        expected: '"chat.completion"',
        actual: 'string "text_completion"',
      },
      { severity: 'warning', path: 'choices[0].finish_reason', message: 'value the contract does not list', actual: 'string "eos_token"' },
    ],
    completion: completion('teknium/OpenHermes-2.5-Mistral-7B', { prompt_tokens: 27, completion_tokens: 88, total_tokens: 115 }),
    error: null,
    stream: null,
    request: null,
  },
};

const errorReply: DecodedExchange = {
  url: 'http://127.0.0.1:8787/v1/chat/completions',
  status: 400,
  format: 'openai-chat',
  kind: 'error',
  conforms: true,
  issues: [],
  completion: null,
  error: { message: 'Unsupported value', type: 'invalid_request_error', code: 'unsupported_value' },
  stream: null,
  request: { model: 'o1-mini' },
};

/** Cells of a table line: columns are at least two spaces apart, cells contain no double space. */
const cells = (line: string | undefined): string[] => (line ?? '').split(/ {2,}/);

describe('formatTable', () => {
  const lines = formatTable([openaiText, tgiBody]).split('\n');

  it('prints a header and one row per exchange with url, status, kind, model, tokens, conforms and issue count', () => {
    expect(cells(lines[0])).toEqual(['#', 'URL', 'STATUS', 'FORMAT', 'KIND', 'MODEL', 'TOKENS in/out/total', 'CONFORMS', 'ISSUES']);
    expect(cells(lines[1])).toEqual([
      '1',
      'https://api.openai.com/v1/chat/completions',
      '200',
      'openai-chat',
      'completion',
      'gpt-4o-2024-08-06',
      '14/37/51',
      'yes',
      '0',
    ]);
    // A lone body has no URL or status: the file name stands in for the URL.
    expect(cells(lines[2])).toEqual([
      '2',
      'tgi-chat-text-1.json',
      '-',
      'openai-chat',
      'completion',
      'teknium/OpenHermes-2.5-Mistral-7B',
      '27/88/115',
      'no',
      '2',
    ]);
  });

  it('lines the columns up', () => {
    const header = lines[0] ?? '';
    expect(lines[1]?.indexOf('200')).toBe(header.indexOf('STATUS'));
    expect(lines[2]?.indexOf('no')).toBe(header.indexOf('CONFORMS'));
    expect(lines[2]?.indexOf('27/88/115')).toBe(header.indexOf('TOKENS'));
  });

  it('then lists the issues of each exchange that has some, and a summary', () => {
    expect(lines.slice(3)).toEqual([
      '',
      '#2 tgi-chat-text-1.json',
      '  error    object: wrong type or value (expected "chat.completion"; got string "text_completion")',
      '  warning  choices[0].finish_reason: value the contract does not list (got string "eos_token")',
      '',
      '2 LLM exchanges: 1 conforming, 1 not conforming.',
      '',
    ]);
  });

  it('names the HAR entry beside the URL in an issue heading', () => {
    const flagged: CheckedExchange = {
      ...openaiText,
      exchange: { ...openaiText.exchange, conforms: false, issues: [{ severity: 'error', path: 'id', message: 'missing' }] },
    };
    expect(formatTable([flagged])).toContain(
      '\n#1 https://api.openai.com/v1/chat/completions (chat.har, entry 2)\n  error    id: missing\n',
    );
  });

  it('leaves out the path of an issue about the body as a whole', () => {
    const missing: CheckedExchange = {
      ...tgiBody,
      exchange: { ...tgiBody.exchange, issues: [{ severity: 'error', path: '', message: 'no response body to check' }] },
    };
    expect(formatTable([missing])).toContain('\n#1 tgi-chat-text-1.json\n  error    no response body to check\n');
  });

  it('shows the requested model for an error reply and "-" for counts that were not reported', () => {
    const partialUsage: CheckedExchange = {
      origin: 'x.sse',
      exchange: { ...openaiText.exchange, completion: completion('m', { prompt_tokens: 14, completion_tokens: null, total_tokens: null }) },
    };
    const table = formatTable([{ origin: 'e.har, entry 1', exchange: errorReply }, partialUsage]).split('\n');
    expect(cells(table[1])).toEqual([
      '1',
      'http://127.0.0.1:8787/v1/chat/completions',
      '400',
      'openai-chat',
      'error',
      'o1-mini',
      '-',
      'yes',
      '0',
    ]);
    expect(cells(table[2])[6]).toBe('14/-/-');
  });

  it('escapes terminal control sequences coming from the network', () => {
    const hostile: CheckedExchange = {
      origin: 'h.json',
      exchange: { ...tgiBody.exchange, issues: [{ severity: 'error', path: 'model', message: 'got "\u001b[31mred\nline"' }] },
    };
    const table = formatTable([hostile]);
    expect(table).toContain('  error    model: got "\\u001b[31mred\\nline"\n');
    expect(table).not.toContain('\u001b');
  });

  it('says so when there is nothing to show', () => {
    expect(formatTable([])).toBe('No LLM exchanges found.\n');
  });
});

describe('formatJson', () => {
  it('prints {"exchanges": [...]} with each exchange unchanged and nothing added', () => {
    const parsed: unknown = JSON.parse(formatJson([openaiText, { origin: 'e.har, entry 1', exchange: errorReply }]));
    expect(parsed).toEqual({ exchanges: [openaiText.exchange, errorReply] });
  });

  it('prints an empty list when no exchange was found', () => {
    expect(JSON.parse(formatJson([]))).toEqual({ exchanges: [] });
  });
});
