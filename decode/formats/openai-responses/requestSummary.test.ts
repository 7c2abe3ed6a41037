import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';
import { summarizeResponsesRequest } from './requestSummary';

/** Request bodies as openai-node's `responses.create` sends them (shapes from OpenAI's API reference). */

describe('summarizeResponsesRequest', () => {
  it('a string input: instructions first as the system message, then one user message', () => {
    const body = JSON.stringify({ model: 'gpt-4.1', instructions: 'Talk like a pirate.', input: 'Are semicolons optional?', stream: true });
    expect(summarizeResponsesRequest(body)).toEqual({
      model: 'gpt-4.1',
      stream: true,
      messages: 1,
      conversation: [
        { role: 'system', content: 'Talk like a pirate.' },
        { role: 'user', content: 'Are semicolons optional?' },
      ],
    });
  });

  it('input items: parts, attachments, reasoning sent back, function calls linked to their outputs by call_id', () => {
    const body = JSON.stringify({
      model: 'gpt-5-mini',
      input: [
        { role: 'developer', content: 'Be brief.' },
        {
          type: 'message',
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is in this image, and ' },
            { type: 'input_text', text: 'the weather in Paris?' },
            { type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=' },
            { type: 'input_file', filename: 'notes.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' },
          ],
        },
        { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'Need the weather tool.' }], encrypted_content: 'gAAA' },
        { type: 'function_call', call_id: 'call_a', name: 'get_weather', arguments: '{"city":"Paris"}' },
        { type: 'function_call', call_id: 'call_b', name: 'get_time', arguments: '{}' },
        { type: 'function_call_output', call_id: 'call_a', output: '{"temp":18}' },
        { type: 'function_call_output', call_id: 'call_b', output: '12:00' },
        { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'A cat; 18 °C at noon.' }] },
      ],
      tools: [
        { type: 'function', name: 'get_weather', parameters: {} },
        { type: 'function', name: 'get_time', parameters: {} },
        { type: 'web_search' },
        { type: 'mcp', server_label: 'deepwiki', server_url: 'https://mcp.deepwiki.com/mcp' },
      ],
    });
    expect(summarizeResponsesRequest(body)).toEqual({
      model: 'gpt-5-mini',
      messages: 8,
      conversation: [
        { role: 'developer', content: 'Be brief.' },
        {
          role: 'user',
          content: 'What is in this image, and the weather in Paris?',
          attachments: [
            // The inline payloads' sizes: "iVBORw0KGgo=" is PNG's 8-byte signature, "JVBERi0=" the 5 bytes "%PDF-".
            { type: 'input_image', mediaType: 'image/png', name: null, bytes: 8 },
            { type: 'input_file', mediaType: 'application/pdf', name: 'notes.pdf', bytes: 5 },
          ],
        },
        {
          role: 'assistant',
          content: null,
          reasoning: 'Need the weather tool.',
          tool_calls: [
            { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{}' } },
          ],
        },
        { role: 'tool', content: '{"temp":18}', tool_call_id: 'call_a' },
        { role: 'tool', content: '12:00', tool_call_id: 'call_b' },
        { role: 'assistant', content: 'A cat; 18 °C at noon.' },
      ],
      tools: 4,
      toolNames: ['get_weather', 'get_time', 'web_search', 'deepwiki'],
    });
  });

  it('reads each field on its own: odd fields leave the others', () => {
    const body = JSON.stringify({
      model: 42,
      stream: 'yes',
      instructions: null,
      input: [null, 7, { type: 'message', role: 'user', content: 'Hi' }],
      tools: 'none',
    });
    expect(summarizeResponsesRequest(body)).toEqual({ messages: 3, conversation: [{ role: 'user', content: 'Hi' }] });
  });

  it.each([null, '', 'not json', '[1,2]', '"text"'])('gives null for %j', (body) => {
    expect(summarizeResponsesRequest(body)).toBeNull();
  });

  it('is what decodeExchange gives as request for a Responses exchange', () => {
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'https://api.openai.com/v1/responses',
        requestBody: JSON.stringify({ model: 'gpt-4o', input: 'Hello' }),
        body: JSON.stringify({ id: 'resp_1', object: 'response', created_at: 1, model: 'gpt-4o', output: [] }),
      }),
    );
    expect(decoded?.request).toEqual({ model: 'gpt-4o', messages: 1, conversation: [{ role: 'user', content: 'Hello' }] });
  });
});
