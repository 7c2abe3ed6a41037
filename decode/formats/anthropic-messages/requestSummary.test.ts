import { describe, expect, it } from 'vitest';
import { summarizeAnthropicRequest } from './requestSummary';

/** A request as @anthropic-ai/sdk sends it for the second turn of a tool-using, thinking conversation. */
const request = {
  model: 'claude-sonnet-4-5',
  max_tokens: 2048,
  stream: true,
  system: [
    { type: 'text', text: 'You are a weather assistant.' },
    { type: 'text', text: 'Answer briefly.', cache_control: { type: 'ephemeral' } },
  ],
  messages: [
    {
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
        { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'forecast.pdf' },
        { type: 'text', text: 'What is the weather in Paris?' },
      ],
    },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'The user wants Paris weather.', signature: 'EqQB' },
        { type: 'text', text: 'Let me check.' },
        { type: 'tool_use', id: 'toolu_01A', name: 'get_weather', input: { city: 'Paris' } },
      ],
    },
    {
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: [{ type: 'text', text: '18°C, cloudy' }] }],
    },
    { role: 'user', content: 'And tomorrow?' },
  ],
  tools: [
    { name: 'get_weather', description: 'Weather by city', input_schema: { type: 'object' } },
    { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
    { type: 'code_execution_20250522' },
  ],
};

describe('anthropic-messages: the request summary', () => {
  it('reads the model, stream, system first, attachments, thinking, tool calls and results linked by id, and tools', () => {
    expect(summarizeAnthropicRequest(JSON.stringify(request))).toEqual({
      model: 'claude-sonnet-4-5',
      stream: true,
      messages: 4,
      conversation: [
        { role: 'system', content: 'You are a weather assistant.\nAnswer briefly.' },
        {
          role: 'user',
          content: 'What is the weather in Paris?',
          attachments: [
            { type: 'image', mediaType: 'image/png', name: null },
            { type: 'document', mediaType: 'application/pdf', name: 'forecast.pdf' },
          ],
        },
        {
          role: 'assistant',
          content: 'Let me check.',
          reasoning: 'The user wants Paris weather.',
          tool_calls: [{ id: 'toolu_01A', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
        },
        { role: 'tool', content: '18°C, cloudy', tool_call_id: 'toolu_01A' },
        { role: 'user', content: 'And tomorrow?' },
      ],
      tools: 3,
      toolNames: ['get_weather', 'web_search', 'code_execution_20250522'],
    });
  });

  it('a string system prompt and a string tool result', () => {
    const summary = summarizeAnthropicRequest(
      JSON.stringify({
        model: 'claude-haiku-4-5',
        system: 'Be terse.',
        messages: [
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_9', name: 'now', input: {} }] },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'toolu_9', content: '12:00' },
              { type: 'text', text: 'Thanks' },
            ],
          },
        ],
      }),
    );
    expect(summary?.conversation).toEqual([
      { role: 'system', content: 'Be terse.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'toolu_9', type: 'function', function: { name: 'now', arguments: '{}' } }] },
      { role: 'tool', content: '12:00', tool_call_id: 'toolu_9' },
      { role: 'user', content: 'Thanks' },
    ]);
    expect(summary?.stream).toBeUndefined();
  });

  it('each field on its own: odd fields are skipped, the rest kept', () => {
    expect(summarizeAnthropicRequest('{"model":7,"system":{"x":1},"messages":[null,{"role":"user","content":42}],"tools":"none"}')).toEqual(
      {
        messages: 2,
        conversation: [{ role: 'user', content: null }],
      },
    );
  });

  it.each([null, '', '   ', 'not json', '[1,2]', '"text"'])('no summary for %j', (body) => {
    expect(summarizeAnthropicRequest(body)).toBeNull();
  });
});
