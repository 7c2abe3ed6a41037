import * as t from 'io-ts';
import { columnById, columnIds, columns } from '../list/columns';
import type { ColumnId } from '../list/columns';

/**
 * The list's column widths (weights, list/columns.ts) and hidden columns, as remembered. Stored
 * inside the panel settings; read back field by field so a foreign or damaged value falls back to
 * the defaults instead of hiding every column.
 */
export const StoredColumnLayout = t.partial({
  /** Column id → weight; each entry is checked on its own (columnLayoutFrom), so one odd width does not reset the rest. */
  widths: t.UnknownRecord,
  hidden: t.UnknownArray,
});
export type StoredColumnLayout = t.TypeOf<typeof StoredColumnLayout>;

export type ColumnLayout = {
  readonly widths: Readonly<Record<ColumnId, number>>;
  readonly hidden: readonly ColumnId[];
};

/** A stored width is taken between these (pixels of weight); outside them it reads as the default. */
export const WIDTH_RANGE = { min: 8, max: 4_000 } as const;

export const defaultColumnLayout: ColumnLayout = {
  widths: widthsFrom(() => undefined),
  hidden: columns.filter((column) => !column.shownByDefault).map((column) => column.id),
};

function isColumnId(id: string): id is ColumnId {
  return (columnIds as readonly string[]).includes(id);
}

function widthsFrom(stored: (id: ColumnId) => number | undefined): Record<ColumnId, number> {
  const width = (id: ColumnId): number => {
    const value = stored(id);
    return value !== undefined && Number.isFinite(value) && value >= WIDTH_RANGE.min && value <= WIDTH_RANGE.max
      ? value
      : columnById(id).width;
  };
  // Spelled out so the type checker sees every column has a width (no cast).
  return {
    time: width('time'),
    url: width('url'),
    provider: width('provider'),
    format: width('format'),
    model: width('model'),
    kind: width('kind'),
    status: width('status'),
    duration: width('duration'),
    ttfb: width('ttfb'),
    tokens: width('tokens'),
    finish: width('finish'),
    issues: width('issues'),
  };
}

/** Unknown ids are dropped, out-of-range widths read as the default; at least one column stays shown. */
export function columnLayoutFrom(stored: StoredColumnLayout | undefined): ColumnLayout {
  const storedWidths = stored?.widths ?? {};
  const widths = widthsFrom((id) => {
    const width = Object.prototype.hasOwnProperty.call(storedWidths, id) ? storedWidths[id] : undefined;
    return typeof width === 'number' ? width : undefined;
  });
  if (stored?.hidden === undefined) return { widths, hidden: defaultColumnLayout.hidden };
  const hidden = [...new Set(stored.hidden.filter((id): id is ColumnId => typeof id === 'string' && isColumnId(id)))];
  return { widths, hidden: hidden.length >= columns.length ? defaultColumnLayout.hidden : hidden };
}

/** `id` hidden or shown again; refused (the same layout back) when it would hide the last shown column. */
export function withColumnHidden(layout: ColumnLayout, id: ColumnId, hide: boolean): ColumnLayout {
  if (!hide) return { ...layout, hidden: layout.hidden.filter((hidden) => hidden !== id) };
  if (layout.hidden.includes(id) || layout.hidden.length + 1 >= columns.length) return layout;
  return { ...layout, hidden: [...layout.hidden, id] };
}

/** New widths for some columns (the two sides of a resize); each kept within WIDTH_RANGE. */
export function withColumnWidths(layout: ColumnLayout, changed: Partial<Record<ColumnId, number>>): ColumnLayout {
  const widths = widthsFrom((id) => {
    const width = changed[id];
    return width === undefined ? layout.widths[id] : Math.round(Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, width)));
  });
  return { ...layout, widths };
}
