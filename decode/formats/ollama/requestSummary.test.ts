import { describe, expect, it } from 'vitest';
import { summarizeOllamaRequest } from './requestSummary';

describe("an Ollama request's summary", () => {
  it('/api/chat: the conversation in order, images named, thinking sent back, a tool result linked to its call', () => {
    const body = JSON.stringify({
      model: 'qwen3:8b',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'What is in this picture, and the weather there?', images: ['iVBORw0KGgo=', '/9j/4AAQ'] },
        {
          role: 'assistant',
          content: '',
          thinking: 'A beach; ask the weather tool.',
          tool_calls: [{ id: 'call_7', function: { name: 'get_weather', arguments: { city: 'Nice' } } }],
        },
        { role: 'tool', content: '21 °C', tool_name: 'get_weather' },
      ],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: {} } }],
      think: true,
    });
    expect(summarizeOllamaRequest(body)).toEqual({
      model: 'qwen3:8b',
      // Absent means streamed: Ollama streams by default.
      stream: true,
      messages: 4,
      conversation: [
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: 'What is in this picture, and the weather there?',
          attachments: [
            { type: 'image', mediaType: null, name: null },
            { type: 'image', mediaType: null, name: null },
          ],
        },
        {
          role: 'assistant',
          content: '',
          reasoning: 'A beach; ask the weather tool.',
          tool_calls: [{ id: 'call_7', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Nice"}' } }],
        },
        // Linked by the tool's name to the latest call of that name, whose id it takes.
        { role: 'tool', content: '21 °C', name: 'get_weather', tool_call_id: 'call_7' },
      ],
      tools: 1,
      toolNames: ['get_weather'],
    });
  });

  it('a call without an id (Ollama before 0.12) keeps id "", and its result names the tool (the panel links them by name, as Gemini’s)', () => {
    const body = JSON.stringify({
      model: 'llama3.2',
      stream: false,
      messages: [
        { role: 'assistant', content: '', tool_calls: [{ function: { name: 'now', arguments: {} } }] },
        { role: 'tool', content: '12:00', tool_name: 'now' },
      ],
    });
    const conversation = summarizeOllamaRequest(body)?.conversation;
    expect(conversation?.[0]?.tool_calls).toEqual([{ id: '', type: 'function', function: { name: 'now', arguments: '{}' } }]);
    expect(conversation?.[1]).toEqual({ role: 'tool', content: '12:00', name: 'now' });
    expect(summarizeOllamaRequest(body)?.stream).toBe(false);
  });

  it('/api/generate: system first, then the prompt as the user message with its images', () => {
    const body = JSON.stringify({ model: 'llava', prompt: 'Describe it.', system: 'You are a camera.', images: ['AAAA'], stream: false });
    expect(summarizeOllamaRequest(body)).toEqual({
      model: 'llava',
      stream: false,
      messages: 2,
      conversation: [
        { role: 'system', content: 'You are a camera.' },
        { role: 'user', content: 'Describe it.', attachments: [{ type: 'image', mediaType: null, name: null }] },
      ],
    });
  });

  it('reads each field on its own: odd fields hide nothing else, and a non-object body is null', () => {
    const odd = JSON.stringify({
      model: 7,
      stream: 'yes',
      messages: [null, { role: 'user', content: ['x'], images: 'no' }],
      tools: 'none',
    });
    expect(summarizeOllamaRequest(odd)).toEqual({ stream: true, messages: 2, conversation: [{ role: 'user', content: null }] });
    expect(summarizeOllamaRequest('[1,2]')).toBeNull();
    expect(summarizeOllamaRequest('{"model":')).toBeNull();
    expect(summarizeOllamaRequest(null)).toBeNull();
  });
});
