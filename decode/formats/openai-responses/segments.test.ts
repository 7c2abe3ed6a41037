import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../index';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { normalizeOutput } from './normalizeOutput';

/** Issue 13's review: the built-in tools in the order of `output`, between the text they came between. */
describe('the order of output text and built-in tools', () => {
  it('openai-responses-json-websearch-1.json: three web searches (search, open_page, find_in_page), then the message', () => {
    const message = decodeResponseBody(readFormatFixture('openai-responses', 'openai-responses-json-websearch-1.json'), {}).completion
      ?.choices[0]?.message;
    // output: reasoning, web_search_call, reasoning, web_search_call, reasoning, web_search_call,
    // reasoning, message (one output_text of 3,042 characters): reasoning items are not segments.
    expect(message?.segments).toEqual([
      { type: 'server_tool', index: 0 },
      { type: 'server_tool', index: 1 },
      { type: 'server_tool', index: 2 },
      { type: 'text', start: 0, end: 3042 },
    ]);
  });

  it('text, a search, text: the search between the two texts', () => {
    const message = normalizeOutput([
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Looking.', annotations: [] }] },
      { type: 'web_search_call', id: 'ws_1', status: 'completed', action: { type: 'search', query: 'q' } },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Found.', annotations: [] }] },
    ]);
    expect(message.content).toBe('Looking.Found.');
    expect(message.segments).toEqual([
      { type: 'text', start: 0, end: 8 },
      { type: 'server_tool', index: 0 },
      { type: 'text', start: 8, end: 14 },
    ]);
  });

  it('one text and no built-in tool: none', () => {
    expect(normalizeOutput([{ type: 'message', content: [{ type: 'output_text', text: 'Hi.' }] }]).segments).toBeUndefined();
  });
});
