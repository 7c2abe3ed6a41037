/**
 * Where ↓/↑/Home/End move the focus in a menu of `items` (↓ and ↑ wrap around), or undefined for
 * any other key. Shared by the column menu and the » overflow menus, as DevTools' own menus move.
 */
export function menuKeyTarget(items: readonly HTMLElement[], active: Element | null, key: string): HTMLElement | undefined {
  const at = items.findIndex((item) => item === active);
  switch (key) {
    case 'ArrowDown':
      return items[(at + 1) % items.length];
    case 'ArrowUp':
      return items[(at - 1 + items.length) % items.length];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    default:
      return undefined;
  }
}
