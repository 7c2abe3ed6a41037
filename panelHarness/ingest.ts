import type { FakeCapture } from './fakeCapture';
import { afterNextPaint, nextFrame, nextTask, watchLongTasks } from './frames';
import { fakeRequest } from './harRequest';
import type { FakeRequest } from './harRequest';
import type { IngestOptions, IngestResult } from './api';
import { byTestId, rowElements, textOf } from './panelDom';
import type { TrafficTemplate } from './traffic';

/**
 * Fires the prepared requests at the fake capture. Built ahead (the default), their bodies are
 * copied before the clock starts, since copying is no part of what the panel does; a soak of
 * 20,000 builds each as it fires instead, so the harness never holds them all at once.
 */
export const createIngest = (capture: FakeCapture) => {
  let plan: { templates: readonly TrafficTemplate[]; count: number; extra: readonly TrafficTemplate[]; perTask: number } = {
    templates: [],
    count: 0,
    extra: [],
    perTask: 1,
  };
  let built: (FakeRequest | undefined)[] = [];
  let fired = 0;

  const requestAt = (index: number): FakeRequest | undefined => {
    const ready = built[index];
    if (ready !== undefined) return ready;
    const template = index < plan.count ? plan.templates[index % plan.templates.length] : plan.extra[index - plan.count];
    return template === undefined ? undefined : fakeRequest(template, fired + index, plan.perTask > 1);
  };

  const prepare = (
    templates: readonly TrafficTemplate[],
    count: number,
    extra: readonly TrafficTemplate[],
    { perTask = 1, ahead = true }: IngestOptions = {},
  ): number => {
    if (templates.length === 0 && count > 0) throw new Error('no templates to cycle');
    plan = { templates, count, extra, perTask };
    built = [];
    const total = count + extra.length;
    if (ahead) for (let index = 0; index < total; index += 1) built.push(requestAt(index));
    return total;
  };

  const ingest = async (): Promise<IngestResult> => {
    const { perTask } = plan;
    const total = plan.count + plan.extra.length;
    const longTasks = watchLongTasks();
    // Each render that lists more changes the toolbar (count, totals, dropped): how often the panel redrew while ingesting.
    let countUpdates = 0;
    const counter = new MutationObserver(() => {
      countUpdates += 1;
    });
    const toolbar = document.querySelector('[role="toolbar"]');
    if (toolbar !== null) counter.observe(toolbar, { subtree: true, childList: true, characterData: true });
    let bodyChars = 0;
    let bodyBytes = 0;
    const started = performance.now();
    for (let first = 0; first < total; first += perTask) {
      nextTask(() => {
        for (let index = first; index < Math.min(total, first + perTask); index += 1) {
          const request = requestAt(index);
          // Dropped as it is fired: from then on only the capture and the panel hold the exchange.
          built[index] = undefined;
          if (request === undefined) continue;
          bodyChars += request.bodyChars;
          bodyBytes += request.bodyBytes;
          capture.fire(request);
        }
      });
    }
    await capture.delivered(fired + total);
    const msToDelivered = performance.now() - started;
    const listedAt = await afterNextPaint();
    // The panel lists a burst before it has decoded it all (panel/store/pendingDecodes.ts): what
    // follows (heap, filter, scroll, select) measures it once every row is decoded.
    while ((byTestId('exchange-list')?.dataset['decoding'] ?? '0') !== '0') await nextFrame();
    const decodedAt = await afterNextPaint();
    counter.disconnect();
    fired += total;
    built = [];
    // The recorded bodies it cycled are the harness's strings, not the panel's: let them go before the heap is measured.
    plan = { ...plan, templates: [], extra: [] };
    return {
      fired: total,
      msToDelivered,
      msToListed: listedAt - started,
      msToDecoded: decodedAt - started,
      longTasks: longTasks.stop(),
      countUpdates,
      bodyChars,
      bodyBytes,
      countText: textOf('exchange-count'),
      toolbarText: document.querySelector<HTMLElement>('[role="toolbar"]')?.innerText ?? '',
      renderedRows: rowElements().length,
    };
  };

  return { prepare, ingest };
};
