// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import { formatExchange } from '../../../testing/formatExchanges';
import { renderPanel } from '../../testing/renderPanel';

afterEach(cleanup);

const at = (second: number) => Date.UTC(2024, 8, 26, 10, 22, second, 250);
/** A request body as an SDK sends it: the model, the conversation, optionally the tools offered. */
const request = (model: string, text: string, tools: readonly string[] = []) =>
  JSON.stringify({
    model,
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: text },
    ],
    ...(tools.length === 0 ? {} : { tools: tools.map((name) => ({ type: 'function', function: { name, parameters: {} } })) }),
  });

// openai-chat-text-1.json answers "…like the Weather Channel or a local news station." (14 → 37 tokens).
const text = {
  ...chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json'), startedAt: at(1) }),
  requestBody: request('gpt-4o', 'What is the weather in Paris?'),
};
// openai-stream-text-1.sse: gpt-4o-2024-08-06, usage 14 → 30 in its usage-only final chunk.
const stream = {
  ...chatExchange({ id: 'stream', body: readFixture('openai-stream-text-1.sse'), stream: true, startedAt: at(2) }),
  requestBody: request('gpt-4o', 'Write a haiku about autumn rain', ['lookup_forecast']),
};
// openai-chat-parallel-tools-1.json: calls GetWeatherArgs and get_stock_price (149 → 60 tokens).
const tools = {
  ...chatExchange({ id: 'tools', body: readFixture('openai-chat-parallel-tools-1.json'), startedAt: at(3) }),
  requestBody: request('gpt-4o', 'Edinburgh weather and the AAPL price'),
};
// openai-error-400-1.json: a canonical error body, which conforms; no usage.
const error = {
  ...chatExchange({ id: 'error', body: readFixture('openai-error-400-1.json'), status: 400, startedAt: at(4) }),
  requestBody: request('o1-mini', 'Hello'),
};
// groq-stream-error-1.sse: a 200 stream that ends in `event: error` (a contract error), no usage.
const groq = {
  ...chatExchange({
    id: 'groq',
    body: readFixture('groq-stream-error-1.sse'),
    stream: true,
    startedAt: at(5),
    url: 'https://api.groq.com/openai/v1/chat/completions',
  }),
  requestBody: request('openai/gpt-oss-120b', 'Call get_something_by_name'),
};
const all = [text, stream, tools, error, groq];

const rowIds = () => screen.queryAllByTestId('exchange-row').map((row) => row.dataset.exchangeId);
const filter = () => screen.getByTestId('filter-input');
const type = (value: string) => {
  fireEvent.input(filter(), { target: { value } });
};

describe('filter box', () => {
  it('matches the model', () => {
    renderPanel(all);
    type('gpt-oss');
    expect(rowIds()).toEqual(['groq']);
  });

  it("matches the request's message text and the response's text, ignoring case", () => {
    renderPanel(all);
    type('HAIKU about');
    expect(rowIds()).toEqual(['stream']);
    type('local news station');
    expect(rowIds()).toEqual(['text']);
  });

  it('matches tool names the response called and the request offered', () => {
    renderPanel(all);
    type('get_stock_price');
    expect(rowIds()).toEqual(['tools']);
    type('lookup_forecast');
    expect(rowIds()).toEqual(['stream']);
  });

  it('needs every word, matches the URL, and counts what it hides', () => {
    renderPanel(all);
    type('api.groq.com');
    expect(rowIds()).toEqual(['groq']);
    type('weather paris');
    expect(rowIds()).toEqual(['text']);
    expect(screen.getByTestId('exchange-count').textContent).toBe('1 of 5 requests');
    type('no such words anywhere');
    expect(rowIds()).toEqual([]);
    expect(screen.getByTestId('no-match').textContent).toBe('No request matches the filter (5 hidden).');
  });

  it('is cleared by Esc', () => {
    renderPanel(all);
    type('gpt-oss');
    fireEvent.keyDown(filter(), { key: 'Escape' });
    expect(filter()).toHaveProperty('value', '');
    expect(rowIds()).toEqual(['text', 'stream', 'tools', 'error', 'groq']);
  });

  it('takes focus on / from the list and on Ctrl+F from anywhere, but / typed in a text field stays text', () => {
    renderPanel(all);
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: '/' });
    expect(document.activeElement).toBe(filter());
    grid.focus();
    fireEvent.keyDown(grid, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(filter());
    const slash = fireEvent.keyDown(filter(), { key: '/' });
    expect(slash).toBe(true); // not prevented: the character goes into the box
  });
});

