// @vitest-environment happy-dom
import { cleanup, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownView } from '../../../markdown/LazyMarkdownView';
import { bareChatExchange } from '../../../../testing/exchanges';
import { readFormatFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);
beforeAll(async () => {
  await loadMarkdownView();
});

const answerOf = (panel: HTMLElement): HTMLElement => {
  const turn = within(panel)
    .getAllByTestId('conversation-turn')
    .find((candidate) => candidate.dataset.source === 'response');
  if (turn === undefined) throw new Error('no response turn');
  return turn;
};

/** What the answer shows, top to bottom: each text block's text, and each server tool by name. */
const sequenceOf = (turn: HTMLElement): string[] =>
  [...within(turn).getByTestId('conversation-sequence').children].map((child) =>
    child instanceof HTMLElement && child.dataset.testid === 'conversation-server-tool'
      ? `[${within(child).getByTestId('conversation-server-tool-name').textContent}]`
      : child.textContent.trim(),
  );

describe('Conversation: the tools the provider ran, where they ran', () => {
  it('Anthropic: the web search between the text that announced it and the text that used it, each text block on its own', () => {
    const exchange = bareChatExchange({
      id: 'anthropic-websearch',
      url: 'https://api.anthropic.com/v1/messages',
      mimeType: 'text/event-stream',
      responseHeaders: [{ name: 'content-type', value: 'text/event-stream' }],
      body: readFormatFixture('anthropic-messages', 'anthropic-stream-websearch-1.sse'),
    });
    const turn = answerOf(openDetailTab([exchange], 'conversation').panel);
    const shown = sequenceOf(turn);
    // The file's blocks: text, server_tool_use + web_search_tool_result, then three text blocks.
    expect(shown.slice(0, 3)).toEqual([
      'Let me search for a significant historical event that occurred on September 18th.',
      '[web_search]',
      "Here's one notable historical event that occurred on September 18th:",
    ]);
    expect(shown[3]).toMatch(/^On September 18, 1793, President George Washington marked the location for the Capitol Building/);
    expect(shown[4]).toBe('.');
    expect(shown).toHaveLength(5);
    // The search is shown once, in its place, not again after the text.
    expect(within(turn).getAllByTestId('conversation-server-tool')).toHaveLength(1);
  });

  it('Responses: three web searches before the message they led to', () => {
    const exchange = bareChatExchange({
      id: 'responses-websearch',
      url: 'https://api.openai.com/v1/responses',
      body: readFormatFixture('openai-responses', 'openai-responses-json-websearch-1.json'),
    });
    const shown = sequenceOf(answerOf(openDetailTab([exchange], 'conversation').panel));
    expect(shown.slice(0, 3)).toEqual(['[web_search]', '[web_search]', '[web_search]']);
    expect(shown[3]).toMatch(/^Short answer first — yes\. I pulled several tech-news pages/);
    expect(shown).toHaveLength(4);
  });

  it('an answer with one text block and no server tool is shown as before, in one piece', () => {
    const exchange = bareChatExchange({
      id: 'anthropic-text',
      url: 'https://api.anthropic.com/v1/messages',
      body: readFormatFixture('anthropic-messages', 'anthropic-json-text-1.json'),
    });
    const turn = answerOf(openDetailTab([exchange], 'conversation').panel);
    expect(within(turn).queryByTestId('conversation-sequence')).toBeNull();
    expect(within(turn).getByTestId('conversation-content').textContent).toContain("Hello! I'm doing well");
  });
});
