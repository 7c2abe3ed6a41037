import { describe, expect, it } from 'vitest';
import { defaultColumnLayout } from '../settings/columnLayout';
import { columnGrid, resizedWidths } from './columnGrid';
import { columnById } from './columns';

const ids = (grid: ReturnType<typeof columnGrid>) => grid.shown.map((column) => column.id);
const grid = (available: number, hidden = defaultColumnLayout.hidden, hasImported = false) => columnGrid({ widths: defaultColumnLayout.widths, hidden, available, hasImported });

describe('columnGrid', () => {
  it('shares the width by weight with each column kept at its minimum', () => {
    const wide = grid(1_000);
    expect(ids(wide)).toEqual(['time', 'provider', 'model', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish', 'issues']);
    expect(wide.template.split(') ')[0]).toBe('minmax(88px, 100fr');
    expect(wide.template).toContain('minmax(64px, 190fr)');
    // 88 + 48 + 64 + 44 + 40 + 52 + 48 + 64 + 44 + 40, the minimums of list/columns.ts added by hand.
    expect(wide.minWidth).toBe(532);
  });

  it('drops TTFB, finish, provider, duration, issues in that order when the minimums do not fit, never time, model, kind, status or tokens', () => {
    // 532 - 48 (TTFB) = 484; - 44 (finish) = 440; - 48 (provider) = 392; - 52 (duration) = 340; - 40 (issues) = 300.
    expect(ids(grid(532))).toHaveLength(10);
    expect(ids(grid(531))).not.toContain('ttfb');
    expect(ids(grid(420))).toEqual(['time', 'model', 'kind', 'status', 'duration', 'tokens', 'issues']);
    expect(ids(grid(200))).toEqual(['time', 'model', 'kind', 'status', 'tokens']);
    expect(grid(200).minWidth).toBe(300);
    // Width unknown (no layout yet): nothing dropped.
    expect(ids(grid(0))).toHaveLength(10);
  });

  it('shows the Name/URL column when it is not hidden, and gives the time room for the HAR mark when a row is imported', () => {
    expect(ids(grid(2_000, []))).toContain('url');
    expect(grid(2_000, [], true).template.startsWith('minmax(120px, 100fr)')).toBe(true);
  });
});

describe('resizedWidths', () => {
  const shown = grid(1_000).shown;
  const measured = [100, 80, 190, 56, 52, 70, 62, 100, 72, 54];

  it('moves width between the column and its right-hand neighbour only', () => {
    expect(resizedWidths(shown, measured, 'model', 10)).toEqual({ time: 100, provider: 80, model: 200, kind: 46, status: 52, duration: 70, ttfb: 62, tokens: 100, finish: 72, issues: 54 });
  });

  it('stops at either minimum, and has nothing to do for the last column', () => {
    // kind's minimum is 44: model can take 12 of its 56.
    expect(resizedWidths(shown, measured, 'model', 500)).toMatchObject({ model: 202, kind: 44 });
    expect(resizedWidths(shown, measured, 'model', -500)).toMatchObject({ model: columnById('model').minWidth, kind: 56 + 190 - 64 });
    expect(resizedWidths(shown, measured, 'issues', 10)).toBeNull();
  });
});
