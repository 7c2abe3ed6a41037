// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../../../decode/index';
import { decodeExchange } from '../../../../decode/index';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { decodedTabProps } from '../../../testing/decodedTabProps';
import { piecesAfter, tappedExchange } from '../../../testing/tappedExchange';
import { TimingTab } from './TimingTab';

afterEach(cleanup);

const START = 1_760_000_000_000;
const text = (testid: string): string => screen.getByTestId(testid).textContent;

// openai-stream-text-1.sse: 34 events; #0 role with content "", #1-#30 text, #31 finish, #32 usage (30 completion tokens), #33 [DONE].
const body = readFixture('openai-stream-text-1.sse');
const pieces = piecesAfter(body, '\n\n');
// 50 ms apart from 500 ms, except a 1,000 ms wait before #20.
const times = pieces.map((_, index) => (index < 20 ? 500 + 50 * index : 2450 + 50 * (index - 20)));
const stream = (fields: Partial<Parameters<typeof tappedExchange>[2]> = {}, count = pieces.length): CapturedExchange =>
  tappedExchange(chatExchange({ id: 'live', stream: true, body }), pieces.slice(0, count), {
    startedAt: START,
    times,
    responseMs: 300,
    ...fields,
  });

describe('TimingTab with Live timing', () => {
  it('shows the figures of a finished stream and its timeline, marked as reported by the page', () => {
    render(<TimingTab {...decodedTabProps(stream())} />);
    expect(text('timing-ttfb')).toBe('300 ms');
    expect(text('timing-ttft')).toBe('550 ms');
    expect(text('timing-ttlt')).toBe('2.95 s');
    expect(text('timing-gap-median')).toBe('50 ms');
    expect(text('timing-gap-p95')).toBe('50 ms');
    expect(text('timing-longest-stall')).toBe('1.00 s before event #20, at 2.45 s');
    // The exact figures for scripts, beside the rounded text.
    const exact = (testid: string) => screen.getByTestId(testid).querySelector('[data-ms]')?.getAttribute('data-ms');
    expect(['timing-ttfb', 'timing-ttft', 'timing-ttlt', 'timing-gap-median', 'timing-longest-stall'].map(exact)).toEqual([
      '300',
      '550',
      '2950',
      '50',
      '1000',
    ]);
    // 30 completion tokens from the first token (550 ms) to the last (2,950 ms): 2.4 s.
    expect(text('timing-tokens-per-second-value')).toBe('12.5 tokens/s');
    expect(text('timing-tokens-per-second')).toContain('first token to last, 2.40 s');
    expect(screen.getByTestId('timing-live-source').dataset['confirmed']).toBe('false');
    expect(text('timing-live-source')).toContain('reported by the page');

    // The strip runs to the end, 5 ms after the last event: 3,105 ms, which toFixed(2) writes 3.10 (3.105 is just below in binary).
    const chart = screen.getByTestId('timing-event-chart');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Event timeline: 34 events over 3.10 s; first token at 550 ms; last token at 2.95 s; longest stall 1.00 s before event #20',
    );
    // Events are ≥ 50 ms apart on a 3.1 s strip: one tick each, the 30 text events in the accent colour.
    const ticks = screen.getAllByTestId('timing-chart-tick');
    expect(ticks).toHaveLength(34);
    expect(ticks.filter((tick) => tick.getAttribute('class')?.includes('--token') === true)).toHaveLength(30);
    expect(screen.getByTestId('timing-chart-stall').dataset['event']).toBe('20');
    expect(text('timing-events-note')).toBe('Each event’s arrival time is on the timeline above and in the list.');
    // The list rows carry their times: #0 at 500 ms, #1 at 550 ms, …
    expect(
      screen
        .getAllByTestId('stream-event-time')
        .slice(0, 3)
        .map((cell) => cell.textContent),
    ).toEqual(['+500 ms', '+550 ms', '+600 ms']);
  });

  it('shows the figures so far while the stream is in flight', () => {
    // The first 10 events have arrived (#0 role, #1-#9 text); no usage yet, so characters per second.
    render(<TimingTab {...decodedTabProps(stream({ outcome: 'in-flight' }, 10))} />);
    expect(screen.getByTestId('timing-live-outcome').dataset['outcome']).toBe('in-flight');
    expect(text('timing-ttft')).toBe('550 ms');
    expect(text('timing-ttlt')).toBe('950 ms');
    expect(screen.getByText('time to last token so far')).toBeTruthy();
    expect(screen.getByTestId('timing-tokens-per-second-value').dataset['unit']).toBe('characters');
    expect(screen.getAllByTestId('timing-chart-tick')).toHaveLength(10);
  });

  it('shows the wait before the first chunk, and nothing for a JSON answer', () => {
    render(<TimingTab {...decodedTabProps(stream({ outcome: 'in-flight' }, 0))} />);
    expect(text('timing-ttfb')).toBe('300 ms');
    expect(text('timing-ttft')).toBe('no token yet');
    expect(text('timing-gap-median')).toBe('fewer than two events');
    expect(screen.queryAllByTestId('timing-chart-tick')).toHaveLength(0);
    cleanup();
    const json = tappedExchange(
      chatExchange({ id: 'json', body: readFixture('openai-chat-text-1.json') }),
      [readFixture('openai-chat-text-1.json')],
      {
        startedAt: START,
        times: [900],
        responseMs: 850,
      },
    );
    render(<TimingTab {...decodedTabProps(json)} />);
    expect(screen.queryByTestId('timing-live')).toBeNull();
  });

  it('times the events the tab parses from the body when the decoding left the event list out', () => {
    const captured = stream();
    const decoded = decodeExchange(captured, { streamEvents: false });
    if (decoded === null) throw new Error('chat');
    render(<TimingTab captured={captured} decoded={decoded} />);
    expect(text('timing-ttft')).toBe('550 ms');
    expect(text('timing-longest-stall')).toBe('1.00 s before event #20, at 2.45 s');
    expect(screen.getAllByTestId('timing-chart-tick')).toHaveLength(34);
  });

  it('drops the page mark once the browser’s record confirmed the body', () => {
    render(<TimingTab {...decodedTabProps(stream({ confirmed: true }))} />);
    expect(screen.getByTestId('timing-live-source').dataset['confirmed']).toBe('true');
    expect(text('timing-live-source')).not.toContain('reported by the page');
    expect(text('timing-ttft')).toBe('550 ms');
  });

  it('keeps the page mark and says why when the browser’s record came without the body', () => {
    const captured = stream();
    if (captured.tapped === undefined) throw new Error('tapped');
    render(<TimingTab {...decodedTabProps({ ...captured, tapped: { ...captured.tapped, browserBodyMissing: true } })} />);
    expect(screen.getByTestId('timing-live-source').dataset['confirmed']).toBe('false');
    expect(text('timing-live-source')).toContain('reported by the page');
    expect(text('timing-live-source')).toContain('the browser’s record of the request came without its body, so they stay.');
    expect(text('timing-live-source')).not.toContain('replaces the body');
  });

  it('without Live keeps the event list without times and says how to get them', () => {
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 'plain', stream: true, body }))} />);
    expect(screen.queryByTestId('timing-live')).toBeNull();
    expect(screen.queryByTestId('timing-event-chart')).toBeNull();
    expect(text('timing-events-note')).toContain('without times of their own');
    expect(text('timing-events-note')).toContain('Turn on Live');
    expect(screen.queryAllByTestId('stream-event-time')).toHaveLength(0);
  });

  it('stays whole with forged tap data: no numbers, lengths far beyond the body, 100,000 arrivals', () => {
    const captured: CapturedExchange = {
      ...chatExchange({ id: 'forged', stream: true, body }),
      tapped: {
        arrivals: Array.from({ length: 100_000 }, (_, index): [number, number] =>
          index % 3 === 0 ? [Number.NaN, Number.POSITIVE_INFINITY] : [index % 2 === 0 ? -1e300 : 1e300, index * 1e9],
        ),
        responseAt: Number.NaN,
        outcome: 'in-flight',
        endedAt: Number.NEGATIVE_INFINITY,
        confirmed: false,
        droppedChunks: 7,
      },
    };
    render(<TimingTab {...decodedTabProps(captured)} />);
    expect(screen.getByTestId('timing-event-chart')).toBeTruthy();
    expect(text('timing-live-source')).toContain('dropped 7 chunk(s)');
    expect(text('timing-ttfb')).toBe('—');
  });
});
