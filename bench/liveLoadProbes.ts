/**
 * What the Live load benchmark (bench/liveLoad.ts) runs inside the browser, as expressions: a probe in
 * the panel page (its long tasks, its frames, how many rows were in flight at once) and a timer
 * around the tap's drain in the inspected page. Their results come back as plain JSON data.
 */

import { LISTED_ROWS, ROWS_IN_FLIGHT } from '../browser/panelRows';

const TAP_KEY = 'llm-network-inspector.tap';
const BUSY_ROW = '[data-testid="exchange-row"][aria-busy="true"]';

/**
 * Starts the panel's probe: every task over 50 ms (Long Tasks API), the longest gap between two
 * animation frames, and the most rows in flight at once (the list's count, sampled every 200 ms). Answers whether the
 * browser reports long tasks at all, so a run cannot pass by measuring nothing.
 */
export const startPanelProbe = `(() => {
  const probe = { longTasks: [], longestFrameGapMs: 0, frames: 0, maxBusyRows: 0, streamsEndedAt: null, running: true };
  window.llmLiveLoadProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  let last = null;
  const frame = (at) => {
    if (!probe.running) return;
    if (last !== null) probe.longestFrameGapMs = Math.max(probe.longestFrameGapMs, at - last);
    last = at;
    probe.frames += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const sampler = setInterval(() => {
    if (!probe.running) return clearInterval(sampler);
    probe.maxBusyRows = Math.max(probe.maxBusyRows, ${ROWS_IN_FLIGHT});
  }, 200);
  return PerformanceObserver.supportedEntryTypes.includes('longtask');
})()`;

/** Notes when the page had read every stream: long tasks after it were the browser's records replacing the live rows. */
export const markStreamsEnded = `(() => { window.llmLiveLoadProbe.streamsEndedAt = performance.now(); return true; })()`;

/** Stops the probe and answers what it saw: each long task as [start, duration], both on the panel's clock. */
export const readPanelProbe = `(() => {
  const probe = window.llmLiveLoadProbe;
  probe.running = false;
  return { longTasks: probe.longTasks, streamsEndedAt: probe.streamsEndedAt, longestFrameGapMs: probe.longestFrameGapMs, frames: probe.frames, maxBusyRows: probe.maxBusyRows };
})()`;

/**
 * Rows listed, and rows still in flight, as the panel's list says them: only the rows in view are in
 * its DOM (the docked panel holds ~17), fewer than the streams.
 */
export const panelRowCounts = `[${LISTED_ROWS}, ${ROWS_IN_FLIGHT}]`;

/** Clicks the first row in flight in the DOM, at the list's top as the streams start (its detail then grows with each update); false when there is none. */
export const selectBusyRow = `(() => { const row = document.querySelector('${BUSY_ROW}'); if (!row) return false; row.click(); return true; })()`;

/**
 * In the inspected page: replaces the installed tap's state by the same state whose drain is timed
 * with performance.now() (the drain itself: collecting the chunks and writing the JSON, as
 * bench/liveDrain.ts times it). Answers false when no tap is installed yet.
 */
export const timeTapDrains = `(() => {
  const key = Symbol.for(${JSON.stringify(TAP_KEY)});
  const tap = window[key];
  if (tap === null || typeof tap !== 'object' || typeof tap.drain !== 'function') return false;
  if (tap.benchTimed === true) return true;
  const samples = [];
  window.llmLiveLoadDrains = samples;
  const drain = tap.drain;
  const timed = () => {
    const started = performance.now();
    const drained = drain();
    samples.push([started, performance.now() - started, typeof drained === 'string' ? drained.length : -1]);
    return drained;
  };
  Object.defineProperty(window, key, { value: Object.freeze({ ...tap, drain: timed, benchTimed: true }), configurable: true, enumerable: false, writable: false });
  return true;
})()`;

/**
 * In the inspected page: starts every stream (each read to its end as an SDK reads it) and answers
 * at once; \`window.llmLiveLoadDone\` counts the streams read to the end, \`llmLiveLoadFailed\` the others.
 */
export const startStreams = (targets: readonly string[]): string => `(() => {
  window.llmLiveLoadDone = 0;
  window.llmLiveLoadFailed = 0;
  window.llmLiveLoadStartedAt = performance.now();
  const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: 'Tell me about streaming.' }] });
  for (const target of ${JSON.stringify(targets)})
    fetch(target, { method: 'POST', body })
      .then(async (response) => {
        const reader = response.body.getReader();
        while (!(await reader.read()).done);
        window.llmLiveLoadDone += 1;
      })
      .catch(() => {
        window.llmLiveLoadFailed += 1;
      });
  return true;
})()`;

/** In the inspected page: streams ended, and the drains timed since the streams started. */
export const readPage = `({ done: window.llmLiveLoadDone, failed: window.llmLiveLoadFailed, drains: (window.llmLiveLoadDrains ?? []).filter(([at]) => at >= window.llmLiveLoadStartedAt) })`;
