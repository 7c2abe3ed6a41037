import { describe, expect, it } from 'vitest';
import { chatChunk, completionJson, sseEvent, sseText, streamText } from './chatBodies';

describe('the SSE framing', () => {
  it('writes JSON values as JSON and strings as they are, each ended by a blank line', () => {
    expect(sseEvent({ a: 1 })).toBe('data: {"a":1}\n\n');
    expect(sseText([{ a: 1 }, '{"cut', '[DONE]'])).toBe('data: {"a":1}\n\ndata: {"cut\n\ndata: [DONE]\n\n');
    expect(sseText([])).toBe('');
  });

  it('writes a chunk with its keys in the order OpenAI sends them', () => {
    expect(JSON.stringify(chatChunk({ content: 'Hi' }))).toBe(
      '{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1727346142,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}',
    );
  });

  it('makes a stream of a role event, the deltas, a stop event and [DONE]', () => {
    const events = streamText([{ content: 'Hel' }, { content: 'lo' }]).split('\n\n');
    expect(events).toHaveLength(6);
    expect(events.slice(0, 4).map((event) => JSON.parse(event.slice('data: '.length)) as unknown)).toMatchObject([
      { choices: [{ delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      { choices: [{ delta: { content: 'Hel' } }] },
      { choices: [{ delta: { content: 'lo' } }] },
      { choices: [{ delta: {}, finish_reason: 'stop' }] },
    ]);
    expect(events.slice(4)).toEqual(['data: [DONE]', '']);
  });

  it('makes a completion whose one message and top level can be patched', () => {
    expect(JSON.parse(completionJson({ content: 'Yo' }, { model: 'm' }))).toMatchObject({
      model: 'm',
      object: 'chat.completion',
      choices: [{ message: { role: 'assistant', content: 'Yo' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    });
  });
});
