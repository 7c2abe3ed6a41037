import { startCapture } from '../extension/capture';
import { CaptureBuffer } from '../extension/captureBuffer';
import { panelPageTheme } from '../extension/devtoolsTheme';
import { FakeDevtoolsNetwork } from '../extension/fakeDevtoolsNetwork';
import { handOverTo } from '../extension/panelConnection';
import type { FakeRequest } from './harRequest';

/**
 * The devtools page's capture, run in the panel page with a fake `devtools.network`: the same
 * startCapture → CaptureBuffer → hand-over the real devtools page does (extension/devtools.ts),
 * so every exchange reaches the panel's store through the code path of real capture.
 */
export interface FakeCapture {
  fire(request: FakeRequest): void;
  /** Resolves when `count` captures in all have been handed to the panel. */
  delivered(count: number): Promise<void>;
}

export const startFakeCapture = (panelWindow: Window): FakeCapture => {
  const network = new FakeDevtoolsNetwork();
  const captures = new CaptureBuffer();
  startCapture(network, captures);
  handOverTo(panelWindow, { captures, theme: panelPageTheme(undefined) });
  let handed = 0;
  let waiting: { count: number; resolve: () => void } | null = null;
  // Subscribed before the panel (it connects a microtask after the hand-over), so for each capture
  // this runs first and the panel's own listener right after, in the same task.
  captures.onCapture(() => {
    handed += 1;
    if (waiting !== null && handed >= waiting.count) {
      waiting.resolve();
      waiting = null;
    }
  });
  return {
    fire: (request) => {
      network.onRequestFinished.fire(request);
    },
    delivered: (count) =>
      handed >= count
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiting = { count, resolve };
          }),
  };
};
