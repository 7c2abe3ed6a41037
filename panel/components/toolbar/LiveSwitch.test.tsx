// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../../decode/index';
import { chatExchange } from '../../../testing/exchanges';
import { createFakeLiveSource } from '../../testing/fakeLiveSource';
import { renderPanel } from '../../testing/renderPanel';

afterEach(cleanup);

const START = Date.UTC(2024, 8, 26, 10, 22, 21, 500);
const FIRST = `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o', choices: [{ index: 0, delta: { content: 'Hello so far' }, finish_reason: null }] })}\n\n`;

const inFlight = (body: string): CapturedExchange => ({
  ...chatExchange({ id: 'live-t1-1', stream: true, body, startedAt: START }),
  durationMs: null,
  tapped: {
    arrivals: body === '' ? [] : [[START + 200, body.length]],
    responseAt: START + 100,
    outcome: 'in-flight',
    endedAt: null,
    confirmed: false,
  },
});

async function renderLive() {
  const view = renderPanel([]);
  const live = createFakeLiveSource();
  await act(() => {
    view.store.live.actions.connect(live.source);
    live.origin('https://app.example');
  });
  return { ...view, live };
}

const status = { polling: true, unavailable: null, rejectedDrains: 0, lastRejection: null, droppedChunks: 0 };

describe('the Live switch and in-flight rows', () => {
  it('is off by default, says what it does, and turns Live on and off', async () => {
    const { live } = await renderLive();
    const toggle = screen.getByTestId('live-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.title).toContain('wraps fetch');
    expect(toggle.title.toLowerCase()).toContain('while devtools is open');
    expect(toggle.title).toContain('browser pages or store pages');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(live.calls).toEqual(['off', 'on']);
    fireEvent.click(screen.getByTestId('live-reload-capture'));
    expect(live.calls.at(-1)).toBe('reload');
  });

  it('is not shown without a live source (HAR files, the shell)', () => {
    renderPanel([]);
    expect(screen.queryByTestId('live-toggle')).toBeNull();
  });

  it('lists a request in flight as busy, with its text so far and a "reported by the page" mark', async () => {
    const { live, store } = await renderLive();
    await act(() => {
      live.report(inFlight(FIRST));
    });
    const row = screen.getByTestId('exchange-row');
    expect(row.getAttribute('aria-busy')).toBe('true');
    expect(within(row).getByTestId('row-issues').textContent).toBe('…');
    await act(() => {
      store.actions.select('live-t1-1');
    });
    expect(screen.getByTestId('detail-live-in-flight').textContent).toBe('in flight');
    expect(screen.getByTestId('detail-live-unconfirmed').textContent).toBe('reported by the page');
    expect(screen.queryByTestId('detail-conforms')).toBeNull();
    expect(screen.getByTestId('detail-choice-content').textContent).toContain('Hello so far');
  });

  it('shows the text so far in the Conversation tab, growing with each update', async () => {
    const { live, store } = await renderLive();
    await act(() => {
      live.report(inFlight(FIRST));
      store.actions.select('live-t1-1');
    });
    fireEvent.click(screen.getByTestId('detail-tab-conversation'));
    const response = () => screen.getAllByTestId('conversation-turn').find((turn) => turn.dataset.source === 'response');
    expect(response()?.textContent).toContain('Hello so far');
    const more = `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o', choices: [{ index: 0, delta: { content: ', and more' }, finish_reason: null }] })}\n\n`;
    await act(() => {
      live.report(inFlight(FIRST + more));
    });
    expect(response()?.textContent).toContain('Hello so far, and more');
    expect(store.selectedId.value).toBe('live-t1-1');
  });

  it('shows a request the page aborted as aborted, no longer busy', async () => {
    const { live } = await renderLive();
    await act(() => {
      live.report(inFlight(FIRST));
      live.report({
        ...inFlight(FIRST),
        tapped: {
          arrivals: [],
          responseAt: START + 100,
          outcome: 'aborted',
          endedAt: START + 300,
          confirmed: false,
          message: 'AbortError',
        },
      });
    });
    const row = screen.getByTestId('exchange-row');
    expect(row.getAttribute('aria-busy')).toBeNull();
    expect(within(row).getByTestId('row-status').textContent).toBe('aborted');
  });

  it('says so when the browser record of a finished stream came without its body, which stays the page report', async () => {
    const { live, store } = await renderLive();
    await act(() => {
      live.report({
        ...inFlight(FIRST),
        tapped: {
          arrivals: [[START + 200, FIRST.length]],
          responseAt: START + 100,
          outcome: 'complete',
          endedAt: START + 300,
          confirmed: false,
        },
      });
      store.actions.addExchange({ ...chatExchange({ id: 'har-1', stream: true, body: '', startedAt: START }), body: null });
      store.actions.select('live-t1-1');
    });
    const badge = screen.getByTestId('detail-live-unconfirmed');
    expect(badge.textContent).toBe('reported by the page');
    expect(badge.dataset['browserBody']).toBe('missing');
    expect(badge.title).toContain("browser's record of this request came without its body");
    expect(screen.getByTestId('detail-choice-content').textContent).toContain('Hello so far');
  });

  it('shows a request whose report stopped with Live turned off as "live capture stopped", no longer busy', async () => {
    const { live, store } = await renderLive();
    await act(() => {
      live.report(inFlight(FIRST));
      live.report({
        ...inFlight(FIRST),
        tapped: { arrivals: [[START + 200, FIRST.length]], responseAt: START + 100, outcome: 'stopped', endedAt: null, confirmed: false },
      });
      store.actions.select('live-t1-1');
    });
    const row = screen.getByTestId('exchange-row');
    expect(row.getAttribute('aria-busy')).toBeNull();
    expect(within(row).getByTestId('row-status').textContent).toBe('200');
    expect(screen.queryByTestId('detail-live-in-flight')).toBeNull();
    expect(screen.getByTestId('detail-live-ended').textContent).toBe('live capture stopped');
    expect(screen.getByTestId('detail-choice-content').textContent).toContain('Hello so far');
  });

  it('says when the page refuses Live, and counts forged answers without showing them', async () => {
    const { live } = await renderLive();
    fireEvent.click(screen.getByTestId('live-toggle'));
    await act(() => {
      live.status({ ...status, unavailable: 'Cannot access a chrome:// URL' });
    });
    expect(screen.getByTestId('live-unavailable').textContent).toBe('Live cannot run on this page');
    await act(() => {
      live.status({ ...status, rejectedDrains: 3, lastRejection: 'the drain answered text that is not JSON' });
    });
    expect(screen.getByTestId('live-rejected').textContent).toBe('3 answers from the page ignored');
    expect(screen.queryByTestId('live-unavailable')).toBeNull();
  });
});
