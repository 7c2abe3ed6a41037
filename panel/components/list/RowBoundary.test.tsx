// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowBoundary } from './RowBoundary';

afterEach(cleanup);

function Cells({ fail, text }: { readonly fail: boolean; readonly text: string }) {
  if (fail) throw new Error('a shape the cells did not foresee');
  return <span data-testid="cells">{text}</span>;
}

const fallback = (error: unknown) => <span data-testid="fallback">{error instanceof Error ? error.message : 'thrown'}</span>;

const row = (exchangeId: string, fail: boolean) => (
  <RowBoundary exchangeId={exchangeId} fallback={fallback}>
    <Cells fail={fail} text={`cells of ${exchangeId}`} />
  </RowBoundary>
);

describe('RowBoundary: a row element reused for another exchange as the list scrolls', () => {
  it("shows the fallback of the exchange whose cells threw, and the next exchange's own cells once the row shows it", () => {
    // Preact reports the error it caught to the console; the test is about what the row shows.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(row('broken', true));
    expect(screen.getByTestId('fallback').textContent).toBe('a shape the cells did not foresee');
    rerender(row('next', false));
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('cells').textContent).toBe('cells of next');
    quiet.mockRestore();
  });

  it('keeps the fallback while the row still shows the exchange that threw', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(row('broken', true));
    rerender(
      <RowBoundary exchangeId="broken" fallback={fallback}>
        <Cells fail={false} text="cells of broken" />
      </RowBoundary>,
    );
    expect(screen.getByTestId('fallback').textContent).toBe('a shape the cells did not foresee');
    expect(screen.queryByTestId('cells')).toBeNull();
    quiet.mockRestore();
  });
});
