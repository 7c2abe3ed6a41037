import { describe, expect, it } from 'vitest';
import { defaultColumnLayout } from '../settings/columnLayout';
import { columnGrid, resizedWidths } from './columnGrid';
import type { ColumnId } from './columns';

const ids = (grid: ReturnType<typeof columnGrid>) => grid.shown.map((column) => column.id);
type GridOptions = { hidden?: readonly ColumnId[]; hasImported?: boolean; modelText?: number; formatText?: number };
const grid = (available: number, options: GridOptions = {}) =>
  columnGrid({
    widths: defaultColumnLayout.widths,
    hidden: options.hidden ?? defaultColumnLayout.hidden,
    available,
    hasImported: options.hasImported ?? false,
    ...(options.modelText === undefined ? {} : { modelText: options.modelText }),
    ...(options.formatText === undefined ? {} : { formatText: options.formatText }),
  });

describe('columnGrid', () => {
  it('gives fixed columns their width and lets the text columns share the rest, none below its minimum', () => {
    const wide = grid(1_000);
    expect(ids(wide)).toEqual(['time', 'provider', 'format', 'model', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish', 'issues']);
    expect(wide.template).toBe(
      '96px minmax(48px, 80fr) minmax(72px, 96fr) minmax(100px, 190fr) 56px 54px 70px 60px 92px minmax(44px, 72fr) 52px',
    );
    // Fixed 96 + 56 + 54 + 70 + 60 + 92 + 52 = 480, text minimums 48 + 72 + 100 + 44 = 264 (list/columns.ts, added by hand).
    expect(wide.minWidth).toBe(744);
  });

  it('drops TTFB, format, finish, provider, duration, issues in that order when they do not fit, never time, model, kind, status or tokens', () => {
    // 744 - 60 (TTFB) = 684; - 72 (format) = 612; - 44 (finish) = 568; - 48 (provider) = 520; - 70 (duration) = 450; - 52 (issues) = 398.
    expect(ids(grid(744))).toHaveLength(11);
    expect(ids(grid(743))).not.toContain('ttfb');
    expect(ids(grid(683))).not.toContain('format');
    expect(ids(grid(684))).toContain('format');
    expect(ids(grid(460))).toEqual(['time', 'model', 'kind', 'status', 'tokens', 'issues']);
    // A 420 px panel's list (less its scroll bar): the issue mark gives way so the model keeps 100 px or more.
    expect(ids(grid(405))).toEqual(['time', 'model', 'kind', 'status', 'tokens']);
    expect(ids(grid(200))).toEqual(['time', 'model', 'kind', 'status', 'tokens']);
    expect(grid(200).minWidth).toBe(398);
    // Width unknown (no layout yet): nothing dropped.
    expect(ids(grid(0))).toHaveLength(11);
  });

  it('gives the model column the room its longest name needs when there is room, and what is spare when not', () => {
    expect(grid(1_000, { modelText: 180 }).template).toContain('minmax(180px, 190fr)');
    // 762 wide: 18 px spare beyond every minimum (744), so the model gets 100 + 18.
    expect(grid(762, { modelText: 180 }).template).toContain('minmax(118px, 190fr)');
  });

  it('gives the format column the room its longest label needs ("OpenAI Responses" whole), before the model column takes the spare', () => {
    // 1,000 wide: 256 px spare beyond the minimums (744), enough for a 118 px label.
    expect(grid(1_000, { formatText: 118 }).template).toContain('minmax(118px, 96fr)');
    // 762 wide: 18 px spare; the format column grows 72 → 90 and leaves the model none of it.
    const tight = grid(762, { formatText: 118, modelText: 180 }).template;
    expect(tight).toContain('minmax(90px, 96fr)');
    expect(tight).toContain('minmax(100px, 190fr)');
    // A label that fits the minimum takes nothing.
    expect(grid(1_000, { formatText: 60, modelText: 180 }).template).toContain('minmax(72px, 96fr) minmax(180px, 190fr)');
  });

  it('shows the Name/URL column when it is not hidden, and gives the time room for the HAR mark when a row is imported', () => {
    expect(ids(grid(2_000, { hidden: [] }))).toContain('url');
    expect(grid(2_000, { hasImported: true }).template.startsWith('128px ')).toBe(true);
  });
});

describe('resizedWidths', () => {
  const shown = grid(1_000).shown;
  const measured = [96, 80, 80, 190, 56, 54, 70, 60, 92, 72, 52];

  it('moves width between the column and its right-hand neighbour only', () => {
    expect(resizedWidths(shown, measured, 'model', 10)).toEqual({
      time: 96,
      provider: 80,
      format: 80,
      model: 200,
      kind: 46,
      status: 54,
      duration: 70,
      ttfb: 60,
      tokens: 92,
      finish: 72,
      issues: 52,
    });
  });

  it('stops at either minimum, and has nothing to do for the last column', () => {
    // kind's minimum is 36: model can take 20 of its 56; model's is 100.
    expect(resizedWidths(shown, measured, 'model', 500)).toMatchObject({ model: 210, kind: 36 });
    expect(resizedWidths(shown, measured, 'model', -500)).toMatchObject({ model: 100, kind: 146 });
    expect(resizedWidths(shown, measured, 'issues', 10)).toBeNull();
  });
});
