import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { decodeParsedBody } from '../../decodeBody';
import type { DecodedExchange } from '../../model';
import { parseResponseBody } from '../../responseBody';
import { bareChatExchange } from '../../../testing/exchanges';
import { ollama } from './index';

/**
 * Ollama's streams and bodies beyond the recorded corpus, each written here by hand after the
 * shapes of server/routes.go and api/types.go: /api/generate, a cut stream, an error line, a body
 * that departs from the contract.
 */

const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({ model: 'llama3.2', created_at: '2024-07-02T11:45:16.216898458Z', ...fields });

const chatLine = (content: string, more: Record<string, unknown> = {}): string =>
  line({ message: { role: 'assistant', content, ...more }, done: false });

const doneLine = (more: Record<string, unknown> = {}): string =>
  line({
    message: { role: 'assistant', content: '' },
    done: true,
    done_reason: 'stop',
    total_duration: 100,
    prompt_eval_count: 7,
    eval_count: 3,
    ...more,
  });

const decodeAt = (url: string, body: string, status = 200): DecodedExchange => {
  const decoded = decodeExchange(
    bareChatExchange({ url, status, body, mimeType: 'application/x-ndjson', requestBody: '{"model":"llama3.2","prompt":"Hi"}' }),
  );
  if (decoded === null) throw new Error('not listed');
  return decoded;
};

const decode = (body: string, status = 200): DecodedExchange => decodeAt('http://localhost:11434/api/chat', body, status);

/** Errors against Ollama's contract; those against the request's own schemas (issue 15) carry `schema` and are tested in requestSchemas/. */
const errorsAt = (decoded: DecodedExchange): string[] =>
  decoded.issues.filter((issue) => issue.severity === 'error' && issue.schema === undefined).map((issue) => issue.path);

describe('an /api/generate stream', () => {
  const body = [
    line({ response: 'The sky', done: false }),
    line({ response: ' is blue', thinking: 'Rayleigh.', done: false }),
    line({ response: '', done: true, done_reason: 'stop', context: [1, 2, 3], prompt_eval_count: 26, eval_count: 290, eval_duration: 5 }),
  ].join('\n');

  it('joins `response` as the text and `thinking` as the reasoning; names its lines response…done', () => {
    const decoded = decodeAt('http://localhost:11434/api/generate', body);
    expect(decoded.format).toBe('ollama');
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.choices[0]?.message).toEqual({ role: 'assistant', content: 'The sky is blue', reasoning: 'Rayleigh.' });
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('stop');
    expect(decoded.completion?.usage).toEqual({ prompt_tokens: 26, completion_tokens: 290, total_tokens: null });
    expect(decoded.stream?.eventList?.map((event) => event.event)).toEqual(['response', 'response', 'done']);
    expect(decoded.stream?.done).toBe(true);
  });

  it('keeps `context` and the durations as extensions, counted once each', () => {
    const decoded = decodeAt('http://localhost:11434/api/generate', body);
    expect(decoded.extensions).toEqual([
      { path: 'context', value: [1, 2, 3], occurrences: 1 },
      { path: 'eval_duration', value: 5, occurrences: 1 },
    ]);
  });
});

describe('a stream cut before its done line', () => {
  const cut = [
    chatLine('Hello'),
    chatLine(' wor'),
    '{"model":"llama3.2","created_at":"2024-07-02T11:45:16Z","message":{"role":"assis',
  ].join('\n');

  it('shows the text that arrived, is not done, and says which line is missing and which is broken', () => {
    const decoded = decode(cut);
    expect(decoded.kind).toBe('stream');
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hello wor');
    expect(decoded.completion?.choices[0]?.finish_reason).toBeNull();
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.stream?.events).toBe(3);
    expect(decoded.conforms).toBe(false);
    const missing = decoded.issues.find((issue) => issue.path === 'events');
    expect(missing?.message).toBe('the stream ended without a line with "done": true (cut or truncated)');
    const broken = decoded.issues.find((issue) => issue.path === 'events[2]');
    expect(broken?.message).toBe('event data is not JSON (malformed or cut)');
    // The engine's own words for the cut line, as JSON.parse gives them.
    let engineMessage = '';
    try {
      JSON.parse(cut.split('\n')[2] ?? '');
    } catch (error) {
      engineMessage = error instanceof Error ? error.message : '';
    }
    expect(engineMessage).not.toBe('');
    expect(broken?.actual).toBe(engineMessage);
    // No usage line came: nothing is reported, not zeros.
    expect(decoded.completion?.usage).toBeNull();
  });

  it('a stream cut after its first line (one JSON object saying done: false) is a stream that is not done', () => {
    const decoded = decode(`${chatLine('Hel')}\n`);
    expect(decoded.kind).toBe('stream');
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.stream?.eventList?.map((event) => event.event)).toEqual(['message']);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hel');
    expect(errorsAt(decoded)).toEqual(['events']);
  });
});