describe('quick toggles', () => {
  const toggle = (testid: string) => {
    fireEvent.click(screen.getByTestId(testid));
  };

  it('show only streams, only errors, only non-conforming responses, and combine', () => {
    renderPanel(all);
    toggle('toggle-streams');
    expect(screen.getByTestId('toggle-streams').getAttribute('aria-pressed')).toBe('true');
    expect(rowIds()).toEqual(['stream', 'groq']);
    toggle('toggle-streams');
    toggle('toggle-errors');
    // The 400, and the 200 stream that ended in an error event.
    expect(rowIds()).toEqual(['error', 'groq']);
    toggle('toggle-errors');
    toggle('toggle-non-conforming');
    expect(rowIds()).toEqual(['groq']);
    toggle('toggle-streams');
    expect(rowIds()).toEqual(['groq']);
    toggle('toggle-non-conforming');
    expect(rowIds()).toEqual(['stream', 'groq']);
    type('haiku');
    expect(rowIds()).toEqual(['stream']);
  });
});

describe('session totals', () => {
  const tableLines = () =>
    within(screen.getByTestId('session-totals-table'))
      .getAllByTestId('session-totals-row')
      .map((row) => Array.from(row.children, (child) => child.textContent));

  it('say tokens were not reported, not "0 → 0", when no call reported usage', () => {
    // openai-ui-text-1.sse: an AI SDK UI stream whose app sent no message metadata, so no usage.
    const body = readFormatFixture('ai-sdk-ui', 'openai-ui-text-1.sse');
    renderPanel([formatExchange('ai-sdk-ui', 'openai-ui-text-1.sse', body)]);
    expect(screen.getByTestId('session-totals').textContent).toBe('1 call · tokens not reported');
  });

  it('count the calls shown while a filter hides some, and say so', () => {
    renderPanel(all);
    type('haiku');
    // Only the stream is shown: openai-stream-text-1.sse, 14 → 30.
    expect(screen.getByTestId('session-totals').textContent).toBe('1 of 5 calls shown · 14 → 30 tokens');
    expect(screen.getByTestId('session-totals').dataset.scope).toBe('shown');
    expect(tableLines()).toEqual([
      ['gpt-4o-2024-08-06', '1', '14', '30'],
      ['All models', '1', '14', '30'],
    ]);
    type('');
    expect(screen.getByTestId('session-totals').textContent).toBe('5 calls · 177 → 127 tokens');
  });

  it('count every call per model when asked to, whatever the filter shows', () => {
    renderPanel(all);
    type('haiku');
    fireEvent.click(screen.getByTestId('session-totals-scope-all'));
    // 14 + 14 + 149 prompt, 37 + 30 + 60 completion; the error and the Groq stream report no usage.
    expect(screen.getByTestId('session-totals').textContent).toBe('5 calls (all) · 177 → 127 tokens');
    expect(screen.getByTestId('session-totals').dataset.scope).toBe('all');
    const lines = tableLines();
    expect(lines).toEqual([
      ['gpt-4o-2024-08-06', '3', '177', '127'],
      // An error body names no model: the request's is used.
      ['o1-mini', '1 (1 without usage)', '0', '0'],
      ['openai/gpt-oss-120b', '1 (1 without usage)', '0', '0'],
      ['All models', '5 (2 without usage)', '177', '127'],
    ]);
  });

  it('are hidden while nothing is listed, and reset by Clear', () => {
    renderPanel(all);
    fireEvent.click(screen.getByTestId('clear-button'));
    expect(screen.queryByTestId('session-totals')).toBeNull();
  });
});
