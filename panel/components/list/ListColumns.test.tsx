// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { memoryStorage } from '../../testing/memoryStorage';
import { renderPanel } from '../../testing/renderPanel';
import { SETTINGS_KEY } from '../../settings/panelSettings';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const body = readFixture('openai-chat-text-1.json');
const exchanges = [
  chatExchange({
    id: 'a',
    body,
    startedAt: 1_000,
    url: 'https://api.openai.com/v1/chat/completions?api-version=2024-10-21&key=sk-live-1234567890abcdef',
  }),
  chatExchange({ id: 'b', body, startedAt: 2_000 }),
  chatExchange({ id: 'c', body, startedAt: 3_000, url: 'https://gateway.internal/llm/v1/chat/completions' }),
];
// Within the list: the session totals' table has column headers too.
const headers = () => within(screen.getByTestId('exchange-list')).getAllByRole('columnheader');
const headerIds = () => headers().map((header) => header.dataset.testid);
const sortButtons = () => headers().map((header) => within(header).getByRole('button'));
const tabStops = () =>
  sortButtons()
    .filter((button) => button.tabIndex === 0)
    .map(columnOf);
/** The column a header button (or the focused element) belongs to. */
const columnOf = (element: Element | null) => element?.closest<HTMLElement>('[role="columnheader"]')?.dataset.testid;
const focusedColumn = () => columnOf(document.activeElement);
const openMenu = (column: string) => {
  fireEvent.contextMenu(screen.getByTestId(`column-${column}`));
  return screen.getByRole('menu');
};