describe('an error', () => {
  it("in the stream (routes.go's last line): the error with its message, not done, what came before kept", () => {
    const decoded = decode(
      [chatLine('Par'), chatLine('tial'), '{"error":"an error was encountered while running the model: unexpected EOF"}'].join('\n'),
    );
    expect(decoded.error).toEqual({ message: 'an error was encountered while running the model: unexpected EOF' });
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.stream?.eventList?.map((event) => event.event)).toEqual(['message', 'message', 'error']);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Partial');
    const reported = decoded.issues.find((issue) => issue.path === 'events[2]');
    expect(reported?.severity).toBe('error');
    expect(reported?.message).toBe('the stream reported an error: an error was encountered while running the model: unexpected EOF');
    // The error says why it ended: no second issue for the missing done line.
    expect(decoded.issues.some((issue) => issue.path === 'events')).toBe(false);
  });

  it('an error line before the done line: the stream is not done, though a done line came', () => {
    const decoded = decode([chatLine('a'), '{"error":"model runner stopped"}', doneLine()].join('\n'));
    expect(decoded.error).toEqual({ message: 'model runner stopped' });
    expect(decoded.stream?.done).toBe(false);
  });

  it('as the whole body of a 400: kind error, its message, no completion', () => {
    const decoded = decode('{"error":"invalid options: tool_choice"}', 400);
    expect(decoded.kind).toBe('error');
    expect(decoded.error).toEqual({ message: 'invalid options: tool_choice' });
    expect(decoded.completion).toBeNull();
    expect(decoded.conforms).toBe(true);
  });

  it('an error object where Ollama sends a string is read, and named as not its contract', () => {
    const decoded = decode('{"error":{"message":"upstream down","type":"proxy_error"}}', 502);
    expect(decoded.error).toEqual({ message: 'upstream down', type: 'proxy_error' });
    expect(decoded.issues.find((issue) => issue.path === 'error')?.severity).toBe('error');
  });
});

