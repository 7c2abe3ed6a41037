// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { renderPanel } from '../../../testing/renderPanel';

// A tab with a rendering bug: its module is replaced by one that throws.
vi.mock('./UsageTab', () => ({
  UsageTab: () => {
    throw new TypeError('usage went wrong');
  },
}));

afterEach(cleanup);

describe('a detail tab that throws', () => {
  it('shows the error and the raw body in that tab, and leaves the other tabs working', () => {
    const body = readFixture('openai-chat-text-1.json');
    renderPanel([chatExchange({ id: 'text', body })]);
    const [row] = screen.getAllByTestId('exchange-row');
    if (row === undefined) throw new Error('no row');
    fireEvent.click(row);
    fireEvent.click(screen.getByTestId('detail-tab-usage'));
    expect(screen.getByTestId('detail-tab-fallback-error').textContent).toBe('TypeError: usage went wrong');
    expect(screen.getByTestId('detail-tab-fallback-body').textContent).toBe(body);
    // The request line and the tab strip are still there; the Response tab still renders.
    expect(screen.getByTestId('detail-status').textContent).toBe('200');
    fireEvent.click(screen.getByTestId('detail-tab-response'));
    expect(screen.queryByTestId('detail-tab-fallback')).toBeNull();
    expect(screen.getByTestId('detail-model').textContent).toBe('gpt-4o-2024-08-06');
  });
});
