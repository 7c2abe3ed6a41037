// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

/**
 * Integers beyond 2^53 (9,007,199,254,740,991) as a buggy server might send them. What JavaScript
 * would show instead, worked out by hand: 12345678901234567890 reads back as 12345678901234567000,
 * 98765432109876543210 as 98765432109876540000, 9007199254740993 as 9007199254740992.
 */
const body = JSON.stringify({
  id: 'chatcmpl-big',
  object: 'chat.completion',
  model: 'gpt-4o',
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id": 98765432109876543210, "qty": 2}' } },
        ],
      },
      finish_reason: 'tool_calls',
    },
  ],
  usage: { prompt_tokens: 0, completion_tokens: 5, total_tokens: 5 },
})
  // JSON.stringify cannot write such numbers (they would be rounded first): spliced in as text.
  .replace('"model"', '"created":12345678901234567890,"model"')
  .replace('"prompt_tokens":0', '"prompt_tokens":9007199254740993');
const big = chatExchange({ id: 'big', body });
const NOTE = 'exceeds 2^53; shown as sent';

describe('integers beyond 2^53', () => {
  it('Response tab: created, usage counts and tool arguments show the digits as sent, marked', () => {
    const { panel } = openDetailTab([big], 'response');
    const created = within(panel).getByTestId('detail-created-raw');
    expect(created.textContent).toBe('12345678901234567890');
    expect(created.title).toBe(NOTE);
    expect(within(panel).getByTestId('detail-created').textContent).not.toContain('12345678901234567000');

    const prompt = within(panel).getByTestId('detail-usage-prompt');
    expect(prompt.textContent).toBe('9,007,199,254,740,993');
    expect(prompt.querySelector('[data-precise="true"]')?.getAttribute('title')).toBe(NOTE);
    // 5 is an ordinary count: not marked.
    expect(within(panel).getByTestId('detail-usage-completion').textContent).toBe('5');
    expect(within(panel).getByTestId('detail-usage-completion').querySelector('[data-precise]')).toBeNull();

    const args = within(panel).getByTestId('detail-tool-call-arguments');
    expect(args.textContent).toBe('{\n  "order_id": 98765432109876543210,\n  "qty": 2\n}');
    const marked = [...args.querySelectorAll('[data-precise="true"]')].map((span) => [span.textContent, span.getAttribute('title')]);
    expect(marked).toEqual([['98765432109876543210', NOTE]]);
  });

  it('Usage tab: the count shows its digits as sent', () => {
    const { panel } = openDetailTab([big], 'usage');
    expect(within(panel).getByTestId('usage-prompt').textContent).toBe('9,007,199,254,740,993');
    expect(within(panel).getByTestId('usage-completion').textContent).toBe('5');
  });

  it('Raw tab: the JSON tree line shows the digits as sent, marked', () => {
    const { panel } = openDetailTab([big], 'raw');
    const response = within(panel).getByTestId('raw-response-tree');
    const line = response.querySelector('[data-path="created"]');
    expect(line?.textContent).toBe('created: 12345678901234567890');
    expect(line?.querySelector('[data-precise="true"]')?.getAttribute('title')).toBe(NOTE);
    expect(response.querySelector('[data-path="usage.prompt_tokens"]')?.textContent).toBe('prompt_tokens: 9007199254740993');
    expect(response.querySelector('[data-path="usage.completion_tokens"] [data-precise]')).toBeNull();
  });

  it('Conversation tab: the tool call arguments show the digits as sent', () => {
    const { panel } = openDetailTab([big], 'conversation');
    const args = within(panel).getByTestId('conversation-tool-call-arguments');
    expect(args.textContent).toContain('"order_id": 98765432109876543210');
    expect(args.querySelector('[data-precise="true"]')?.textContent).toBe('98765432109876543210');
  });

  it("a provider extension (Together's seed) and a stream event's tree show the digits as sent", () => {
    // hf-together-chat-reasoning-1.json: choices[0].seed 5844196810245229000 (a double, but not told from its neighbours).
    const { panel } = openDetailTab([chatExchange({ id: 'together', body: readFixture('hf-together-chat-reasoning-1.json') })], 'response');
    const seed = within(panel)
      .getAllByTestId('detail-extension')
      .find((item) => item.dataset.path === 'choices[0].seed');
    const value = seed === undefined ? null : within(seed).getByTestId('detail-extension-value');
    expect(value?.textContent).toBe('5844196810245229000');
    expect(value?.querySelector('[data-precise="true"]')?.getAttribute('title')).toBe(NOTE);
    cleanup();

    // hf-together-stream-1.sse: event 954 carries choices[0].seed 7228414683750928000.
    const stream = openDetailTab([chatExchange({ id: 'stream', stream: true, body: readFixture('hf-together-stream-1.sse') })], 'raw');
    const events = within(stream.panel).getByTestId('stream-event-list');
    events.focus();
    fireEvent.keyDown(events, { key: 'End' });
    fireEvent.keyDown(events, { key: 'ArrowUp' });
    const detail = screen.getByTestId('stream-event-detail');
    expect(detail.dataset.index).toBe('954');
    const line = detail.querySelector('[data-path="choices[0].seed"]');
    expect(line?.textContent).toBe('seed: 7228414683750928000');
    expect(line?.querySelector('[data-precise="true"]')).not.toBeNull();
  });
});
