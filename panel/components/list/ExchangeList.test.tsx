// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatExchange, nonChatExchange } from '../../testing/capturedExchange';
import { fixtureBody } from '../../testing/fixtureBody';
import { renderPanel } from '../../testing/renderPanel';

// Row times are local; pin the zone so the expected strings hold on every machine.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = zone;
});
afterEach(cleanup);

const at = (second: number) => Date.UTC(2024, 8, 26, 10, 22, second, 250);
const textReply = chatExchange({ id: 'text', body: fixtureBody('openai-chat-text-1.json'), startedAt: at(1) });
const streamWithoutUsage = chatExchange({
  id: 'anthropic',
  body: fixtureBody('anthropic-openai-compat-stream-toolcall-1.sse'),
  stream: true,
  startedAt: at(2),
  url: 'https://api.anthropic.com/v1/chat/completions',
  model: 'claude-haiku-4-5-20251001',
});
const errorReply = chatExchange({ id: 'error', body: fixtureBody('openai-error-400-1.json'), status: 400, startedAt: at(3), model: 'o1-mini' });

const rows = () => screen.getAllByTestId('exchange-row');
const cell = (row: HTMLElement, testid: string) => within(row).getByTestId(testid).textContent;
const selectedRowIds = () => rows().filter((row) => row.getAttribute('aria-selected') === 'true').map((row) => row.dataset.exchangeId);

describe('exchange list', () => {
  it('shows one row per chat exchange and none for other traffic', () => {
    renderPanel([textReply, nonChatExchange('users'), streamWithoutUsage, errorReply]);
    expect(rows().map((row) => row.dataset.exchangeId)).toEqual(['text', 'anthropic', 'error']);
  });

  it('shows time, model, kind, status and total tokens, with "—" when usage is not reported', () => {
    renderPanel([textReply, streamWithoutUsage, errorReply]);
    const [text, stream, error] = rows();
    if (text === undefined || stream === undefined || error === undefined) throw new Error('expected three rows');
    // openai-chat-text-1.json: gpt-4o-2024-08-06, total_tokens 51.
    expect([cell(text, 'row-time'), cell(text, 'row-model'), cell(text, 'row-kind'), cell(text, 'row-status'), cell(text, 'row-tokens')])
      .toEqual(['10:22:01.250', 'gpt-4o-2024-08-06', 'JSON', '200', '51']);
    // The Anthropic compatibility stream sends no usage at all.
    expect([cell(stream, 'row-model'), cell(stream, 'row-kind'), cell(stream, 'row-tokens')]).toEqual([
      'claude-haiku-4-5-20251001',
      'stream',
      '—',
    ]);
    // An error body has no model: the row falls back to the model the request asked for.
    expect([cell(error, 'row-model'), cell(error, 'row-kind'), cell(error, 'row-status'), cell(error, 'row-tokens')]).toEqual([
      'o1-mini',
      'error',
      '400',
      '—',
    ]);
  });

  it('selects a row on click and moves the selection with ↑/↓', () => {
    renderPanel([textReply, streamWithoutUsage, errorReply]);
    const [, stream] = rows();
    if (stream === undefined) throw new Error('expected a second row');
    fireEvent.click(stream);
    expect(selectedRowIds()).toEqual(['anthropic']);
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedRowIds()).toEqual(['error']);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selectedRowIds()).toEqual(['text']);
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('text');
  });

  it('adds a row when the source delivers a new exchange', async () => {
    const { fake } = renderPanel([textReply]);
    await act(() => {
      fake.emit(errorReply);
    });
    expect(rows()).toHaveLength(2);
  });
});
