/** The panel's DOM as the harness reads it, by the data-testid contract in panel/README.md. */

export const byTestId = (testId: string, within: ParentNode = document): HTMLElement | null =>
  within.querySelector(`[data-testid="${testId}"]`);

export const textOf = (testId: string): string => byTestId(testId)?.innerText ?? '';

export const rowElements = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="exchange-row"]'));

/** The list's scrolling box: the grid's row group (`role="rowgroup"`), whose rows are virtualized. */
export const listScroller = (): HTMLElement => {
  const scroller = document.querySelector<HTMLElement>('[data-testid="exchange-list"] [role="rowgroup"]');
  if (scroller === null) throw new Error('the panel shows no [data-testid="exchange-list"] with a row group');
  return scroller;
};

export const filterInput = (): HTMLInputElement => {
  const input = byTestId('filter-input');
  if (!(input instanceof HTMLInputElement)) throw new Error('the panel shows no [data-testid="filter-input"]');
  return input;
};
