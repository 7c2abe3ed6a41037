/**
 * Enter in the list moves focus into the detail, as DevTools' Network panel does: onto its open
 * tab when the detail has tabs, else its first focusable control, else the detail itself.
 */
export function focusDetail(document: Document): boolean {
  const detail = document.querySelector<HTMLElement>('[data-testid="exchange-detail"]');
  if (detail === null) return false;
  const target =
    detail.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
    detail.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])') ??
    detail;
  if (target === detail && !detail.hasAttribute('tabindex')) detail.tabIndex = -1;
  target.focus();
  return true;
}
