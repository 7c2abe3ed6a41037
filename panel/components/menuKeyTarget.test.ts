// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { menuKeyTarget } from './menuKeyTarget';

describe('menuKeyTarget', () => {
  const [first, second, third] = ['a', 'b', 'c'].map((id) => Object.assign(document.createElement('div'), { id }));
  const items = [first, second, third].filter((item) => item !== undefined);

  it('moves down and up one item, wrapping at both ends', () => {
    expect(menuKeyTarget(items, first ?? null, 'ArrowDown')?.id).toBe('b');
    expect(menuKeyTarget(items, third ?? null, 'ArrowDown')?.id).toBe('a');
    expect(menuKeyTarget(items, first ?? null, 'ArrowUp')?.id).toBe('c');
  });

  it('goes to the first item on ↓ when focus is outside the menu, and to the ends on Home/End', () => {
    expect(menuKeyTarget(items, null, 'ArrowDown')?.id).toBe('a');
    expect(menuKeyTarget(items, second ?? null, 'Home')?.id).toBe('a');
    expect(menuKeyTarget(items, second ?? null, 'End')?.id).toBe('c');
  });

  it('leaves every other key alone', () => {
    expect(menuKeyTarget(items, first ?? null, 'Enter')).toBeUndefined();
  });
});
