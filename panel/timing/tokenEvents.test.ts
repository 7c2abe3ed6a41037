import { describe, expect, it } from 'vitest';
import { carriesToken } from './tokenEvents';

const data = (value: unknown, event?: string) =>
  event === undefined ? { index: 0, data: JSON.stringify(value) } : { index: 0, data: JSON.stringify(value), event };

describe('carriesToken', () => {
  it('Chat Completions: text, reasoning or arguments, not an empty role chunk, a finish or [DONE]', () => {
    expect(carriesToken('openai-chat', data({ choices: [{ delta: { role: 'assistant', content: '' } }] }))).toBe(false);
    expect(carriesToken('openai-chat', data({ choices: [{ delta: { reasoning_content: 'Hm' } }] }))).toBe(true);
    expect(carriesToken('openai-chat', data({ choices: [{ delta: { tool_calls: [{ index: 0, function: { arguments: '{"' } }] } }] }))).toBe(
      true,
    );
    expect(carriesToken('openai-chat', data({ choices: [{ delta: {}, finish_reason: 'stop' }] }))).toBe(false);
    expect(carriesToken('openai-chat', { index: 0, data: '[DONE]' })).toBe(false);
    expect(carriesToken('openai-chat', data({ choices: 'not an array' }))).toBe(false);
  });

  it('Responses API: the *.delta events with something in them', () => {
    expect(carriesToken('openai-responses', data({ type: 'response.output_text.delta', delta: 'Hi' }))).toBe(true);
    expect(carriesToken('openai-responses', data({ type: 'response.function_call_arguments.delta', delta: '{' }))).toBe(true);
    expect(carriesToken('openai-responses', data({ type: 'response.output_text.done', text: 'Hi' }))).toBe(false);
    expect(carriesToken('openai-responses', data({ type: 'response.output_text.delta', delta: '' }))).toBe(false);
  });

  it('AI SDK: UI text and tool-input deltas, data stream text and tool parts by their decoded names', () => {
    expect(carriesToken('ai-sdk-ui', data({ type: 'text-delta', id: '0', delta: 'Par' }))).toBe(true);
    expect(carriesToken('ai-sdk-ui', data({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '{"' }))).toBe(true);
    expect(carriesToken('ai-sdk-ui', data({ type: 'start-step' }))).toBe(false);
    expect(carriesToken('ai-sdk-data', { index: 0, data: '"Par"', event: 'text' })).toBe(true);
    expect(carriesToken('ai-sdk-data', { index: 0, data: '""', event: 'text' })).toBe(false);
    expect(carriesToken('ai-sdk-data', { index: 0, data: '{"finishReason":"stop"}', event: 'finish_message' })).toBe(false);
  });

  it('Gemini: a function call sent whole counts; Ollama /api/generate response text counts', () => {
    expect(carriesToken('gemini', data({ candidates: [{ content: { parts: [{ functionCall: { name: 'f', args: {} } }] } }] }))).toBe(true);
    expect(carriesToken('gemini', data({ candidates: [{ finishReason: 'STOP' }] }))).toBe(false);
    expect(carriesToken('ollama', data({ model: 'm', response: 'Hi', done: false }))).toBe(true);
    expect(carriesToken('ollama', data({ model: 'm', response: '', done: true }))).toBe(false);
  });
});
