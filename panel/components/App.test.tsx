// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { createPanelStore } from '../store/panelStore';
import { chatExchange } from '../../testing/exchanges';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { readFixture } from '../../testing/fixtureFiles';
import { App } from './App';

afterEach(cleanup);

describe('panel app', () => {
  it('marks itself ready only once connected, and explains what it captures while empty', async () => {
    const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
    const { container } = render(<App store={store} />);
    const root = container.firstElementChild;
    expect(root?.getAttribute('data-listening')).toBe('false');
    expect(screen.queryByTestId('panel-ready')).toBeNull();

    await act(() => {
      store.actions.connect(createFakeNetworkSource().source);
    });
    expect(screen.getByTestId('panel-ready').getAttribute('data-listening')).toBe('true');
    const empty = screen.getByTestId('empty-state').textContent;
    expect(empty).toContain('LLM requests');
    expect(empty).toContain('Reload the inspected page');
  });

  it('leaves the empty state when an exchange arrives, and returns to it on Clear', async () => {
    const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
    const fake = createFakeNetworkSource();
    store.actions.connect(fake.source);
    render(<App store={store} />);
    await act(() => {
      fake.emit(chatExchange({ id: 'a', body: readFixture('openai-chat-text-1.json') }));
    });
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(screen.getByTestId('exchange-count').textContent).toBe('1 request');
    fireEvent.click(screen.getByTestId('clear-button'));
    expect(screen.getAllByTestId('empty-state')).toHaveLength(1);
    expect(screen.queryAllByTestId('exchange-row')).toHaveLength(0);
  });

  it('says why when the devtools page could not be reached', async () => {
    const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
    render(<App store={store} />);
    await act(() => {
      store.actions.connectionFailed('the devtools page did not answer');
    });
    expect(screen.getByTestId('connection-error').textContent).toContain('the devtools page did not answer');
  });

  it('still lists an exchange whose decoding threw, and shows its raw body and the error', () => {
    const store = createPanelStore({
      decode: () => {
        throw new TypeError('decoder bug');
      },
    });
    store.actions.addExchange(chatExchange({ id: 'a', body: '{"id":"chatcmpl-1","object":"chat.completion"}' }));
    render(<App store={store} />);
    fireEvent.click(screen.getByTestId('exchange-row'));
    expect(screen.getByTestId('row-kind').textContent).toBe('failed');
    expect(screen.getByTestId('detail-fallback-error').textContent).toBe('TypeError: decoder bug');
    expect(screen.getByTestId('detail-fallback-body').textContent).toBe('{"id":"chatcmpl-1","object":"chat.completion"}');
  });
});
