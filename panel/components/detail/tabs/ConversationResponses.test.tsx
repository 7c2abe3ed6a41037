// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownView } from '../../../markdown/LazyMarkdownView';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);
// Markdown loads when first needed (LazyMarkdownView.test.tsx shows the text until then): loaded
// first here, so these tests see the rendered Markdown at once.
beforeAll(async () => {
  await loadMarkdownView();
});

const responseTurn = (panel: HTMLElement): HTMLElement => {
  const turn = within(panel)
    .getAllByTestId('conversation-turn')
    .find((candidate) => candidate.dataset.source === 'response');
  if (turn === undefined) throw new Error('no response turn');
  return turn;
};

describe('Conversation tab: the response turn', () => {
  it("puts magistral's thinking parts in a closed Reasoning block and renders the answer's Markdown", () => {
    const exchange = chatExchange({
      id: 'magistral',
      body: readFixture('mistral-chat-thinking-parts-1.json'),
      url: 'https://api.mistral.ai/v1/chat/completions',
    });
    const { panel } = openDetailTab([exchange], 'conversation');
    const turn = responseTurn(panel);
    const reasoning = within(turn).getByTestId('conversation-reasoning');
    expect(reasoning.tagName).toBe('DETAILS');
    expect(reasoning.hasAttribute('open')).toBe(false);
    expect(reasoning.querySelector('summary')?.textContent).toMatch(/^Reasoning \(/);
    expect(within(reasoning).getByTestId('conversation-reasoning-text').querySelector('strong')?.textContent).toBe(
      'Analogizing crossing a river',
    );
    const content = within(turn).getByTestId('conversation-content');
    expect(content.querySelector('p')?.textContent).toBe(
      'Crossing a river is quite different from crossing a street, but the principle of assessing safety and taking precautions still applies. Here are some guidelines to help you cross a river safely:',
    );
    expect(content.querySelector('ol > li strong')?.textContent).toBe('Assess the River');
    // The thinking is not repeated in the answer.
    expect(content.textContent).not.toContain('Analogizing');
  });

  it('marks a refusal as such, with no empty content beside it', () => {
    const { panel } = openDetailTab([chatExchange({ id: 'refusal', body: readFixture('openai-chat-refusal-1.json') })], 'conversation');
    const turn = responseTurn(panel);
    const refusal = within(turn).getByTestId('conversation-refusal');
    expect(within(refusal).getByText('refusal').className).toContain('badge');
    expect(within(refusal).getByTestId('conversation-refusal-text').textContent).toBe("I'm very sorry, but I can't assist with that.");
    expect(within(turn).queryByTestId('conversation-content')).toBeNull();
    expect(within(turn).getByTestId('conversation-finish-reason').textContent).toBe('stop');
  });

  it('shows n > 1 choices as sub-tabs, choice 0 first, arrow keys and clicks switching', () => {
    const { panel } = openDetailTab([chatExchange({ id: 'multi', body: readFixture('openai-chat-multichoice-1.json') })], 'conversation');
    const turn = responseTurn(panel);
    const tabs = within(within(turn).getByTestId('conversation-choice-tabs')).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['choice 0', 'choice 1', 'choice 2']);
    const shown = () => within(turn).getByTestId('conversation-content').textContent;
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(shown()).toBe('{"city":"San Francisco","temperature":64,"units":"f"}');
    fireEvent.click(tabs[2] ?? turn);
    expect(shown()).toBe('{"city":"San Francisco","temperature":63.0,"units":"f"}');
    fireEvent.keyDown(tabs[2] ?? turn, { key: 'ArrowRight' });
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    fireEvent.keyDown(tabs[0] ?? turn, { key: 'ArrowLeft' });
    expect(shown()).toBe('{"city":"San Francisco","temperature":63.0,"units":"f"}');
    fireEvent.keyDown(tabs[2] ?? turn, { key: 'ArrowLeft' });
    expect(shown()).toBe('{"city":"San Francisco","temperature":65,"units":"f"}');
    expect(document.activeElement).toBe(tabs[1]);
  });

  it("shows a stream's reassembled completion, and a provider error as the response turn", () => {
    const stream = chatExchange({ id: 'stream', body: readFixture('anthropic-openai-compat-stream-toolcall-1.sse'), stream: true });
    const error = chatExchange({ id: 'error', body: readFixture('openai-error-400-1.json'), status: 400 });
    const first = openDetailTab([stream], 'conversation');
    const streamed = responseTurn(first.panel);
    expect(within(streamed).getByTestId('conversation-content').textContent).toBe('Reading it.');
    expect(within(streamed).getByTestId('conversation-tool-call-name').textContent).toBe('read_file');
    expect(within(streamed).getByText('response (stream, reassembled)')).toBeDefined();
    cleanup();
    const second = openDetailTab([error], 'conversation');
    const failed = responseTurn(second.panel);
    expect(failed.dataset.role).toBe('error');
    expect(within(failed).getByTestId('conversation-error').textContent).toBe(
      "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
    );
  });

  it('shows a content array part by part: text, an image URL as a link, inline image and audio by size', () => {
    const request = {
      model: 'gpt-4o-audio-preview',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture and this recording?' },
            { type: 'image_url', image_url: { url: 'https://example.com/river.jpg', detail: 'low' } },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            { type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } },
            { type: 'video_url', video_url: { url: 'https://example.com/v.mp4' } },
          ],
        },
      ],
    };
    const exchange = {
      ...chatExchange({ id: 'parts', body: readFixture('openai-chat-audio-input-1.json') }),
      requestBody: JSON.stringify(request),
    };
    const { panel } = openDetailTab([exchange], 'conversation');
    const user = within(panel).getAllByTestId('conversation-turn')[0];
    if (user === undefined) throw new Error('no user turn');
    const parts = within(user).getAllByTestId('conversation-part');
    expect(parts.map((part) => [part.dataset.partType, part.textContent])).toEqual([
      ['text', 'What is in this picture and this recording?'],
      ['image_url', 'image https://example.com/river.jpg (detail: low)'],
      // iVBORw0KGgo= is the 8-byte PNG signature; UklGRiQAAABXQVZF is "RIFF", a 4-byte size and "WAVE".
      ['image_url', 'image inline image/png, 8 B'],
      ['input_audio', 'audio wav, 12 B'],
      ['video_url', '[video_url part]'],
    ]);
    const link = parts[1]?.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('target'), link?.getAttribute('rel')]).toEqual([
      'https://example.com/river.jpg',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(user.querySelector('img, audio')).toBeNull();
  });
});
