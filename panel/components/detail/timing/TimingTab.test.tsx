// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { decodedTabProps } from '../../../testing/decodedTabProps';
import { readFixture } from '../../../../testing/fixtureFiles';
import { TimingTab } from './TimingTab';

afterEach(cleanup);

const phaseValues = () =>
  Object.fromEntries(
    screen
      .getAllByTestId('timing-phase')
      .map((row): [string, string] => [row.dataset['phase'] ?? '', within(row).getByTestId('timing-phase-value').textContent]),
  );
const eventTexts = (testid: string) => screen.getAllByTestId(testid).map((cell) => cell.textContent);

describe('TimingTab', () => {
  it('shows each HAR phase with its duration, the total, and bars placed on the timeline', () => {
    const captured = {
      ...chatExchange({ id: 'json', body: readFixture('openai-chat-text-1.json') }),
      durationMs: 844.9,
      timings: { blocked: 2.5, dns: -1, connect: 30, ssl: 20, send: 0.4, wait: 700, receive: 112 },
    };
    render(<TimingTab {...decodedTabProps(captured)} />);
    expect(phaseValues()).toEqual({
      blocked: '2.5 ms',
      dns: '—',
      connect: '30 ms',
      ssl: '20 ms',
      send: '0.40 ms',
      wait: '700 ms',
      receive: '112 ms',
    });
    expect(screen.getByTestId('timing-total').textContent).toBe('845 ms');
    // wait starts after blocked, connect and send: 32.9 ms of an 844.9 ms timeline.
    const waitBar = screen
      .getAllByTestId('timing-phase')
      .find((row) => row.dataset['phase'] === 'wait')
      ?.querySelector<HTMLElement>('.timing-waterfall__bar');
    expect(Number.parseFloat(waitBar?.style.marginLeft ?? '')).toBeCloseTo((32.9 / 844.9) * 100, 3);
    expect(Number.parseFloat(waitBar?.style.width ?? '')).toBeCloseTo((700 / 844.9) * 100, 3);
  });

  it('gives a JSON response’s output speed over wait + receive and lists no events', () => {
    // openai-chat-text-1.json reports 37 completion tokens; the builder's timings are wait 700 + receive 112 ms.
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 'json', body: readFixture('openai-chat-text-1.json') }))} />);
    expect(screen.getByTestId('timing-tokens-per-second-value').textContent).toBe('45.6 tokens/s');
    expect(screen.getByTestId('timing-tokens-per-second').textContent).toContain('37 completion tokens ÷ wait + receive time, 812 ms');
    expect(screen.queryByTestId('timing-stream')).toBeNull();
  });

  it('lists every event of a stream in order with what it adds, and its speed over receive', () => {
    // openai-stream-text-1.sse, counted by hand: #0 role, #1..#30 one word each, #31 finish, #32 usage, #33 [DONE].
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }))} />);
    expect(screen.getByTestId('timing-stream-events').textContent).toBe('34');
    expect(screen.getByTestId('timing-stream-done').textContent).toBe('yes');
    expect(screen.getByTestId('stream-event-list').getAttribute('data-count')).toBe('34');
    // 30 completion tokens over 112 ms of receiving.
    expect(screen.getByTestId('timing-tokens-per-second-value').textContent).toBe('268 tokens/s');

    expect(eventTexts('stream-event-index').slice(0, 4)).toEqual(['#0', '#1', '#2', '#3']);
    expect(eventTexts('stream-event-summary').slice(0, 4)).toEqual(['', '"I\'m"', '" unable"', '" to"']);
    // The rows after the first screen are virtualized away; End moves the selection to the last event.
    fireEvent.keyDown(screen.getByTestId('stream-event-list'), { key: 'End' });
    const detail = screen.getByTestId('stream-event-detail');
    expect(detail.dataset['index']).toBe('33');
    expect(within(detail).getByTestId('stream-event-text').textContent).toBe('[DONE]');
  });

  it('shows the selected event’s data as a tree', () => {
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }))} />);
    const second = screen.getAllByTestId('stream-event').find((row) => row.dataset['index'] === '1');
    if (second === undefined) throw new Error('event 1 not rendered');
    fireEvent.click(second);
    expect(second.getAttribute('aria-selected')).toBe('true');
    const tree = within(screen.getByTestId('stream-event-detail')).getByTestId('stream-event-tree');
    expect(tree.querySelector('[data-path="choices[0].delta.content"]')?.textContent).toBe('content: "I\'m"');
    expect(tree.querySelector('[data-path="id"]')?.textContent).toBe('id: "chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"');
  });

  it('names finish, usage and [DONE] events in the summaries', () => {
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }))} />);
    const list = screen.getByTestId('stream-event-list');
    // Scroll to the bottom as a user would (happy-dom has no layout, so the virtualizer cannot scroll itself).
    list.scrollTop = 34 * 20;
    fireEvent.scroll(list);
    const summaries = Object.fromEntries(
      screen
        .getAllByTestId('stream-event')
        .map((row): [string, string] => [row.dataset['index'] ?? '', within(row).getByTestId('stream-event-summary').textContent]),
    );
    expect(summaries['30']).toBe('"."');
    expect(summaries['31']).toBe('finish: stop');
    expect(summaries['32']).toBe('usage');
    expect(summaries['33']).toBe('[DONE]');
  });

  it('keeps the DOM small for a long stream: 990 events, a screenful of rows', () => {
    // groq-stream-reasoning-1.sse has 990 events (SOURCES.tsv).
    render(<TimingTab {...decodedTabProps(chatExchange({ id: 'g', stream: true, body: readFixture('groq-stream-reasoning-1.sse') }))} />);
    expect(screen.getByTestId('timing-stream-events').textContent).toBe('990');
    expect(screen.getByTestId('stream-event-list').getAttribute('data-count')).toBe('990');
    expect(screen.getAllByTestId('stream-event').length).toBeLessThan(40);
  });

  it('renders 200,000 events as a screenful of rows and reaches the last one by scrolling', () => {
    const props = decodedTabProps(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }));
    if (props.decoded.stream === null) throw new Error('a stream');
    const eventList = Array.from({ length: 200_000 }, (_, index) => ({
      index,
      data: `{"choices":[{"index":0,"delta":{"content":"t${index}"}}]}`,
    }));
    render(
      <TimingTab
        captured={props.captured}
        decoded={{ ...props.decoded, stream: { ...props.decoded.stream, events: 200_000, eventList } }}
      />,
    );
    const list = screen.getByTestId('stream-event-list');
    expect(list.getAttribute('data-count')).toBe('200000');
    expect(screen.getAllByTestId('stream-event').length).toBeLessThan(40);
    list.scrollTop = 200_000 * 20;
    fireEvent.scroll(list);
    expect(eventTexts('stream-event-index')).toContain('#199999');
    expect(eventTexts('stream-event-summary')).toContain('"t199999"');
    expect(screen.getAllByTestId('stream-event').length).toBeLessThan(40);
  });

  it('says why the speed is unknown when the stream reports no usage', () => {
    // anthropic-openai-compat-stream-toolcall-1.sse carries no usage (SOURCES.tsv).
    render(
      <TimingTab
        {...decodedTabProps(chatExchange({ id: 'a', stream: true, body: readFixture('anthropic-openai-compat-stream-toolcall-1.sse') }))}
      />,
    );
    expect(screen.getByTestId('timing-tokens-per-second').textContent).toBe('not known: the response reports no completion tokens');
  });
});
