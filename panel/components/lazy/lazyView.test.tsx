// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderBoundary } from '../RenderBoundary';
import { lazyView } from './lazyView';

afterEach(cleanup);

type Props = { readonly name: string };
const Greeting: FunctionComponent<Props> = ({ name }) => <p data-testid="greeting">Hello, {name}</p>;

/** A loader the test resolves or rejects when it chooses, counting how often it was asked. */
function controlledLoader() {
  const calls: { resolve: (view: FunctionComponent<Props>) => void; reject: (error: unknown) => void }[] = [];
  const load = () =>
    new Promise<FunctionComponent<Props>>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

describe('a view loaded when first needed', () => {
  it('says "Loading…" until its code is in, then shows the view with its props', async () => {
    const { load, calls } = controlledLoader();
    const { View } = lazyView(load, 'the Raw tab');
    render(<View name="Ada" />);
    expect(screen.getByTestId('lazy-loading').textContent).toBe('Loading the Raw tab…');
    expect(screen.queryByTestId('greeting')).toBeNull();
    calls[0]?.resolve(Greeting);
    await waitFor(() => {
      expect(screen.getByTestId('greeting').textContent).toBe('Hello, Ada');
    });
    expect(screen.queryByTestId('lazy-loading')).toBeNull();
  });

  it('loads its code once, and renders at once after a preload', async () => {
    const { load, calls } = controlledLoader();
    const { View, preload } = lazyView(load, 'the Raw tab');
    const first = preload();
    void preload();
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(Greeting);
    await first;
    render(<View name="Grace" />);
    expect(screen.getByTestId('greeting').textContent).toBe('Hello, Grace');
    expect(screen.queryByTestId('lazy-loading')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('shows the boundary’s fallback when its code cannot load, and tries again next time', async () => {
    const { load, calls } = controlledLoader();
    const { View } = lazyView(load, 'the Raw tab');
    render(
      <RenderBoundary fallback={(error) => <p data-testid="fallback">{error instanceof Error ? error.message : 'not an Error'}</p>}>
        <View name="Ada" />
      </RenderBoundary>,
    );
    calls[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
    await waitFor(() => {
      expect(screen.getByTestId('fallback').textContent).toBe(
        'the Raw tab could not be loaded: TypeError: Failed to fetch dynamically imported module',
      );
    });
    cleanup();
    render(<View name="Ada" />);
    expect(screen.getByTestId('lazy-loading')).not.toBeNull();
    expect(calls).toHaveLength(2);
    calls[1]?.resolve(Greeting);
    await waitFor(() => {
      expect(screen.getByTestId('greeting').textContent).toBe('Hello, Ada');
    });
  });
});
