/**
 * User Timing marks on the panel page's own timeline (issue 16, item 3: "ready when shown"), so
 * the time from DevTools showing the panel to what the person sees can be read with the browser's
 * own clock (bench/readyWhenShown.ts reads them through CDP; DevTools' Performance panel shows them
 * too). A mark costs microseconds and sends nothing anywhere. The names are a contract with the
 * bench, which may not import this room: change them in both places. This module imports nothing,
 * since the devtools page (6 KiB budget) uses it too.
 */
export const SHOWN_MARK = 'llm-panel:shown';
/** The panel painted connected and listening: the empty state, or the list when captures came with it. */
export const LISTENING_PAINTED_MARK = 'llm-panel:listening-painted';
/** The panel painted its first rows (the handed-over captures listed). */
export const ROWS_PAINTED_MARK = 'llm-panel:rows-painted';

/** What of a window the marks use: its performance timeline. */
export type MarkTimeline = { readonly performance: Pick<Performance, 'mark'> };

export function markSafely(timeline: MarkTimeline, name: string, detail?: unknown): void {
  // A mark must never cost the panel anything: a browser without User Timing just has no figure.
  try {
    timeline.performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    /* no timeline, no mark */
  }
}

/** Devtools page side, in onShown: marks the moment DevTools showed the panel, on the panel page's timeline. */
export function markShown(panelWindow: MarkTimeline): void {
  markSafely(panelWindow, SHOWN_MARK);
}