describe('list columns', () => {
  it('makes the header row one Tab stop; ←/→ (Home/End) move between the headers', () => {
    renderPanel(exchanges);
    expect(tabStops()).toEqual(['column-time']);
    const [time] = sortButtons();
    time?.focus();
    fireEvent.keyDown(time ?? document.body, { key: 'ArrowRight' });
    expect(focusedColumn()).toBe('column-provider');
    expect(tabStops()).toEqual(['column-provider']);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'End' });
    expect(focusedColumn()).toBe('column-issues');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowLeft' });
    expect(focusedColumn()).toBe('column-finish');
    // The keys moved the header focus, not the list's selection.
    expect(screen.getAllByTestId('exchange-row').filter((row) => row.getAttribute('aria-selected') === 'true')).toHaveLength(0);
  });

  it('lists every column with a check in the header context menu; Name/URL shows path + query, masked; a column hides; both remembered', () => {
    const { storage, stored } = memoryStorage();
    renderPanel(exchanges, { storage });
    const menu = openMenu('model');
    const items = within(menu).getAllByRole('menuitemcheckbox');
    expect(items.map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['✓Time', 'true'],
      ['✓Provider', 'true'],
      ['✓Format', 'true'],
      ['Name', 'false'],
      ['✓Model', 'true'],
      ['✓Kind', 'true'],
      ['✓Status', 'true'],
      ['✓Duration', 'true'],
      ['✓TTFB', 'true'],
      ['✓Tokens', 'true'],
      ['✓Finish', 'true'],
      ['✓Issues', 'true'],
    ]);
    fireEvent.click(within(menu).getByText('Name'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(headerIds()).toEqual([
      'column-time',
      'column-provider',
      'column-format',
      'column-url',
      'column-model',
      'column-kind',
      'column-status',
      'column-duration',
      'column-ttfb',
      'column-tokens',
      'column-finish',
      'column-issues',
    ]);
    // Path and query, the key-like `key` parameter masked as the rest of the panel masks it; title the same.
    const urls = screen.getAllByTestId('row-url');
    expect(urls.map((cell) => cell.textContent)).toEqual([
      '/v1/chat/completions?api-version=2024-10-21&key=sk-…cdef',
      '/v1/chat/completions',
      '/llm/v1/chat/completions',
    ]);
    expect(urls[0]?.title).toBe(urls[0]?.textContent);

    fireEvent.click(within(openMenu('model')).getByText('TTFB'));
    expect(screen.queryByTestId('column-ttfb')).toBeNull();
    expect(screen.queryAllByTestId('row-ttfb')).toHaveLength(0);
    expect(stored()).toMatchObject({ columns: { hidden: ['ttfb'] } });

    cleanup();
    renderPanel(exchanges, { storage });
    expect(headerIds()).toContain('column-url');
    expect(headerIds()).not.toContain('column-ttfb');
  });

  it('opens the menu from the keyboard (Shift+F10, ContextMenu); Esc closes it without reaching DevTools and gives the header focus back', async () => {
    renderPanel(exchanges);
    const reachedDocument = vi.fn();
    document.addEventListener('keydown', reachedDocument);
    const status = within(screen.getByTestId('column-status')).getByRole('button');
    status.focus();
    fireEvent.keyDown(status, { key: 'F10', shiftKey: true });
    const first = within(screen.getByRole('menu')).getAllByRole('menuitemcheckbox')[0];
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('✓Provider');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    await act(() => {
      document.activeElement?.dispatchEvent(escape);
    });
    expect(escape.defaultPrevented).toBe(true);
    expect(reachedDocument).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(within(screen.getByTestId('column-status')).getByRole('button'));

    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ContextMenu' });
    expect(screen.getByRole('menu')).toBeTruthy();
    document.removeEventListener('keydown', reachedDocument);
  });

  it('keeps at least one column: the last shown one cannot be unchecked', () => {
    const hidden = ['time', 'provider', 'format', 'url', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish', 'issues'];
    renderPanel(exchanges, { storage: memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ columns: { hidden } }) }).storage });
    expect(headerIds()).toEqual(['column-model']);
    const model = within(openMenu('model')).getByText('Model');
    expect(model.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(model);
    expect(headerIds()).toEqual(['column-model']);
  });

  it('resizes a column from its edge with ←/→, taking the width from its right-hand neighbour, and remembers it', () => {
    // happy-dom has no layout: every header reads 100 px wide.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 100, height: 21 }));
    const { storage, stored } = memoryStorage();
    renderPanel(exchanges, { storage });
    const edge = screen.getByTestId('column-resize-model');
    expect(edge.getAttribute('role')).toBe('separator');
    // Each press moves 10 px of what is on screen (all 100 px here) from Kind to Model.
    fireEvent.keyDown(edge, { key: 'ArrowRight' });
    expect(stored()).toMatchObject({ columns: { widths: { model: 110, kind: 90, time: 100 } } });
    // Model shares the rest by weight (fr); Kind is a fixed column, now 90 px.
    expect(screen.getByTestId('exchange-list').style.getPropertyValue('--log-columns')).toContain('minmax(100px, 110fr) 90px');
    // Back 10 px would take Model below its 100 px minimum (list/columns.ts): it stops there.
    fireEvent.keyDown(edge, { key: 'ArrowLeft' });
    expect(stored()).toMatchObject({ columns: { widths: { model: 100, kind: 100 } } });
  });

  it('shows the full value of a cell as its tooltip', () => {
    const long = 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8';
    renderPanel([chatExchange({ id: 'long', body: body.replace('gpt-4o-2024-08-06', long) })]);
    const model = screen.getByTestId('row-model');
    expect(model.textContent).toBe(long);
    expect(model.title).toBe(long);
  });

  it('selects the first and last row with Home and End', () => {
    renderPanel(exchanges);
    const grid = screen.getByRole('grid');
    const selected = () =>
      screen
        .getAllByTestId('exchange-row')
        .filter((row) => row.getAttribute('aria-selected') === 'true')
        .map((row) => row.dataset.exchangeId);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(selected()).toEqual(['c']);
    fireEvent.keyDown(grid, { key: 'Home' });
    expect(selected()).toEqual(['a']);
  });
});
