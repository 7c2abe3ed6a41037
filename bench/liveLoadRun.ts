import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import type { LlmPanel } from '../browser/devtools';
import { attachDevtools } from '../browser/devtools';
import { launchWithExtension } from '../browser/launchChromium';
import { pollUntil } from '../browser/polling';
import {
  markStreamsEnded,
  panelRowCounts,
  readPage,
  readPanelProbe,
  selectBusyRow,
  startPanelProbe,
  startStreams,
  timeTapDrains,
} from './liveLoadProbes';
import type { LiveLoadServers } from './liveLoadServer';
import { extensionMainThreadTasks, TRACE_CATEGORIES } from './liveLoadTrace';
import type { ThreadTasks } from './liveLoadTrace';

/**
 * One repetition of the Live load benchmark, in a fresh browser: real Chromium with the extension
 * and DevTools open, the LLM panel shown with Live on; the page starts `streams` paced streams at
 * once; the panel's probe and the page's drain timer say what it cost each side.
 */

export interface LiveLoadInput {
  readonly extensionDir: string;
  readonly servers: LiveLoadServers;
  readonly streams: number;
  readonly eventsPerSecond: number;
  readonly streamMs: number;
}

const PanelProbe = t.type({
  longTasks: t.array(t.tuple([t.number, t.number])),
  streamsEndedAt: t.number,
  longestFrameGapMs: t.number,
  frames: t.number,
  maxBusyRows: t.number,
});
const PageState = t.type({
  done: t.number,
  failed: t.number,
  /** [performance.now() at its start, ms, characters answered] of each drain while the streams ran. */
  drains: t.array(t.tuple([t.number, t.number, t.number])),
});

export type LiveLoadRepeat = Omit<t.TypeOf<typeof PanelProbe>, 'longTasks' | 'streamsEndedAt'> & {
  /** Durations of the panel's tasks over 50 ms, from the streams' start until every row was confirmed. */
  readonly longTasks: readonly number[];
  /** … of which those that started while the page was still reading its streams. */
  readonly longTasksWhileStreaming: readonly number[];
  readonly drainMs: readonly number[];
  readonly drainChars: readonly number[];
  /** Gaps between the starts of two drains: the polling cadence the panel kept under load. */
  readonly drainGapsMs: readonly number[];
  readonly streamedMs: number;
  readonly rowsListed: number;
  /** The tasks of the extension renderer's main thread (panel and devtools page) from the streams' start to the last row confirmed. */
  readonly thread: ThreadTasks;
  /** How long that was. */
  readonly tracedMs: number;
};

const decoded = <A>(codec: t.Decoder<unknown, A>, value: unknown, what: string): A => {
  const result = codec.decode(value);
  if (isRight(result)) return result.right;
  throw new Error(`${what} answered ${JSON.stringify(value).slice(0, 300)}`);
};

const rowCounts = async (panel: LlmPanel): Promise<[number, number]> =>
  decoded(t.tuple([t.number, t.number]), await panel.evaluate(panelRowCounts), 'the panel row count');

async function switchLiveOn(panel: LlmPanel): Promise<void> {
  await panel.waitFor(`!!document.querySelector('[data-testid="live-toggle"]')`, 10_000, 'no Live switch in the panel');
  await panel.evaluate(`document.querySelector('[data-testid="live-toggle"]').click()`);
  await panel.waitFor(
    `document.querySelector('[data-testid="live-toggle"]').getAttribute('aria-pressed') === 'true'`,
    5_000,
    'Live did not turn on',
  );
}

const targetsOf = (input: LiveLoadInput): string[] => {
  const pace = 1000 / input.eventsPerSecond;
  const words = Math.max(1, Math.round(input.streamMs / pace) - 4);
  return Array.from({ length: input.streams }, (_, index) => {
    const origin = input.servers.origins[index % input.servers.origins.length] ?? '';
    return `${origin}/v1/chat/completions?id=live-load-${index}&words=${words}&pace=${pace}`;
  });
};

export async function runLiveLoad(input: LiveLoadInput): Promise<LiveLoadRepeat> {
  const browser = await launchWithExtension({ headless: true, extensionDir: input.extensionDir });
  try {
    const { page } = browser;
    await page.goto(input.servers.pageUrl);
    const devtools = await attachDevtools(browser.context, input.extensionDir);
    const panel = await devtools.showLlmPanel();
    await switchLiveOn(panel);
    await pollUntil(() => page.evaluate(timeTapDrains), 10_000, 'the Live tap was not installed in the page within 10 s');
    if ((await panel.evaluate(startPanelProbe)) !== true) throw new Error('this Chromium reports no long tasks in the panel');
    const traced = browser.context.browser();
    if (traced === null) throw new Error('no Browser to trace');
    await traced.startTracing(undefined, { categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.evaluate(startStreams(targetsOf(input)));
    await pollUntil(async () => (await rowCounts(panel))[1] > 0, 5_000, 'no stream was listed in flight within 5 s of its start');
    await panel.evaluate(selectBusyRow);
    const last: { state: t.TypeOf<typeof PageState> | null } = { state: null };
    await pollUntil(
      async () => {
        const now = decoded(PageState, await page.evaluate(readPage), 'the page');
        if (now.done + now.failed < input.streams) return false;
        last.state = now;
        return true;
      },
      input.streamMs + 30_000,
      `the page did not read its ${input.streams} streams to the end`,
    );
    const streamedMs = Date.now() - started;
    await panel.evaluate(markStreamsEnded);
    const ended = last.state ?? decoded(PageState, null, 'the page');
    if (ended.failed > 0) throw new Error(`${ended.failed} of ${input.streams} streams failed in the page`);
    // The browser's records replace the live rows: part of what the panel does under this load.
    let shown: [number, number] = [0, 0];
    await pollUntil(
      async () => {
        shown = await rowCounts(panel);
        return shown[0] === input.streams && shown[1] === 0;
      },
      20_000,
      () => `the panel did not list ${input.streams} finished rows within 20 s (listed, in flight: ${shown.join(', ')})`,
    );
    const [rowsListed] = shown;
    const thread = extensionMainThreadTasks(await traced.stopTracing());
    const tracedMs = Date.now() - started;
    const probe = decoded(PanelProbe, await panel.evaluate(readPanelProbe), 'the panel probe');
    const starts = ended.drains.map(([at]) => at);
    const { longTasks, streamsEndedAt, ...seen } = probe;
    return {
      ...seen,
      longTasks: longTasks.map(([, ms]) => ms),
      longTasksWhileStreaming: longTasks.filter(([at]) => at < streamsEndedAt).map(([, ms]) => ms),
      drainMs: ended.drains.map(([, ms]) => ms),
      drainChars: ended.drains.map(([, , chars]) => chars),
      drainGapsMs: starts.slice(1).map((at, index) => at - (starts[index] ?? at)),
      streamedMs,
      rowsListed,
      thread,
      tracedMs,
    };
  } finally {
    await browser.close();
  }
}