describe('what departs from the contract', () => {
  it('a missing required field is an error at its path in the line; an unknown field is an extension', () => {
    const noCreatedAt = JSON.stringify({ model: 'm', message: { role: 'assistant', content: 'a' }, done: false, remote_host: 'x' });
    const decoded = decode([noCreatedAt, doneLine()].join('\n'));
    expect(errorsAt(decoded)).toEqual(['events[0].created_at']);
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['remote_host', 'total_duration']);
    expect(decoded.completion?.choices[0]?.message.content).toBe('a');
  });

  it('a count that is not a whole number is an error, and the text still shows', () => {
    const decoded = decode(
      JSON.stringify({ model: 'm', created_at: '2024-07-02T11:45:16Z', response: 'x', done: true, eval_count: 'many' }),
    );
    expect(errorsAt(decoded)).toEqual(['eval_count']);
    expect(decoded.completion?.usage).toBeNull();
    expect(decoded.completion?.choices[0]?.message.content).toBe('x');
  });

  it('a tool call sent without arguments has "{}" as its arguments, and the missing field is named', () => {
    const decoded = decode([chatLine('', { tool_calls: [{ function: { name: 'now' } }] }), doneLine()].join('\n'));
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function).toEqual({ name: 'now', arguments: '{}' });
    expect(errorsAt(decoded)).toEqual(['events[0].message.tool_calls[0].function.arguments']);
  });

  it('the last value a line reports wins: done_reason and each count on its own', () => {
    const early = line({
      message: { role: 'assistant', content: 'a' },
      done: false,
      done_reason: 'load',
      prompt_eval_count: 1,
      eval_count: 1,
    });
    const decoded = decode([early, doneLine({ done_reason: 'length', prompt_eval_count: undefined, eval_count: 9 })].join('\n'));
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('length');
    // The done line leaves prompt_eval_count out (JSON.stringify drops undefined): the earlier 1 stands.
    expect(decoded.completion?.usage).toEqual({ prompt_tokens: 1, completion_tokens: 9, total_tokens: null });
  });

  it('lines after the done line are a warning', () => {
    const decoded = decode([chatLine('a'), doneLine(), chatLine('b')].join('\n'));
    expect(decoded.issues).toEqual([{ severity: 'warning', path: 'events', message: '1 event(s) after the end of the stream' }]);
  });

  it('an unparseable created_at gives created null, not a guess', () => {
    const decoded = decode(line({ created_at: '2024', response: 'x', done: true }));
    expect(decoded.completion?.created).toBeNull();
  });

  it('a tool call with its id and index (Ollama 0.12+) and one without arguments', () => {
    const calls = [
      { id: 'call_1', function: { index: 0, name: 'get_weather', arguments: { city: 'Paris' } } },
      { function: { index: 1, name: 'now', arguments: {} } },
    ];
    const decoded = decode([chatLine('', { tool_calls: calls }), doneLine()].join('\n'));
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      { id: '', type: 'function', function: { name: 'now', arguments: '{}' } },
    ]);
  });
});

describe('bodies that are no Ollama stream at its port', () => {
  it('an HTML page from a proxy is unreadable text with its title as the error', () => {
    const decoded = decode('<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>', 502);
    expect(decoded.format).toBe('ollama');
    expect(decoded.error?.message).toBe('502 Bad Gateway');
    expect(decoded.completion).toBeNull();
  });

  it('lines after a first line that is not JSON are no stream: the text is one unreadable body', () => {
    const decoded = decode(['{"model":"llama3.2","created_at":', chatLine('a'), doneLine()].join('\n'));
    expect(decoded.stream).toBeNull();
    expect(decoded.completion).toBeNull();
    expect(decoded.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['', 'the body is not valid JSON: cut short or malformed'],
    ]);
  });

  it('lines after a first line nested more than 128 levels are no stream either', () => {
    const deep = `${'['.repeat(129)}${']'.repeat(129)}`;
    const decoded = decode([deep, chatLine('a'), doneLine()].join('\n'));
    expect(decoded.stream).toBeNull();
    expect(decoded.completion).toBeNull();
    expect(decoded.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['', 'the body is not valid JSON: cut short or malformed'],
    ]);
  });

  it('a first line nested exactly 128 levels is still a line of the stream, named as no object', () => {
    const deep = `${'['.repeat(128)}${']'.repeat(128)}`;
    const decoded = decode([deep, chatLine('a'), doneLine()].join('\n'));
    expect(decoded.stream?.events).toBe(3);
    expect(decoded.completion?.choices[0]?.message.content).toBe('a');
    expect(decoded.issues.map((issue) => [issue.path, issue.message])).toEqual([['events[0]', 'event data is not a JSON object']]);
  });

  it('an event stream is named as not what Ollama sends', () => {
    const parts = ollama.decodeBody(
      { kind: 'sse', sse: { events: [{ index: 0, data: '{}' }], comments: 0, unterminated: undefined, invalidLines: [] } },
      { status: 200, failed: false },
    );
    expect(parts.issues[0]?.message).toBe("the body is an event stream (SSE), not the JSON or NDJSON of Ollama's native API");
  });

  it('streamEvents false leaves the line list out', () => {
    const decoded = decodeParsedBody(parseResponseBody([chatLine('a'), doneLine()].join('\n')), ollama, {}, { streamEvents: false });
    expect(decoded.stream).toEqual({ events: 2, done: true });
  });
});
