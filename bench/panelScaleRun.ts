import type { ExtensionTab } from '../browser/extensionTab';
import type { IngestResult, KeystrokeResult, ScrollResult, SelectResult } from '../panelHarness/api';
import { openHarnessedPanel } from '../panelHarness/harnessedPanel';
import type { TrafficTemplate } from '../panelHarness/traffic';
import { syntheticStream } from './syntheticStream';

/**
 * One repetition of the panel-at-scale benchmark, in a fresh browser: the panel lists `exchanges`
 * recorded exchanges and one large stream, then a person filters, scrolls the whole list and opens
 * the large stream. Everything is timed in the page (panelHarness/).
 */

/** The model of the large stream, so its row can be found by what it shows. */
export const LARGE_STREAM_MODEL = 'bench-large-stream';

export interface PanelScaleInput {
  readonly extensionDir: string;
  readonly harnessScript: string;
  readonly templates: readonly TrafficTemplate[];
  readonly exchanges: number;
  readonly largeStreamBytes: number;
  /** Typed into the filter box, one keystroke per character, then Esc. */
  readonly filterText: string;
  /** Called with the open tab before anything is fired (to raise the panel's limits). */
  readonly beforeIngest?: (tab: ExtensionTab) => Promise<void>;
}

export interface PanelScaleRepeat {
  readonly ingest: IngestResult;
  /** The page's JS heap after GC (Runtime.getHeapUsage usedSize). */
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
  /**
   * Outside the JS heap: ArrayBuffer backing stores and external strings (Runtime.getHeapUsage
   * backingStorageSize), where the panel holds body text as UTF-8 bytes since issue 16.
   */
  readonly backingBeforeBytes: number;
  readonly backingAfterBytes: number;
  readonly keystrokes: readonly KeystrokeResult[];
  readonly scroll: ScrollResult;
  readonly select: SelectResult;
}

/** A conforming stream of about `bytes` from OpenAI, with a model name of its own and a real date. */
export const largeStreamTemplate = (bytes: number): TrafficTemplate => ({
  fixture: `synthetic stream of ${bytes} bytes`,
  url: 'https://api.openai.com/v1/chat/completions',
  status: 200,
  mimeType: 'text/event-stream',
  requestBody: JSON.stringify({
    model: LARGE_STREAM_MODEL,
    stream: true,
    messages: [{ role: 'user', content: 'Write a very long story.' }],
  }),
  body: syntheticStream(bytes)
    .text.split('"model":"m"')
    .join(`"model":"${LARGE_STREAM_MODEL}"`)
    .split('"created":1,')
    .join('"created":1764061200,'),
  responseId: null,
  durationMs: 41_000,
});

const harness = (): never => {
  throw new Error('the harness is not in the page');
};

/** Read right after `heapAfterGc`, so it is after the same collections. */
const backingStorage = async (tab: ExtensionTab): Promise<number> => (await tab.cdp.send('Runtime.getHeapUsage')).backingStorageSize;

/** The traffic of `input` (its recorded exchanges and the large stream) handed to the panel and listed. */
export const ingestTraffic = async (
  tab: ExtensionTab,
  input: Pick<PanelScaleInput, 'templates' | 'exchanges' | 'largeStreamBytes'>,
): Promise<IngestResult> => {
  await tab.page.evaluate(
    ({ templates, count, extra }) => {
      const bench = window.llmPanelBench;
      if (bench === undefined) throw new Error('the harness is not in the page');
      return bench.prepare(templates, count, extra);
    },
    { templates: input.templates, count: input.exchanges, extra: [largeStreamTemplate(input.largeStreamBytes)] },
  );
  return (await tab.page.evaluate(() => window.llmPanelBench?.ingest())) ?? harness();
};

export const runPanelScale = async (input: PanelScaleInput): Promise<PanelScaleRepeat> => {
  const tab = await openHarnessedPanel(input.extensionDir, input.harnessScript);
  try {
    const { page } = tab;
    await input.beforeIngest?.(tab);
    const heapBeforeBytes = await tab.heapAfterGc();
    const backingBeforeBytes = await backingStorage(tab);
    const ingest = await ingestTraffic(tab, input);
    const heapAfterBytes = await tab.heapAfterGc();
    const backingAfterBytes = await backingStorage(tab);
    const keystrokes = (await page.evaluate((text) => window.llmPanelBench?.typeInFilter(text), input.filterText)) ?? harness();
    const scroll = (await page.evaluate(() => window.llmPanelBench?.scrollThrough())) ?? harness();
    const select = (await page.evaluate((model) => window.llmPanelBench?.selectByModel(model), LARGE_STREAM_MODEL)) ?? harness();
    if (select.detailId !== select.rowId)
      throw new Error(`selecting the large stream showed the detail of ${select.detailId ?? 'nothing'}, not ${select.rowId}`);
    return { ingest, heapBeforeBytes, heapAfterBytes, backingBeforeBytes, backingAfterBytes, keystrokes, scroll, select };
  } finally {
    await tab.close();
  }
};
