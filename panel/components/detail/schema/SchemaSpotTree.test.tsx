// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemaSpotTree } from './SchemaSpotTree';

afterEach(cleanup);

const ORDER = '{"items":[{"name":"tea","price":3},{"name":"cake","price":"4"},{"name":"jam"}]}';

const spot = (text: string, at: readonly (string | number)[]) => {
  render(<SchemaSpotTree text={text} at={at} name="the content of choice 0" testid="spot" />);
  return { note: screen.getByTestId('spot-note').textContent, focus: screen.queryByTestId('json-tree-focus') };
};

describe('SchemaSpotTree', () => {
  it('highlights the value at the path, deep in an array', () => {
    const { note, focus } = spot(ORDER, ['items', 1, 'price']);
    expect(note).toBe('Highlighted: items[1].price in the content of choice 0.');
    expect(focus?.textContent).toBe('price: "4"');
    expect(focus?.getAttribute('data-path')).toBe('items[1].price');
  });

  it('highlights the object that lacks a required field when the path names the field', () => {
    const { note, focus } = spot(ORDER, ['items', 2, 'price']);
    expect(note).toBe('items[2].price is not in the content of choice 0; items[2], which lacks it, is highlighted.');
    expect(focus?.getAttribute('data-path')).toBe('items[2]');
  });

  it('highlights the value as a whole for an empty path', () => {
    const { note, focus } = spot('{"day":"Tue"}', []);
    expect(note).toBe('The issue concerns the content of choice 0 as a whole.');
    expect(focus?.textContent).toBe('day: "Tue"');
    expect(screen.getAllByTestId('json-tree-focus')).toHaveLength(1);
  });

  it('highlights a top-level object that lacks a required field', () => {
    const { note, focus } = spot('{"day":"Tue"}', ['high_c']);
    expect(note).toBe('high_c is not in the content of choice 0; the value as a whole is highlighted.');
    expect(focus?.textContent).toBe('day: "Tue"');
  });

  it('highlights a value that is not an object or array', () => {
    const { focus } = spot('"sunny"', []);
    expect(focus?.textContent).toBe('"sunny"');
  });

  it('shows text that is not JSON as sent, highlighting nothing', () => {
    const { note, focus } = spot('{"city": "Par', ['city']);
    expect(note).toBe('The content of choice 0: not JSON, so shown as sent.');
    expect(focus).toBeNull();
    expect(screen.getByTestId('spot-text').textContent).toBe('{"city": "Par');
  });
});
