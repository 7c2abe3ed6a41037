/**
 * How many items, from the first, fit in `available` pixels, leaving `reserve` for the » button
 * when some do not. `gap` is the space between two items. `mustShow` (an index) stays shown in any
 * case, as DevTools keeps the selected tab in its strip: the items before it give way instead, and
 * the result lists the indices to show.
 */
export function fitItems(
  widths: readonly number[],
  available: number,
  reserve: number,
  gap: number,
  mustShow: number | null = null,
): number[] {
  const all = widths.map((_, index) => index);
  const total = (indices: readonly number[]) => indices.reduce((sum, index, at) => sum + (widths[index] ?? 0) + (at === 0 ? 0 : gap), 0);
  if (available <= 0 || total(all) <= available) return all;
  const room = available - reserve - gap;
  const shown: number[] = [];
  for (const index of all) {
    if (total([...shown, index]) > room) break;
    shown.push(index);
  }
  if (mustShow === null || shown.includes(mustShow) || mustShow >= widths.length) return shown;
  while (shown.length > 0 && total([...shown, mustShow]) > room) shown.pop();
  return [...shown, mustShow];
}
