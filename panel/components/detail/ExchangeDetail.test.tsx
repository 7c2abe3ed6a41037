// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CapturedExchange } from '../../../decode/index';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { renderPanel } from '../../testing/renderPanel';

// `created` is shown as a local date-time; pin the zone so the expected strings hold everywhere.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = zone;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the panel with one exchange, clicks its row and returns the detail view. */
function openDetail(exchange: CapturedExchange): HTMLElement {
  renderPanel([exchange]);
  const [row] = screen.getAllByTestId('exchange-row');
  if (row === undefined) throw new Error('the exchange got no row');
  fireEvent.click(row);
  return screen.getByTestId('exchange-detail');
}

const text = (scope: HTMLElement, testid: string) => within(scope).getByTestId(testid).textContent;
const texts = (scope: HTMLElement, testid: string) =>
  within(scope)
    .getAllByTestId(testid)
    .map((node) => node.textContent);

describe('exchange detail', () => {
  it('writes the duration badge as the list writes it: 33.05 s, not 33051 ms', () => {
    const detail = openDetail({ ...chatExchange({ id: 'slow', body: readFixture('openai-chat-text-1.json') }), durationMs: 33_051 });
    expect(text(detail, 'detail-duration')).toBe('33.05 s');
    expect(within(screen.getByTestId('exchange-row')).getByTestId('row-duration').textContent).toBe('33.05 s');
  });

  it('shows the envelope, every choice and the usage of a JSON completion', () => {
    // Three minutes after `created`, so the relative time reads "3 min ago".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2024, 8, 26, 10, 25, 22));
    const detail = openDetail(chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json') }));
    expect(text(detail, 'detail-id')).toBe('chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY');
    expect(text(detail, 'detail-object')).toBe('chat.completion');
    expect(text(detail, 'detail-created')).toBe('2024-09-26 10:22:22, 3 min ago (1727346142)');
    expect(text(detail, 'detail-created-raw')).toBe('1727346142');
    expect(text(detail, 'detail-model')).toBe('gpt-4o-2024-08-06');
    expect(text(detail, 'detail-system-fingerprint')).toBe('fp_b40fb1c6fb');
    expect(texts(detail, 'detail-choice')).toHaveLength(1);
    expect(text(detail, 'detail-choice-index')).toBe('0');
    expect(text(detail, 'detail-choice-role')).toBe('assistant');
    expect(text(detail, 'detail-choice-content')).toBe(
      "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local news station.",
    );
    expect(text(detail, 'detail-choice-finish-reason')).toBe('stop');
    expect([text(detail, 'detail-usage-prompt'), text(detail, 'detail-usage-completion'), text(detail, 'detail-usage-total')]).toEqual([
      '14',
      '37',
      '51',
    ]);
    expect(text(detail, 'detail-status')).toBe('200');
  });

  it('shows each tool call with its name and its arguments pretty-printed', () => {
    const detail = openDetail(chatExchange({ id: 'tools', body: readFixture('openai-chat-parallel-tools-1.json') }));
    const calls = within(detail).getAllByTestId('detail-tool-call');
    expect(calls.map((call) => text(call, 'detail-tool-call-name'))).toEqual(['GetWeatherArgs', 'get_stock_price']);
    expect(calls.map((call) => text(call, 'detail-tool-call-id'))).toEqual([
      'call_fdNz3vOBKYgOIpMdWotB9MjY',
      'call_h1DWI1POMJLb0KwIyQHWXD4p',
    ]);
    expect(calls.map((call) => text(call, 'detail-tool-call-arguments'))).toEqual([
      '{\n  "city": "Edinburgh",\n  "country": "GB",\n  "units": "c"\n}',
      '{\n  "ticker": "AAPL",\n  "exchange": "NASDAQ"\n}',
    ]);
    expect(text(detail, 'detail-choice-content')).toBe('null');
    expect(text(detail, 'detail-choice-finish-reason')).toBe('tool_calls');
    expect(text(detail, 'detail-usage-total')).toBe('209');
  });

  it('says "not reported" for usage a stream did not send, and shows what the stream was', () => {
    const detail = openDetail(
      chatExchange({ id: 'anthropic', body: readFixture('anthropic-openai-compat-stream-toolcall-1.sse'), stream: true }),
    );
    expect([text(detail, 'detail-usage-prompt'), text(detail, 'detail-usage-completion'), text(detail, 'detail-usage-total')]).toEqual([
      'not reported',
      'not reported',
      'not reported',
    ]);
    expect(text(detail, 'detail-model')).toBe('claude-haiku-4-5-20251001');
    expect(text(detail, 'detail-choice-content')).toBe('Reading it.');
    expect(text(detail, 'detail-tool-call-name')).toBe('read_file');
    expect(text(detail, 'detail-tool-call-arguments')).toBe('{\n  "path": "a.txt"\n}');
    // created is 0 in this recording: shown, not hidden.
    expect(text(detail, 'detail-created-raw')).toBe('0');
    expect(text(detail, 'detail-stream-events')).toBe('9');
    expect(text(detail, 'detail-stream-done')).toBe('yes');
  });

  it('shows the error message, type and code of an error response', () => {
    const detail = openDetail(chatExchange({ id: 'error', body: readFixture('openai-error-400-1.json'), status: 400 }));
    expect(text(detail, 'detail-error-message')).toBe("Unsupported value: 'messages[0].role' does not support 'system' with this model.");
    expect(text(detail, 'detail-error-type')).toBe('invalid_request_error');
    expect(text(detail, 'detail-error-code')).toBe('unsupported_value');
    expect(text(detail, 'detail-status')).toBe('400');
    expect(within(detail).queryByTestId('detail-choice')).toBeNull();
  });

  it('says a stream that stopped without its end marker did not end properly', () => {
    // groq-stream-error-1.sse ends with `event: error` and no [DONE].
    const detail = openDetail(chatExchange({ id: 'groq', body: readFixture('groq-stream-error-1.sse'), stream: true }));
    expect(text(detail, 'detail-stream-done')).toBe('no: it reported an error');
  });

  // Two content chunks of a stream whose last 1,000 bytes Firefox kept back: no [DONE] arrived.
  const keptStream = [
    'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}]}',
    'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"lo"}}]}',
    '',
  ].join('\n\n');

  it('says a stream the browser cut has an unknown end, not a missing [DONE]', () => {
    const cut = { keptBytes: keptStream.length, totalBytes: keptStream.length + 1_000 };
    const detail = openDetail(chatExchange({ id: 'cut', body: keptStream, stream: true, bodyCut: cut }));
    expect(text(detail, 'detail-stream-events')).toBe('2');
    expect(text(detail, 'detail-stream-done')).toBe('unknown: the browser cut the body before its end');
  });

  it('says the same stream, not cut by the browser, stopped without [DONE]', () => {
    const detail = openDetail(chatExchange({ id: 'uncut', body: keptStream, stream: true }));
    expect(text(detail, 'detail-stream-done')).toBe('no: it stopped without [DONE]');
  });

  it('says the body was unavailable, and why', () => {
    const detail = openDetail(chatExchange({ id: 'gone', body: null, bodyUnavailableReason: 'evicted from the inspector cache' }));
    expect(text(detail, 'detail-body-unavailable')).toBe('Body unavailable: evicted from the inspector cache');
    expect(text(detail, 'detail-body-unavailable-reason')).toBe('evicted from the inspector cache');
  });
});
