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

  it('takes Gemini’s JSON-array stream (an array of objects) as a JSON body', () => {
    const text = '[{"candidates": [{"content": {"parts": [{"text": "Hi"}]}}]}\n, {"candidates": []}]';
    expect(classifyInput(text)).toEqual({ kind: 'body', text, mimeType: 'application/json' });
  });

  it('takes lines that are each a JSON object as an NDJSON body (Ollama’s stream)', () => {
    const text = '{"model":"qwen3","message":{"role":"assistant","content":"Hi"},"done":false}\n{"model":"qwen3","done":true}\n';
    expect(classifyInput(text)).toEqual({ kind: 'body', text, mimeType: 'application/x-ndjson' });
  });

  it('takes lines that each start with a part code as an AI SDK data stream', () => {
    const text = 'f:{"messageId":"msg-1"}\n0:"Hello"\n0:" world"\ne:{"finishReason":"stop"}\nd:{"finishReason":"stop"}\n';
    expect(classifyInput(text)).toEqual({ kind: 'body', text, mimeType: 'text/plain' });
  });

  it('keeps a truncated JSON body as a body so its decoding can report it', () => {
    expect(classifyInput('{"id": "chatcmpl-1", "choices": [')).toMatchObject({ kind: 'body', mimeType: 'application/json' });
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(classifyInput('\uFEFF{"log":{"entries":[]}}')).toMatchObject({ kind: 'har' });
  });

  it.each([
    ['an empty file', '  \n', /empty/],
    ['a JSON array of numbers', '[1, 2]', /JSON but neither an object nor an array of objects/],
    ['a HAR cut short', '{\n  "log": {\n    "version": "1.2",\n    "entries": [', /looks like a HAR but is not valid JSON/],
    ['plain text', 'hello world\n', /neither a HAR nor a response body \(JSON, SSE, NDJSON or an AI SDK data stream\)/],
    ['text, then a line of JSON', 'note\n{"model":"a","done":false}\n', /neither a HAR nor a response body/],
    ['HTML', '<!doctype html><p>502 Bad Gateway</p>', /neither a HAR nor/],
  ])('says %s is neither', (_name, text, reason) => {
    const input = classifyInput(text);
    expect(input.kind === 'neither' ? input.reason : input.kind).toMatch(reason);
  });
});
