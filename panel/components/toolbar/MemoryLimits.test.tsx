// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { memoryStorage } from '../../testing/memoryStorage';
import { renderPanel } from '../../testing/renderPanel';

afterEach(cleanup);

const reply = (id: string) => chatExchange({ id, body: readFixture('openai-chat-text-1.json') });
const rowIds = () => screen.queryAllByTestId('exchange-row').map((row) => row.dataset.exchangeId);

function applyLimits(requests: string, megabytes: string) {
  fireEvent.input(screen.getByTestId('settings-max-exchanges'), { target: { value: requests } });
  fireEvent.input(screen.getByTestId('settings-max-body-mb'), { target: { value: megabytes } });
  fireEvent.click(screen.getByTestId('settings-apply-limits'));
}

describe('memory limits', () => {
  it('show the defaults, drop the oldest once lowered, and the toolbar counts the drops until Clear', async () => {
    const { storage, stored } = memoryStorage();
    const { fake } = renderPanel(['a', 'b', 'c', 'd'].map(reply), { storage });
    expect(screen.getByTestId<HTMLInputElement>('settings-max-exchanges').value).toBe('5000');
    expect(screen.getByTestId<HTMLInputElement>('settings-max-body-mb').value).toBe('256');
    expect(screen.queryByTestId('dropped-count')).toBeNull();

    applyLimits('2', '256');
    expect(rowIds()).toEqual(['c', 'd']);
    expect(stored()).toMatchObject({ maxExchanges: 2, maxBodyMegabytes: 256 });
    const dropped = screen.getByTestId('dropped-count');
    expect(dropped.textContent).toBe('2 dropped');
    expect(dropped.title).toBe(
      'The oldest 2 requests were dropped to keep at most 2 requests and 256 MB of body text in memory. Change the limits under Settings (the gear), Memory. Clear starts the count again.',
    );
    expect(screen.getByTestId('exchange-count').textContent).toBe('2 requests');

    await act(() => {
      fake.emit(reply('e'));
    });
    expect(rowIds()).toEqual(['d', 'e']);
    expect(screen.getByTestId('dropped-count').textContent).toBe('3 dropped');

    fireEvent.click(screen.getByTestId('clear-button'));
    expect(screen.queryByTestId('dropped-count')).toBeNull();
  });

  it('write thousands with a separator in the count', async () => {
    const { store } = renderPanel([]);
    store.actions.setLogLimits({ maxExchanges: 1, maxBodyMegabytes: 256 });
    await act(() => {
      for (let n = 0; n <= 1_234; n += 1) store.actions.addExchange(reply(`r${n}`));
    });
    expect(screen.getByTestId('dropped-count').textContent).toBe('1,234 dropped');
  });

  it('refuse a value out of range, say why, and keep the saved one', () => {
    const { store } = renderPanel(['a', 'b'].map(reply));
    fireEvent.input(screen.getByTestId('settings-max-exchanges'), { target: { value: '0' } });
    fireEvent.input(screen.getByTestId('settings-max-body-mb'), { target: { value: '4096' } });
    expect(screen.getByTestId('settings-max-exchanges-error').textContent).toBe(
      'Requests kept: a whole number of requests from 1 to 100,000',
    );
    expect(screen.getByTestId('settings-max-body-mb-error').textContent).toBe('Body text kept (MB): a whole number of MB from 1 to 2,048');
    expect(screen.getByTestId<HTMLButtonElement>('settings-apply-limits').disabled).toBe(true);
    fireEvent.input(screen.getByTestId('settings-max-exchanges'), { target: { value: '' } });
    expect(screen.getByTestId('settings-max-exchanges-error').textContent).toBe(
      'Requests kept: a whole number of requests from 1 to 100,000',
    );
    expect(store.settings.limits.value).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(rowIds()).toEqual(['a', 'b']);
  });

  it('come back in a new panel from storage', () => {
    const { storage } = memoryStorage();
    renderPanel([], { storage });
    applyLimits('12000', '64');
    cleanup();
    renderPanel([], { storage });
    expect(screen.getByTestId<HTMLInputElement>('settings-max-exchanges').value).toBe('12000');
    expect(screen.getByTestId<HTMLInputElement>('settings-max-body-mb').value).toBe('64');
  });

  it('deselect a shown exchange cleanly when it is dropped', async () => {
    const { store } = renderPanel(['a', 'b'].map(reply));
    fireEvent.click(screen.getAllByTestId('exchange-row')[0] ?? document.body);
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('a');
    await act(() => {
      store.actions.setLogLimits({ maxExchanges: 1, maxBodyMegabytes: 256 });
    });
    expect(screen.queryByTestId('exchange-detail')).toBeNull();
    expect(screen.getByTestId('detail-placeholder')).toBeTruthy();
    expect(screen.getAllByTestId('exchange-row').map((row) => row.getAttribute('aria-selected'))).toEqual(['false']);
  });
});
