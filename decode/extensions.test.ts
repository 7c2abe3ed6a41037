import { describe, expect, it } from 'vitest';
import { ChatCompletionResponse } from './contract';
import { findExtensions } from './extensions';

describe('findExtensions', () => {
  it('lists fields the contract does not define, at every depth, with their values', () => {
    const body = {
      id: 'c', object: 'chat.completion', created: 1, model: 'm', x_groq: { id: 'req_1' },
      choices: [{ index: 0, finish_reason: 'stop', native_finish_reason: 'completed', message: { role: 'assistant', content: 'x', reasoning: 'r', tool_calls: [{ id: 't', type: 'function', index: 0, function: { name: 'f', arguments: '{}' } }] } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, queue_time: 0.5, prompt_tokens_details: { cached_tokens: 0, video_tokens: 0 } },
    };
    expect(findExtensions(ChatCompletionResponse, body)).toEqual([
      { path: 'x_groq', value: { id: 'req_1' } },
      { path: 'choices[0].native_finish_reason', value: 'completed' },
      { path: 'choices[0].message.reasoning', value: 'r' },
      { path: 'choices[0].message.tool_calls[0].index', value: 0 },
      { path: 'usage.queue_time', value: 0.5 },
      { path: 'usage.prompt_tokens_details.video_tokens', value: 0 },
    ]);
  });

  it('finds nothing in a body that has only contract fields, and does not look inside opaque ones', () => {
    const body = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [], moderation: { input: { flagged: false } } };
    expect(findExtensions(ChatCompletionResponse, body)).toEqual([]);
  });

  it('lists own keys only, also while a script has added an enumerable property to Object.prototype', () => {
    const body = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', seed: 7 } }], x_a: 1 };
    Reflect.defineProperty(Object.prototype, 'polluted', { value: 'inherited', enumerable: true, configurable: true, writable: true });
    let found: unknown;
    try {
      found = findExtensions(ChatCompletionResponse, body);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
    }
    expect(found).toEqual([
      { path: 'choices[0].message.seed', value: 7 },
      { path: 'x_a', value: 1 },
    ]);
  });
});
