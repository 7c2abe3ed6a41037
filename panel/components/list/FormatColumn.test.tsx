// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeExchange } from '../../../decode/index';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { aiSdkExchange, anthropicExchange, handMadeDecoder, ollamaExchange } from '../../testing/formatExchanges';
import { renderPanel } from '../../testing/renderPanel';

// decode/ answers Chat Completions' label for a format not registered yet: the spec's labels stand in.
vi.mock('../../../decode/index', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const { issue13FormatInfo } = await import('../../testing/issue13FormatInfo');
  return { ...real, formatInfo: issue13FormatInfo };
});

afterEach(cleanup);

const chat = chatExchange({ id: 'chat', body: readFixture('openai-chat-text-1.json'), startedAt: Date.UTC(2025, 9, 2, 9, 29, 0) });
const exchanges = [chat, anthropicExchange.captured, aiSdkExchange.captured, ollamaExchange.captured];
const render = () => renderPanel(exchanges, { decode: handMadeDecoder(decodeExchange) });
const cells = (testid: string) => screen.getAllByTestId('exchange-row').map((row) => within(row).getByTestId(testid).textContent);
const rowIds = () => screen.getAllByTestId('exchange-row').map((row) => row.dataset.exchangeId);
const typeFilter = (text: string) => {
  fireEvent.input(screen.getByTestId('filter-input'), { target: { value: text, selectionStart: text.length } });
};

describe('the list names each exchange format', () => {
  it("shows a Format column by default with the format's label", () => {
    render();
    expect(screen.getByTestId('column-format').textContent).toContain('Format');
    expect(cells('row-format')).toEqual(['OpenAI', 'Anthropic', 'AI SDK', 'Ollama']);
    // The cell's title is the format's name, for telling the AI SDK's streams apart.
    expect(screen.getAllByTestId('row-format').map((cell) => cell.title)).toEqual([
      'openai-chat',
      'anthropic-messages',
      'ai-sdk-ui',
      'ollama',
    ]);
  });

  it('shows a model, tokens and finish the format did not report in the not-reported style, never "null"', () => {
    render();
    // AI SDK: no model in the response nor in the request, no usage, no finish reason.
    const aiSdkRow = screen.getAllByTestId('exchange-row')[2];
    if (aiSdkRow === undefined) throw new Error('no AI SDK row');
    expect(within(aiSdkRow).getByTestId('row-model').textContent).toBe('—');
    expect(within(aiSdkRow).getByTestId('row-tokens').textContent).toBe('—');
    expect(within(aiSdkRow).getByTestId('row-tokens').title).toBe('usage not reported');
    // The chat fixture's usage is 14 → 37; Anthropic: 2095 → 503 with no total; Ollama: 26 → 298.
    expect(cells('row-tokens')).toEqual(['14 → 37', '2,095 → 503', '—', '26 → 298']);
    expect(cells('row-model')).toEqual(['gpt-4o-2024-08-06', 'claude-sonnet-4-5-20250929', '—', 'llama3.2']);
    expect(cells('row-finish')).toEqual(['stop', 'tool_use', '', 'stop']);
    for (const row of screen.getAllByTestId('exchange-row')) expect(row.textContent).not.toContain('null');
  });

  it('sorts by format', () => {
    render();
    fireEvent.click(within(screen.getByTestId('column-format')).getByRole('button'));
    // AI SDK, Anthropic, Ollama, OpenAI (labels, alphabetically).
    expect(rowIds()).toEqual(['ai-sdk-stream', 'anthropic-json', 'ollama-json', 'chat']);
  });

  it('filters by format name or label, case-insensitively, and negated', () => {
    render();
    typeFilter('format:anthropic');
    expect(rowIds()).toEqual(['anthropic-json']);
    typeFilter('format:AI-SDK-UI');
    expect(rowIds()).toEqual(['ai-sdk-stream']);
    typeFilter('format:"ai sdk"');
    expect(rowIds()).toEqual(['ai-sdk-stream']);
    typeFilter('-format:openai');
    expect(rowIds()).toEqual(['anthropic-json', 'ai-sdk-stream', 'ollama-json']);
  });

  it('suggests format: and the formats seen, each with its label', () => {
    render();
    typeFilter('for');
    const keys = within(screen.getByTestId('filter-suggestions')).getAllByTestId('filter-suggestion');
    expect(keys.map((option) => option.textContent)).toEqual(['format:anthropic, gemini, ai-sdk-ui…']);
    typeFilter('format:');
    const values = within(screen.getByTestId('filter-suggestions')).getAllByTestId('filter-suggestion');
    expect(values.map((option) => option.textContent)).toEqual([
      'ai-sdk-uiAI SDK',
      'anthropic-messagesAnthropic',
      'ollamaOllama',
      'openai-chatOpenAI',
    ]);
    // Typing a label finds the name.
    typeFilter('format:olla');
    const ollama = within(screen.getByTestId('filter-suggestions')).getAllByTestId('filter-suggestion');
    expect(ollama.map((option) => option.textContent)).toEqual(['ollamaOllama']);
  });

  it('adds the calls of every format to the session totals, a count not reported adding nothing', () => {
    render();
    // 14 + 2,095 + 26 = 2,135 prompt; 37 + 503 + 298 = 838 completion (the AI SDK call reported none).
    expect(screen.getByTestId('session-totals').textContent).toContain('4 calls · 2,135 → 838 tokens');
  });
});
