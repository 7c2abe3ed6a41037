import { effect, type ReadonlySignal } from '@preact/signals';
import { LISTENING_PAINTED_MARK, markSafely, ROWS_PAINTED_MARK, type MarkTimeline } from './panelMarks';

/** What of the panel page's window the marks use: its timeline and its frame and task queues. */
export type MarkClock = MarkTimeline & {
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
};

/**
 * Marks `name` once the browser painted what the current task changed: a frame callback runs just
 * before a paint and a task queued from it after that paint. When the change was made inside a
 * frame callback (the store commits there), the frame asked for is the next one, so the mark can
 * be up to one frame late, never early.
 */
function markAfterPaint(clock: MarkClock, name: string, detail: unknown): void {
  clock.requestAnimationFrame(() => {
    clock.setTimeout(() => {
      markSafely(clock, name, detail);
    }, 0);
  });
}

/**
 * Panel page side (panelMarks.ts says why): marks the first paint after connecting, and the first
 * paint with rows, once each per page; the first show is the one that lists what the devtools page
 * held. The detail says how many exchanges the list held when the change was made.
 */
export function markFirstPaints(clock: MarkClock, listening: ReadonlySignal<boolean>, count: ReadonlySignal<number>): () => void {
  let listeningMarked = false;
  let rowsMarked = false;
  const dispose = effect(() => {
    const connected = listening.value;
    const listed = count.value;
    if (connected && !listeningMarked) {
      listeningMarked = true;
      markAfterPaint(clock, LISTENING_PAINTED_MARK, { exchanges: listed });
    }
    if (listed > 0 && !rowsMarked) {
      rowsMarked = true;
      markAfterPaint(clock, ROWS_PAINTED_MARK, { exchanges: listed });
    }
    // Both marked: stop watching (after this run, which is still inside the effect).
    if (listeningMarked && rowsMarked)
      queueMicrotask(() => {
        dispose();
      });
  });
  return dispose;
}
