import { afterNextPaint, nextFrame, watchLongTasks } from './frames';
import type { KeystrokeResult, ScrollResult, SelectResult } from './api';
import { filterInput, listScroller, rowElements, textOf } from './panelDom';

/**
 * What a person does with a full list, each timed from the input to the paint that shows its
 * effect. Inputs are dispatched as DOM events in the page, so no CDP round trip is in the figure.
 */

const keystroke = async (key: string, apply: (input: HTMLInputElement) => void): Promise<KeystrokeResult> => {
  const input = filterInput();
  const started = performance.now();
  apply(input);
  const ms = (await afterNextPaint()) - started;
  return { key, ms, countText: textOf('exchange-count') };
};

/** Each character as one keystroke (the box filters on every input event), then Esc to clear. */
export const typeInFilter = async (text: string): Promise<KeystrokeResult[]> => {
  const results: KeystrokeResult[] = [];
  for (const key of text) {
    results.push(
      await keystroke(key, (input) => {
        input.value += key;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
      }),
    );
  }
  results.push(
    await keystroke('Escape', (input) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    }),
  );
  return results;
};

/**
 * One screenful per frame from top to bottom: every row of the list passes through the DOM once.
 * The box's sizes are read once, before: reading them after each scroll would force a layout in
 * the harness's own code that the frame would otherwise do.
 */
export const scrollThrough = async (): Promise<ScrollResult> => {
  const scroller = listScroller();
  scroller.scrollTop = 0;
  await afterNextPaint();
  const { clientHeight: viewport, scrollHeight } = scroller;
  const bottom = Math.max(0, scrollHeight - viewport);
  const seen = new Set<string>();
  const see = (): void => {
    for (const row of rowElements()) seen.add(row.dataset['exchangeId'] ?? '');
  };
  see();
  const longTasks = watchLongTasks();
  let frames = 0;
  let longestFrameMs = 0;
  let previous = await nextFrame();
  // Each screenful down to the last, which ends exactly at the bottom.
  const tops: number[] = [];
  if (viewport > 0) for (let top = viewport; top < bottom; top += viewport) tops.push(top);
  if (bottom > 0) tops.push(bottom);
  for (const top of tops) {
    scroller.scrollTop = top;
    const now = await nextFrame();
    longestFrameMs = Math.max(longestFrameMs, now - previous);
    previous = now;
    frames += 1;
    see();
  }
  await afterNextPaint();
  return { frames, scrollHeight, longTasks: longTasks.stop(), longestFrameMs, rowsSeen: seen.size };
};

const rowWithModel = (model: string): HTMLElement | undefined =>
  rowElements().find((row) => row.querySelector<HTMLElement>('[data-testid="row-model"]')?.innerText === model);

export const selectByModel = async (model: string): Promise<SelectResult> => {
  let row = rowWithModel(model);
  if (row === undefined) {
    // The list shows arrival order by default: the last exchange fired is at the bottom.
    const scroller = listScroller();
    scroller.scrollTop = scroller.scrollHeight;
    await afterNextPaint();
    row = rowWithModel(model);
  }
  if (row === undefined) throw new Error(`no row in the list shows the model ${model}`);
  const rowId = row.dataset['exchangeId'] ?? '';
  const started = performance.now();
  row.click();
  const ms = (await afterNextPaint()) - started;
  const detail = document.querySelector<HTMLElement>('[data-testid="exchange-detail"]');
  // The tabs' code loads lazily (preloaded once rows are listed): a paint of its loading note is not the detail painted.
  if (detail?.querySelector('[data-testid="lazy-loading"]') != null)
    throw new Error('the detail tabs were still loading when the row was selected');
  return { ms, rowId, detailId: detail?.dataset['exchangeId'] ?? null, detailTextLength: detail?.innerText.length ?? 0 };
};
