import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../index';
import type { NormalizedMessage } from '../../index';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { messageFromBlocks } from './blocks';

/**
 * Issue 13's review: a web search that came between two text blocks must be shown there, not after
 * the text. `segments` says the order the blocks came in; `content` stays the blocks joined.
 */

const messageOf = (name: string): NormalizedMessage | undefined =>
  decodeResponseBody(readFormatFixture('anthropic-messages', name), {}).completion?.choices[0]?.message;

describe('the order of text blocks and server tools', () => {
  it('anthropic-stream-websearch-1.sse: a text block, the web search, then three text blocks', () => {
    const message = messageOf('anthropic-stream-websearch-1.sse');
    // Read from the file's content_block_start events (index 0-5) and their text_deltas: block 0 is
    // "Let me search for a significant historical event that occurred on September 18th." (81
    // characters), blocks 1-2 the server_tool_use and its web_search_tool_result, block 3
    // "Here's one notable historical event that occurred on September 18th: " (69), block 4 185
    // characters with citations, block 5 ".".
    expect(message?.segments).toEqual([
      { type: 'text', start: 0, end: 81 },
      { type: 'server_tool', index: 0 },
      { type: 'text', start: 81, end: 150 },
      { type: 'text', start: 150, end: 335 },
      { type: 'text', start: 335, end: 336 },
    ]);
    expect(message?.server_tools?.map((tool) => tool.name)).toEqual(['web_search']);
    const content = message?.content ?? '';
    expect(content.slice(0, 81)).toBe('Let me search for a significant historical event that occurred on September 18th.');
    expect(content.slice(81, 150)).toBe("Here's one notable historical event that occurred on September 18th: ");
    expect(content.slice(335)).toBe('.');
  });

  it('a message with one text block and no server tool has none (content says it all)', () => {
    expect(messageOf('anthropic-json-text-1.json')?.segments).toBeUndefined();
  });

  it('two text blocks with nothing between are two segments, so a view can show where one ends', () => {
    const message = messageFromBlocks('assistant', [
      { type: 'text', text: 'First.' },
      { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
      { type: 'text', text: 'Second.' },
    ]);
    expect(message.content).toBe('First.Second.');
    expect(message.segments).toEqual([
      { type: 'text', start: 0, end: 6 },
      { type: 'text', start: 6, end: 13 },
    ]);
  });

  it('a result whose call came in an earlier turn takes its place in the order', () => {
    const message = messageFromBlocks('assistant', [
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_0', content: [] },
      { type: 'text', text: 'Found it.' },
    ]);
    expect(message.segments).toEqual([
      { type: 'server_tool', index: 0 },
      { type: 'text', start: 0, end: 9 },
    ]);
  });
});
