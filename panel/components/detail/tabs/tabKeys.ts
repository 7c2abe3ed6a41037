/**
 * The WAI-ARIA tabs pattern's keys: ←/→ move along the list and wrap, Home/End jump to the ends.
 * null for any other key (the caller lets it through).
 */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
