// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { memoryStorage } from '../../testing/memoryStorage';
import { renderPanel } from '../../testing/renderPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A matchMedia whose "narrow" answer the test flips, telling its listeners as a browser does. */
function fakeNarrowness() {
  let narrow = false;
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query.includes('max-width') && narrow;
    },
    media: query,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return (next: boolean) => {
    narrow = next;
    void act(() => {
      listeners.forEach((listener) => {
        listener();
      });
    });
  };
}

describe('split', () => {
  it('remembers the share per layout: stacked and side by side each keep their own', () => {
    const setNarrow = fakeNarrowness();
    const { storage, stored } = memoryStorage();
    renderPanel([chatExchange({ id: 'a', body: readFixture('openai-chat-text-1.json') })], { storage });
    const handle = () => screen.getByTestId('split-handle');
    expect(handle().getAttribute('aria-orientation')).toBe('vertical');
    expect(handle().getAttribute('aria-valuenow')).toBe('55');
    fireEvent.keyDown(handle(), { key: 'ArrowRight' });
    expect(handle().getAttribute('aria-valuenow')).toBe('57');

    setNarrow(true);
    expect(handle().getAttribute('aria-orientation')).toBe('horizontal');
    // Stacked starts at its own default (40%), not at the 57% chosen side by side.
    expect(handle().getAttribute('aria-valuenow')).toBe('40');
    fireEvent.keyDown(handle(), { key: 'ArrowUp' });
    fireEvent.keyDown(handle(), { key: 'ArrowUp' });
    expect(handle().getAttribute('aria-valuenow')).toBe('36');

    setNarrow(false);
    expect(handle().getAttribute('aria-valuenow')).toBe('57');
    setNarrow(true);
    expect(handle().getAttribute('aria-valuenow')).toBe('36');
    expect(stored()).toMatchObject({ listFraction: 0.57, stackedListFraction: 0.36 });
  });
});
