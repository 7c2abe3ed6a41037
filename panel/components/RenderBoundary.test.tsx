// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../testing/exchanges';
import { RawFallback } from './RawFallback';
import { RenderBoundary } from './RenderBoundary';

afterEach(cleanup);

function ExplodingDetail(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'choices')");
}

describe('RenderBoundary', () => {
  it('shows the raw body and the error instead of a blank panel when a view throws', () => {
    const captured = chatExchange({ id: 'x', body: '{"id":"chatcmpl-odd","choices":"not an array"}' });
    // Preact reports the caught error on the console; keep the test output readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <RenderBoundary fallback={(error) => <RawFallback captured={captured} error={error} />}>
        <ExplodingDetail />
      </RenderBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByTestId('detail-fallback-error').textContent).toBe(
      "TypeError: Cannot read properties of undefined (reading 'choices')",
    );
    expect(screen.getByTestId('detail-fallback-body').textContent).toBe('{"id":"chatcmpl-odd","choices":"not an array"}');
  });

  it('renders its children untouched when nothing throws', () => {
    render(
      <RenderBoundary fallback={() => <p>fallback</p>}>
        <p>all good</p>
      </RenderBoundary>,
    );
    expect(screen.getByText('all good')).toBeTruthy();
    expect(screen.queryByText('fallback')).toBeNull();
  });
});
