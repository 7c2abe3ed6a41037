import { describe, expect, it } from 'vitest';
import { classifyInput } from './inputKind';

describe('classifyInput', () => {
  it('finds a HAR by its log key, whatever else is around it', () => {
    expect(classifyInput('{"log":{"version":"1.2","entries":[]}}')).toEqual({ kind: 'har', har: { log: { version: '1.2', entries: [] } } });
  });

  it('takes any other JSON object as a JSON response body, even one that is not a completion', () => {
    const text = '{"error": {"message": "bad", "type": "invalid_request_error"}}';
    expect(classifyInput(text)).toEqual({
      kind: 'body',
      text,
      mimeType: 'application/json',
      parsed: { error: { message: 'bad', type: 'invalid_request_error' } },
    });
  });

  it('takes text with data: lines as an SSE body, with or without the space after the colon', () => {
    const comment = ': OPENROUTER PROCESSING\n\ndata: {"id":"1"}\n\ndata: [DONE]\n\n';
    expect(classifyInput(comment)).toEqual({ kind: 'body', text: comment, mimeType: 'text/event-stream' });
    expect(classifyInput('data:{"id":""}\n\n')).toMatchObject({ kind: 'body', mimeType: 'text/event-stream' });
  });

  it('keeps a truncated JSON body as a body so its decoding can report it', () => {
    expect(classifyInput('{"id": "chatcmpl-1", "choices": [')).toMatchObject({ kind: 'body', mimeType: 'application/json' });
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(classifyInput('\uFEFF{"log":{"entries":[]}}')).toMatchObject({ kind: 'har' });
  });

  it.each([
    ['an empty file', '  \n', /empty/],
    ['a JSON array', '[{"id":"1"}]', /JSON but not an object/],
    ['a HAR cut short', '{\n  "log": {\n    "version": "1.2",\n    "entries": [', /looks like a HAR but is not valid JSON/],
    ['plain text', 'hello world\n', /neither a HAR nor a JSON or SSE response body/],
    ['HTML', '<!doctype html><p>502 Bad Gateway</p>', /neither a HAR nor/],
  ])('says %s is neither', (_name, text, reason) => {
    const input = classifyInput(text);
    expect(input.kind === 'neither' ? input.reason : input.kind).toMatch(reason);
  });
});
