import { describe, expect, it } from 'vitest';
import { decodeParsedBody } from '../../decodeBody';
import { parseResponseBody } from '../../responseBody';
import { gemini } from './index';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile and huge Gemini bodies. No timing is asserted (machines differ). Measured on the
 * development machine (2 shared CPUs; CPU time per decodeExchange with streamEvents false, against
 * JSON.parse of the same JSON): the 5 MB text part (5,243,068 chars) 5 ms against 4 ms; the
 * 50,000-event stream (9,950,022 chars) 146 ms against 67 ms; a whole 40,000-element JSON array
 * 143 ms against 80 ms; the same array cut short (11,719,996 chars, read by jsonArrayStream.ts
 * after JSON.parse refused it) 229 ms against 55 ms. Text is joined once at the end, so time grows
 * with the body, not its square.
 */

const URL_BASE = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash';
const MB = 1024 * 1024;

const exchange = (body: string, stream: boolean) =>
  bareChatExchange({
    url: `${URL_BASE}:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
    mimeType: stream ? 'text/event-stream' : 'application/json',
    body,
  });

const chunk = (text: string, finish?: string) =>
  JSON.stringify({
    candidates: [{ content: { parts: [{ text }], role: 'model' }, index: 0, ...(finish === undefined ? {} : { finishReason: finish }) }],
    usageMetadata: { promptTokenCount: 5, totalTokenCount: 5 },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'r1',
  });

describe('huge Gemini bodies decode whole', () => {
  it('a 5 MB text part in one generateContent body', { timeout: 60_000 }, () => {
    const text = 'é'.repeat(5 * MB);
    const decoded = decodeExchange(exchange(chunk(text, 'STOP'), false));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
  });

  it('a stream of 50,000 events, every fragment kept in order', { timeout: 60_000 }, () => {
    const events: string[] = [];
    for (let i = 0; i < 50_000; i++) events.push(`data: ${chunk(`${i % 10}`, i === 49_999 ? 'STOP' : undefined)}\r\n\r\n`);
    const decoded = decodeExchange(exchange(events.join(''), true));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.stream?.events).toBe(50_000);
    expect(decoded?.stream?.done).toBe(true);
    const content = decoded?.completion?.choices[0]?.message.content;
    expect(content).toHaveLength(50_000);
    expect(content?.slice(0, 12)).toBe('012345678901');
  });

  it('an 11 MB JSON-array stream cut short: every whole element read', { timeout: 60_000 }, () => {
    const elements: string[] = [];
    for (let i = 0; i < 40_000; i++) elements.push(chunk('x'.repeat(100)));
    const body = `[${elements.join('\r\n,\r\n')}\r\n,\r\n{"candidates": [{"content": {"parts": [{"text": "cut`;
    const decoded = decodeExchange(exchange(body, false));
    expect(decoded?.format).toBe('gemini');
    expect(decoded?.stream?.events).toBe(40_001);
    expect(decoded?.stream?.done).toBe(false);
    expect(decoded?.completion?.choices[0]?.message.content).toHaveLength(4_000_000);
  });
});

describe('hostile values do not crash', () => {
  it('bidi controls in the model and a function name are kept and warned about; in content, kept silently', () => {
    const body = JSON.stringify({
      candidates: [
        { content: { parts: [{ text: 'abc\u202edef' }, { functionCall: { name: 'get\u202eweather', args: {} } }] }, finishReason: 'STOP' },
      ],
      modelVersion: 'gemini\u202e-2.5',
    });
    const decoded = decodeExchange(exchange(body, false));
    expect(decoded?.completion?.model).toBe('gemini\u202e-2.5');
    expect(decoded?.completion?.choices[0]?.message.content).toBe('abc\u202edef');
    const warned = decoded?.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
    expect(warned).toEqual(['model', 'choices[0].message.tool_calls[0].function.name']);
  });

  it('token counts beyond 2^53 keep their digits and are warned about', () => {
    const body = `{"candidates": [{"content": {"parts": [{"text": "hi"}]}, "finishReason": "STOP"}], "usageMetadata": {"promptTokenCount": 123456789012345678901, "totalTokenCount": 3}}`;
    const decoded = decodeExchange(exchange(body, false));
    expect(decoded?.preciseNumbers).toEqual([{ path: 'usageMetadata.promptTokenCount', digits: '123456789012345678901' }]);
    expect(decoded?.issues.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'usageMetadata.promptTokenCount']]);
    expect(decoded?.completion?.usage?.total_tokens).toBe(3);
  });

  it('huge numbers in a stream event are placed at their event', () => {
    const body = `data: {"candidates": [{"content": {"parts": [{"text": "hi"}]}, "finishReason": "STOP", "index": 0}], "usageMetadata": {"candidatesTokenCount": 99999999999999999999}}\r\n\r\n`;
    const decoded = decodeExchange(exchange(body, true));
    expect(decoded?.preciseNumbers).toEqual([{ path: 'events[0].usageMetadata.candidatesTokenCount', digits: '99999999999999999999' }]);
    expect(decoded?.completion?.choices[0]?.message.content).toBe('hi');
  });

  it('huge numbers in an unknown field, in function args and in an error event are each placed at their event', () => {
    const first = `{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "args": {"n": 12345678901234567890}}}]}, "finishReason": "STOP", "index": 0}], "x_seed": 98765432109876543210}`;
    const error = `{"error": {"code": 11111111111111111111, "message": "m", "status": "INTERNAL"}}`;
    const decoded = decodeExchange(exchange(`data: ${first}\r\n\r\ndata: ${error}\r\n\r\n`, true));
    expect(decoded?.preciseNumbers).toEqual([
      { path: 'events[0].candidates[0].content.parts[0].functionCall.args.n', digits: '12345678901234567890' },
      { path: 'events[0].x_seed', digits: '98765432109876543210' },
      { path: 'events[1].error.code', digits: '11111111111111111111' },
    ]);
    expect(decoded?.extensions?.map((extension) => extension.path)).toEqual(['x_seed']);
    expect(decoded?.error?.message).toBe('m');
  });

  it('an event nested 129 levels deep inside its function args is refused; 128 levels are read', () => {
    // The event is level 1; candidates 2, the candidate 3, content 4, parts 5, the part 6, functionCall 7, args 8.
    const args = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    const event = (argsLevels: number, text: string, finish: string) =>
      `{"candidates": [{"content": {"parts": [{"text": "${text}"}, {"functionCall": {"name": "f", "args": ${args(argsLevels)}}}]}, "index": 0${finish}}]}`;
    const body = `data: ${event(121, 'read', '')}\r\n\r\ndata: ${event(122, 'refused', ', "finishReason": "STOP"')}\r\n\r\n`;
    const decoded = decodeExchange(exchange(body, true));
    expect(decoded?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['events[1]', 'event data is too deeply nested to decode'],
      ['events', 'the stream ended without finishReason (cut or truncated)'],
    ]);
    expect(decoded?.completion?.choices[0]?.message.content).toBe('read');
    expect(decoded?.completion?.choices[0]?.message.tool_calls).toHaveLength(1);
  });

  it('a generateContent body nested 129 levels deep is refused as text, as a lone body is; 128 levels are read', () => {
    // The body is level 1; candidates 2, the candidate 3, content 4, parts 5, the part 6, functionCall 7, args 8; an extension 2.
    const args = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    const inArgs = (levels: number) =>
      `{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "args": ${args(levels - 7)}}}]}, "finishReason": "STOP"}]}`;
    const inExtension = (levels: number) => `{"candidates": [], "x_deep": ${args(levels - 1)}}`;
    const inError = (levels: number) => `{"error": {"code": 400, "message": "m", "status": "INVALID_ARGUMENT", "x": ${args(levels - 2)}}}`;
    for (const at of [inArgs, inExtension, inError]) {
      const read = decodeExchange(exchange(at(128), false));
      const refused = decodeExchange(exchange(at(129), false));
      expect(read?.issues.map((issue) => issue.message)).not.toContain(
        'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown',
      );
      expect(refused?.completion).toBeNull();
      expect(refused?.issues.map((issue) => [issue.path, issue.message])).toEqual([
        ['', 'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown'],
      ]);
      // Issue for issue what the body decodes to when parseResponseBody has scanned it first.
      for (const body of [at(128), at(129)]) {
        const scannedFirst = decodeParsedBody(parseResponseBody(body), gemini, { url: `${URL_BASE}:generateContent`, status: 200 });
        expect(decodeExchange(exchange(body, false))?.issues).toEqual(scannedFirst.issues);
      }
    }
    expect(decodeExchange(exchange(inArgs(128), false))?.completion?.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('f');
  });

  it('a JSON-array stream nested 129 levels deep in an element is refused as text whole; 128 levels are read', () => {
    // The array is level 1; the element 2, candidates 3, the candidate 4, content 5, parts 6, the part 7, functionCall 8, args 9.
    const args = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    const plain = chunk('plain');
    const deep = (levels: number) =>
      `{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "args": ${args(levels - 8)}}}]}, "finishReason": "STOP"}]}`;
    const arrayOf = (levels: number) => `[${plain},\r\n${deep(levels)}]`;
    const read = decodeExchange(exchange(arrayOf(128), false));
    expect(read?.stream?.events).toBe(2);
    expect(read?.completion?.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('f');
    const refused = decodeExchange(exchange(arrayOf(129), false));
    expect(refused?.completion).toBeNull();
    expect(refused?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['', 'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown'],
    ]);
    // Issue for issue what the body decodes to when parseResponseBody has scanned it first; an array of plain elements too.
    for (const body of [arrayOf(128), arrayOf(129), `[${plain},\r\n${chunk('end', 'STOP')}]`]) {
      const url = `${URL_BASE}:streamGenerateContent`;
      const scannedFirst = decodeParsedBody(parseResponseBody(body), gemini, { url, status: 200 });
      const decoded = decodeExchange(bareChatExchange({ url, mimeType: 'application/json', body }));
      expect(decoded?.issues).toEqual(scannedFirst.issues);
      expect(decoded?.completion).toEqual(scannedFirst.completion);
      expect(decoded?.stream).toEqual(scannedFirst.stream);
    }
  });

  it('a 100,000-deep event is refused, not recursed into', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const decoded = decodeExchange(exchange(`data: ${chunk('a')}\r\n\r\ndata: ${deep}\r\n\r\n`, true));
    expect(decoded?.issues.map((issue) => [issue.path, issue.message])).toContainEqual([
      'events[1]',
      'event data is too deeply nested to decode',
    ]);
    expect(decoded?.completion?.choices[0]?.message.content).toBe('a');
  });
});
