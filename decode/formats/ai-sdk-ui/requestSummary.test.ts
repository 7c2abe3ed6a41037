import { describe, expect, it } from 'vitest';
import { summarizeAiSdkRequest } from './requestSummary';

describe('summarizeAiSdkRequest: what an AI SDK app posts to its route', () => {
  it('reads a useChat v5 request: text, reasoning, files, tool parts linked to their results, in order', () => {
    const body = {
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [
        { id: 's', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
        {
          id: 'u1',
          role: 'user',
          parts: [
            { type: 'text', text: 'What is in this picture, ' },
            { type: 'text', text: 'and the weather?' },
            { type: 'file', mediaType: 'image/png', url: 'data:image/png;base64,AAAA', filename: 'cat.png' },
          ],
        },
        {
          id: 'a1',
          role: 'assistant',
          parts: [
            { type: 'step-start' },
            { type: 'reasoning', text: 'Need the weather.' },
            { type: 'tool-getWeather', toolCallId: 'c1', state: 'output-available', input: { city: 'Paris' }, output: { temp: 21 } },
            { type: 'dynamic-tool', toolName: 'lookup', toolCallId: 'c2', state: 'output-error', input: {}, errorText: 'timeout' },
            { type: 'tool-pending', toolCallId: 'c3', state: 'input-streaming' },
            { type: 'text', text: 'A cat; 21 degrees.' },
          ],
        },
      ],
    };
    expect(summarizeAiSdkRequest(JSON.stringify(body))).toEqual({
      messages: 3,
      conversation: [
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: 'What is in this picture, and the weather?',
          attachments: [{ type: 'file', mediaType: 'image/png', name: 'cat.png' }],
        },
        {
          role: 'assistant',
          content: 'A cat; 21 degrees.',
          reasoning: 'Need the weather.',
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'getWeather', arguments: '{"city":"Paris"}' } },
            { id: 'c2', type: 'function', function: { name: 'lookup', arguments: '{}' } },
            { id: 'c3', type: 'function', function: { name: 'pending', arguments: '{}' } },
          ],
        },
        { role: 'tool', content: '{"temp":21}', tool_call_id: 'c1' },
        { role: 'tool', content: 'timeout', tool_call_id: 'c2' },
      ],
    });
  });

  it('reads a useChat v4 request: content, tool invocations with results, attachments, and a model the app added', () => {
    const body = {
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: 'Weather?', experimental_attachments: [{ name: 'a.pdf', contentType: 'application/pdf', url: 'x' }] },
        {
          role: 'assistant',
          content: '',
          toolInvocations: [{ state: 'result', toolCallId: 'c1', toolName: 'weather', args: { city: 'Rome' }, result: 'sunny' }],
        },
      ],
    };
    expect(summarizeAiSdkRequest(JSON.stringify(body))).toEqual({
      model: 'gpt-4o',
      messages: 2,
      conversation: [
        { role: 'user', content: 'Weather?', attachments: [{ type: 'file', mediaType: 'application/pdf', name: 'a.pdf' }] },
        { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } }] },
        { role: 'tool', content: '"sunny"', tool_call_id: 'c1' },
      ],
    });
  });

  it("reads useCompletion's prompt as the one user message", () => {
    expect(summarizeAiSdkRequest('{"prompt":"Write a haiku"}')).toEqual({ messages: 1, conversation: [{ role: 'user', content: 'Write a haiku' }] });
  });

  it('reads each field on its own and never throws on odd bodies', () => {
    expect(summarizeAiSdkRequest(null)).toBeNull();
    expect(summarizeAiSdkRequest('not json')).toBeNull();
    expect(summarizeAiSdkRequest('[1,2]')).toBeNull();
    expect(summarizeAiSdkRequest('{"messages":[1,{"role":5,"parts":"x"},{"role":"user","parts":[null,{"type":3}]}]}')).toEqual({
      messages: 3,
      conversation: [
        { role: '', content: null },
        { role: 'user', content: null },
      ],
    });
  });
});
