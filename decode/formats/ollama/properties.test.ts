import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { DecodedExchange } from '../../model';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { firstLine, ndjsonLines } from './ndjson';

/** The NDJSON framing (ndjson.ts) and the decoding behind it, under properties rather than examples. */

const OLLAMA_CHAT = 'http://localhost:11434/api/chat';

const decodeAtOllama = (body: string, status = 200): DecodedExchange | null =>
  decodeExchange(bareChatExchange({ url: OLLAMA_CHAT, status, mimeType: 'application/x-ndjson', body }));

const RECORDED = formatFixtureNames('ollama').map((name) => readFormatFixture('ollama', name));
const STREAMS = formatFixtureNames('ollama')
  .filter((name) => name.endsWith('.ndjson'))
  .map((name) => readFormatFixture('ollama', name));

const linesOf = (body: string): string[] => body.split('\n').filter((line) => line.trim() !== '');

/** What a user reads of a decoded stream, leaving out nothing that framing could change. */
const seen = (decoded: DecodedExchange | null) => ({
  format: decoded?.format,
  kind: decoded?.kind,
  issues: decoded?.issues,
  completion: decoded?.completion,
  error: decoded?.error,
  stream: decoded?.stream,
  extensions: decoded?.extensions,
});

describe('NDJSON framing changes nothing', () => {
  it('LF or CRLF line ends, a trailing line end or none, blank lines between: the same decoding', () => {
    const framing = fc.record({
      crlf: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      trailing: fc.constantFrom('', '\n', '\r\n', '\n\n'),
      blanks: fc.array(fc.constantFrom('', '\n', '\r\n', '\n  \n'), { minLength: 8, maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS), framing, (body, { crlf, trailing, blanks }) => {
        const lines = linesOf(body);
        const reframed = lines.map((line, index) => `${line}${crlf[index] === true ? '\r\n' : '\n'}${blanks[index] ?? ''}`).join('');
        expect(seen(decodeAtOllama(`${reframed.replace(/\r?\n$/, '')}${trailing}`))).toEqual(seen(decodeAtOllama(body)));
      }),
      { numRuns: 300 },
    );
  });

  it('the lines are those of the body split at LF, without a CR at their end, the blank ones (by trim) left out', () => {
    // The framing's definition, spelled the plain way; ndjson.ts reads the same lines in one pass.
    const byDefinition = (body: string): string[] =>
      body
        .replace(/^\uFEFF/, '')
        .split('\n')
        .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
        .filter((line) => line.trim() !== '');
    // Every kind of character that framing looks at: line ends, ASCII and Unicode spaces, a BOM, text.
    const body = fc.string({
      unit: fc.constantFrom('\n', '\r', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '\u0000', '{', '}', 'a', 'é'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(body, (text) => {
        const expected = byDefinition(text);
        expect(ndjsonLines(text)).toEqual(expected);
        expect(firstLine(text)).toBe(expected[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('the joined text and reasoning are the lines’ pieces in order, wherever the text is cut into lines', () => {
    const pieces = fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pieces, pieces, (texts, thoughts) => {
        const count = Math.max(texts.length, thoughts.length);
        const lines: string[] = [];
        for (let index = 0; index < count; index += 1) {
          const message: Record<string, string> = { role: 'assistant', content: texts[index] ?? '' };
          const thought = thoughts[index];
          if (thought !== undefined) message.thinking = thought;
          lines.push(JSON.stringify({ model: 'm', created_at: '2024-07-02T11:45:16Z', message, done: false }));
        }
        lines.push(
          JSON.stringify({ model: 'm', created_at: '2024-07-02T11:45:17Z', message: { role: 'assistant', content: '' }, done: true }),
        );
        const decoded = decodeAtOllama(lines.join('\n'));
        const message = decoded?.completion?.choices[0]?.message;
        expect(message?.content).toBe(texts.join(''));
        expect(message?.reasoning).toBe(thoughts.join('') === '' ? undefined : thoughts.join(''));
        expect(decoded?.stream).toMatchObject({ events: count + 1, done: true });
      }),
      { numRuns: 300 },
    );
  });
});

describe('decoding never throws and always gives a DecodedExchange', () => {
  const expectWhole = (decoded: DecodedExchange | null) => {
    expect(decoded).not.toBeNull();
    expect(DecodedExchange.is(decoded)).toBe(true);
    expect(decoded?.issues.some((issue) => issue.message.includes('decoder failed unexpectedly'))).toBe(false);
  };

  it('on arbitrary strings, at Ollama’s port and as a lone body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (body) => {
        expectWhole(decodeAtOllama(body));
        expectWhole(decodeAtOllama(`${body}\n${body}`));
        expect(DecodedExchange.is(decodeResponseBody(`${body}\n{"done":true}`))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on recorded bodies with a line replaced by any JSON, cut anywhere, or a byte dropped', () => {
    const mutation = fc.record({
      body: fc.constantFrom(...RECORDED),
      replacement: fc.jsonValue({ maxDepth: 4 }),
      at: fc.nat(),
      cut: fc.nat(),
      drop: fc.nat(),
      status: fc.constantFrom(200, 404, 500),
    });
    fc.assert(
      fc.property(mutation, ({ body, replacement, at, cut, drop, status }) => {
        const lines = body.split('\n');
        lines[at % lines.length] = JSON.stringify(replacement);
        expectWhole(decodeAtOllama(lines.join('\n'), status));
        expectWhole(decodeAtOllama(body.slice(0, cut % (body.length + 1)), status));
        const dropAt = drop % body.length;
        expectWhole(decodeAtOllama(body.slice(0, dropAt) + body.slice(dropAt + 1), status));
      }),
      { numRuns: 400 },
    );
  });

  it('on Ollama-shaped chaos: any value under each of its keys', () => {
    const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: false });
    const chaos = fc.record(
      {
        model: anyValue,
        created_at: anyValue,
        message: fc.oneof(
          fc.record({ role: anyValue, content: anyValue, thinking: anyValue, tool_calls: anyValue }, { requiredKeys: [] }),
          anyValue,
        ),
        response: anyValue,
        done: anyValue,
        done_reason: anyValue,
        prompt_eval_count: anyValue,
        eval_count: anyValue,
        error: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(chaos, { minLength: 1, maxLength: 4 }), (values) => {
        const lines = values.map((value) => {
          const text: unknown = JSON.stringify(value);
          return typeof text === 'string' ? text : 'null';
        });
        expectWhole(decodeAtOllama(lines.join('\n')));
      }),
      { numRuns: 400 },
    );
  });
});
