// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import { aiSdkExchange, ANTHROPIC_SIGNATURE, anthropicExchange, handMadeDecoder, ollamaExchange } from '../../../testing/formatExchanges';
import { bareChatExchange } from '../../../../testing/exchanges';
import { readFormatFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

const open = (captured: Parameters<typeof openDetailTab>[0][number]) =>
  openDetailTab([captured], 'response', { decode: handMadeDecoder(decodeExchange) }).panel;
/** The label shown before the value of the field with this test id. */
const labelOf = (panel: HTMLElement, testid: string) =>
  within(panel).getByTestId(testid).parentElement?.querySelector('.field__label')?.textContent;
const text = (panel: HTMLElement, testid: string) => within(panel).getByTestId(testid).textContent;

describe("Response tab: the format's fields under its own names", () => {
  it('shows an Anthropic response with stop_reason, input_tokens and output_tokens, and a total Anthropic does not report', () => {
    const panel = open(anthropicExchange.captured);
    expect(labelOf(panel, 'detail-id')).toBe('id');
    expect(text(panel, 'detail-id')).toBe('msg_01XFDUDYJgAACzvnptvVoYEL');
    expect(text(panel, 'detail-model')).toBe('claude-sonnet-4-5-20250929');
    expect(labelOf(panel, 'detail-choice-finish-reason')).toBe('stop_reason');
    expect(text(panel, 'detail-choice-finish-reason')).toBe('tool_use');
    expect(labelOf(panel, 'detail-usage-prompt')).toBe('input_tokens');
    expect(text(panel, 'detail-usage-prompt')).toBe('2,095');
    expect(labelOf(panel, 'detail-usage-completion')).toBe('output_tokens');
    expect(text(panel, 'detail-usage-completion')).toBe('503');
    expect(text(panel, 'detail-usage-total')).toBe('not reported by Anthropic');
    // The cache counts under their own keys.
    expect(labelOf(panel, 'detail-usage-prompt-details')).toBe('input_tokens details');
    expect(text(panel, 'detail-usage-prompt-details')).toBe('cache_read_input_tokens: 1,800cache_creation_input_tokens: 0');
    // Chat Completions' envelope fields Anthropic has no value for are left out, not shown empty.
    expect(within(panel).queryByTestId('detail-created')).toBeNull();
    expect(within(panel).queryByTestId('detail-system-fingerprint')).toBeNull();
    expect(panel.textContent).not.toContain('null');
  });

  it('shows the thinking signature shortened, with a reveal and a copy, and redacted thinking by its size', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const panel = open(anthropicExchange.captured);
    const blocks = within(panel).getAllByTestId('detail-reasoning-block');
    expect(blocks.map((block) => block.dataset.type)).toEqual(['thinking', 'redacted_thinking']);
    const [thinking, redacted] = blocks;
    if (thinking === undefined || redacted === undefined) throw new Error('two blocks');
    expect(within(thinking).getByTestId('detail-reasoning-block-text').textContent).toBe('The forecast says 18 °C; a search confirms it.');
    const signature = within(thinking).getByTestId('detail-reasoning-signature');
    // The first and last 8 of its 64 characters.
    expect(signature.textContent).toBe('EqQBCgIY…2lCqZzJe');
    const reveal = within(thinking).getByTestId('detail-reasoning-signature-reveal');
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(reveal);
    expect(signature.textContent).toBe(ANTHROPIC_SIGNATURE);
    expect(reveal.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(thinking).getByTestId('copy-reasoning-signature'));
    await vi.waitFor(() => {
      expect(writeText).toHaveBeenCalledWith(ANTHROPIC_SIGNATURE);
    });
    // 44 characters of base64 sent as `data`.
    expect(within(redacted).getByTestId('detail-reasoning-redacted').textContent).toBe('redacted (44 bytes of data)');
    expect(within(redacted).queryByTestId('detail-reasoning-block-text')).toBeNull();
    writeText.mockRestore();
  });

  it('shows the web search the provider ran apart from the tool call the app has to run', () => {
    const panel = open(anthropicExchange.captured);
    const tools = within(panel).getAllByTestId('detail-server-tool');
    expect(tools).toHaveLength(1);
    const [search] = tools;
    if (search === undefined) throw new Error('one server tool');
    expect(text(search, 'detail-server-tool-name')).toBe('web_search');
    expect(text(search, 'detail-server-tool-id')).toBe('srvtoolu_014');
    expect(search.textContent).toContain('ran by the provider');
    expect(text(search, 'detail-server-tool-arguments')).toBe('{\n  "query": "Paris weather today"\n}');
    expect(text(search, 'detail-server-tool-result')).toContain('"url": "https://weather.example/paris"');
    // Short (92 characters, counted by hand from the JSON text): open.
    expect(within(search).getByTestId('detail-server-tool-result-toggle').textContent).toBe('result (92 characters)');
    expect(within(search).getByTestId('detail-server-tool-result').closest('details')?.open).toBe(true);
    // The app's own tool call stays a tool call.
    const calls = within(panel).getAllByTestId('detail-tool-call');
    expect(calls.map((call) => text(call, 'detail-tool-call-name'))).toEqual(['get_forecast']);
  });

  it('collapses a long server tool result', () => {
    const long = structuredClone(anthropicExchange);
    const choice = long.decoded.completion?.choices[0];
    const tool = choice?.message.server_tools?.[0];
    if (tool === undefined) throw new Error('a server tool');
    tool.result = JSON.stringify(Array.from({ length: 20 }, (_, index) => ({ url: `https://weather.example/${index}`, title: 'Paris' })));
    const panel = openDetailTab([long.captured], 'response', { decode: handMadeDecoder(decodeExchange, [long]) }).panel;
    expect(within(panel).getByTestId('detail-server-tool-result').closest('details')?.open).toBe(false);
  });

  it('shows an AI SDK response without model or usage as not reported, never "null" or blank', () => {
    const panel = open(aiSdkExchange.captured);
    expect(labelOf(panel, 'detail-id')).toBe('start.messageId');
    expect(text(panel, 'detail-id')).toBe('msg-7f3a');
    expect(text(panel, 'detail-model')).toBe('not reported');
    expect(labelOf(panel, 'detail-choice-finish-reason')).toBe('finish.finishReason');
    expect(text(panel, 'detail-choice-finish-reason')).toBe('not reported');
    expect(text(panel, 'detail-usage-prompt')).toBe('not reported');
    expect(panel.textContent).not.toContain('null');
  });

  it('shows an Ollama response: no id in the format, done_reason and eval counts', () => {
    const panel = open(ollamaExchange.captured);
    expect(text(panel, 'detail-id')).toBe('not reported by Ollama');
    expect(labelOf(panel, 'detail-choice-finish-reason')).toBe('done_reason');
    expect(labelOf(panel, 'detail-usage-prompt')).toBe('prompt_eval_count');
    expect(text(panel, 'detail-usage-prompt')).toBe('26');
    expect(labelOf(panel, 'detail-usage-completion')).toBe('eval_count');
    expect(text(panel, 'detail-usage-total')).toBe('not reported by Ollama');
  });

  it('names the creation time as each format does: created_at for Ollama and Responses, created for Chat Completions', () => {
    const ollama = open(
      bareChatExchange({
        id: 'ollama-created',
        url: 'http://localhost:11434/api/chat',
        // created_at "2025-06-28T04:14:24.642830704Z": 1751084064 seconds since the epoch.
        body: readFormatFixture('ollama', 'ollama-chat-json-text-1.json'),
      }),
    );
    expect(labelOf(ollama, 'detail-created')).toBe('created_at');
    expect(text(ollama, 'detail-created-raw')).toMatch(/^1751084064(\.\d+)?$/);
    cleanup();
    const responses = open(
      bareChatExchange({
        id: 'responses-created',
        url: 'https://api.openai.com/v1/responses',
        body: readFormatFixture('openai-responses', 'openai-responses-json-text-1.json'),
      }),
    );
    expect(labelOf(responses, 'detail-created')).toBe('created_at');
    expect(text(responses, 'detail-created-raw')).toBe('1754925861');
    cleanup();
    const chat = open(
      bareChatExchange({ id: 'chat-created', body: '{"id":"c","object":"chat.completion","created":1700000000,"model":"m","choices":[]}' }),
    );
    expect(labelOf(chat, 'detail-created')).toBe('created');
  });
});
