// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import { bareChatExchange } from '../../../../testing/exchanges';
import { aiSdkExchange, anthropicExchange, handMadeDecoder } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

const open = (captured: Parameters<typeof openDetailTab>[0][number]) =>
  openDetailTab([captured], 'conversation', { decode: handMadeDecoder(decodeExchange) }).panel;
const turns = (panel: HTMLElement) => within(panel).getAllByTestId('conversation-turn');

describe('Conversation tab for the other formats', () => {
  it("shows an Anthropic request in order: system, the user's text with its image, the reasoning sent back, the call and its result", () => {
    const panel = open(anthropicExchange.captured);
    const all = turns(panel);
    expect(all.map((turn) => [turn.dataset.source, turn.dataset.role])).toEqual([
      ['request', 'system'],
      ['request', 'user'],
      ['request', 'assistant'],
      ['request', 'tool'],
      ['response', 'assistant'],
    ]);
    const [system, user, assistant, tool] = all;
    if (system === undefined || user === undefined || assistant === undefined || tool === undefined) throw new Error('four request turns');
    expect(system.textContent).toContain('You are a weather assistant.');
    expect(user.textContent).toContain('What is the weather in Paris? Here is the view from my window.');
    // The image block as a chip naming its type and media type (decode/ names no file for it).
    expect(
      within(user)
        .getAllByTestId('conversation-attachment')
        .map((chip) => [chip.dataset.type, chip.textContent]),
    ).toEqual([['image', 'image · image/jpeg']]);
    expect(within(assistant).getByTestId('conversation-request-reasoning-text').textContent).toContain('I should look up the forecast.');
    expect(within(assistant).getByTestId('conversation-tool-call-name').textContent).toBe('get_forecast');
    // The tool_result links back to the tool_use it answers.
    fireEvent.click(within(tool).getByTestId('conversation-tool-result-link'));
    expect(within(assistant).getByTestId('conversation-tool-call').dataset.highlighted).toBe('true');
  });

  it('shows the answer: reasoning marked signed and redacted, text, the call, the web search ran by the provider, the sources', () => {
    const panel = open(anthropicExchange.captured);
    const answer = turns(panel).at(-1);
    if (answer === undefined) throw new Error('an answer');
    expect(
      within(answer)
        .getAllByTestId('conversation-reasoning-mark')
        .map((mark) => mark.textContent),
    ).toEqual(['signed', 'redacted']);
    expect(within(answer).getByTestId('conversation-reasoning-text').textContent).toContain('a search confirms it');
    expect(within(answer).getByTestId('conversation-content').textContent).toContain('It is 18 °C and sunny in Paris.');
    expect(
      within(answer)
        .getAllByTestId('conversation-tool-call')
        .map((call) => call.textContent),
    ).toEqual([expect.stringContaining('get_forecast')]);
    const search = within(answer).getByTestId('conversation-server-tool');
    expect(within(search).getByTestId('conversation-server-tool-name').textContent).toBe('web_search');
    expect(within(search).getByTestId('conversation-server-tool-mark').textContent).toBe('ran by the provider');
    expect(within(search).getByTestId('conversation-server-tool-arguments').textContent).toContain('"query": "Paris weather today"');
    // Not among the tool calls: the app does not run it.
    expect(
      within(answer)
        .queryAllByTestId('conversation-tool-call-name')
        .map((name) => name.textContent),
    ).toEqual(['get_forecast']);
    const sources = within(answer).getByTestId('conversation-citations');
    expect(within(sources).getByTestId('detail-annotation-link').getAttribute('href')).toBe('https://weather.example/paris');
    expect(answer.textContent).toContain('stop_reason');
    expect(within(answer).getByTestId('conversation-finish-reason').textContent).toBe('tool_use');
  });

  it('shows an AI SDK request with its file chip, and the answer with reasoning and no finish reason as not reported', () => {
    const panel = open(aiSdkExchange.captured);
    const [user, answer] = turns(panel);
    if (user === undefined || answer === undefined) throw new Error('two turns');
    expect(
      within(user)
        .getAllByTestId('conversation-attachment')
        .map((chip) => chip.textContent),
    ).toEqual(['file · image/png · chart.png']);
    expect(within(answer).getByTestId('conversation-reasoning-text').textContent).toContain('The user greets me.');
    // Plain reasoning: no block carried a signature or was redacted.
    expect(within(answer).queryAllByTestId('conversation-reasoning-mark')).toEqual([]);
    expect(within(answer).getByTestId('conversation-content').textContent).toContain('Hello! How can I help?');
    expect(within(answer).getByTestId('conversation-finish-reason').textContent).toBe('not reported');
    expect(answer.textContent).not.toContain('null');
  });

  it("shows a Responses request's input_image by its URL (masked, cut), or inline by media type and size, never the base64", () => {
    const signed = `https://uploads.example.com/${'a'.repeat(80)}/kitten.jpg?sig=abcdefghijklmnopqrstuvwxyz`;
    const request = {
      model: 'gpt-5-mini',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'Compare these two.' },
            { type: 'input_image', image_url: signed },
            // PNG's 8-byte signature, base64.
            { type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=' },
          ],
        },
      ],
    };
    const panel = open(
      bareChatExchange({
        id: 'responses-images',
        url: 'https://api.openai.com/v1/responses',
        requestHeaders: [{ name: 'content-type', value: 'application/json' }],
        requestBody: JSON.stringify(request),
        body: '{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"gpt-5-mini","output":[]}',
      }),
    );
    const [user] = turns(panel);
    if (user === undefined) throw new Error('a user turn');
    const [byUrl, inline] = within(user).getAllByTestId('conversation-attachment');
    const shown = byUrl?.textContent ?? '';
    expect(shown.startsWith('input_image · https://uploads.example.com/')).toBe(true);
    expect(shown).toContain('…');
    expect(shown).not.toContain('abcdefghijklmnop');
    // The whole URL as the chip's title, its signature masked.
    expect(byUrl?.title).toBe(`https://uploads.example.com/${'a'.repeat(80)}/kitten.jpg?sig=…wxyz`);
    expect(inline?.textContent).toBe('input_image · image/png · inline, 8 B');
    expect(user.textContent).not.toContain('iVBOR');
  });
});
