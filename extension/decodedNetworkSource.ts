import { exchangeFromCapture } from './exchangeFromCapture';
import type { CaptureFeed } from './captureBuffer';
import type { RawCapture } from './rawCapture';
import type { NetworkSource } from '../panel/source';

/**
 * How the panel page spreads validating captures over tasks: `now` is a clock in ms, `nextTask`
 * runs work in a task of its own (in order), `sliceMs` is how long one task may validate.
 */
export interface CaptureSlicing {
  readonly now: () => number;
  readonly nextTask: (work: () => void) => void;
  readonly sliceMs: number;
}

/**
 * Panel page side: the devtools page's raw captures as the panel's NetworkSource. Each capture is
 * decoded as it is delivered (the replay included; the store subscribes once per panel page), and
 * one the codecs refuse is left out. With `slicing`, what one task cannot validate within its slice
 * waits for the next task, in order: when the panel is first shown after a long session the replay
 * hands over thousands at once, and validating 5,000 took ~300 ms before anything could be painted
 * (issue 16, item 3); sliced, the first rows are painted after the first slice and the rest follow.
 * Captures that arrive after the replay are validated as they come (after the backlog, if any).
 */
export function decodedNetworkSource(feed: CaptureFeed, slicing?: CaptureSlicing): NetworkSource {
  return {
    onExchange(listener) {
      const deliver = (capture: RawCapture): void => {
        const exchange = exchangeFromCapture(capture);
        if (exchange !== null) listener(exchange);
      };
      if (slicing === undefined) return feed.onCapture(deliver);
      // Oldest first from `head`; emptied when drained, so a long replay never shifts its array.
      let waiting: (RawCapture | undefined)[] = [];
      let head = 0;
      // The current task's slice: open from its first capture until the task's microtasks run.
      let sliceOpen = false;
      let sliceEnds = 0;
      let stopped = false;
      const openSlice = (): void => {
        sliceOpen = true;
        sliceEnds = slicing.now() + slicing.sliceMs;
        queueMicrotask(() => {
          sliceOpen = false;
        });
      };
      const drain = (): void => {
        if (stopped) return;
        openSlice();
        while (head < waiting.length && slicing.now() < sliceEnds) {
          const capture = waiting[head];
          waiting[head] = undefined;
          head += 1;
          if (capture !== undefined) deliver(capture);
        }
        if (head < waiting.length) slicing.nextTask(drain);
        else {
          waiting = [];
          head = 0;
        }
      };
      // Only the replay (what the devtools page held, handed over inside onCapture) is sliced:
      // captures that arrive afterwards are validated as they come (after any backlog, in order),
      // so nothing the browser reports later waits unseen in a queue (the soak's heap measured
      // thousands of such waiting captures as retained).
      let replaying = true;
      const stop = feed.onCapture((capture) => {
        // Behind a backlog: in order, after it (its drain is scheduled).
        if (head < waiting.length) {
          waiting.push(capture);
          return;
        }
        if (!replaying) {
          deliver(capture);
          return;
        }
        if (!sliceOpen) openSlice();
        if (slicing.now() < sliceEnds) {
          deliver(capture);
          return;
        }
        // The rest of a replay that outlasts this task's slice goes on in the next task.
        waiting.push(capture);
        slicing.nextTask(drain);
      });
      replaying = false;
      return () => {
        stopped = true;
        stop();
      };
    },
    onNavigated: (listener) => feed.onNavigated(listener),
  };
}
