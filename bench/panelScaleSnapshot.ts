/**
 * `node --import tsx bench/panelScaleSnapshot.ts [exchanges]`: what the panel page's heap holds after
 * the panel benchmark's traffic (10,000 recorded exchanges and the large stream by default), as a
 * heap snapshot summary (panelScaleHeapSummary.ts) and CDP's Runtime.getHeapUsage. A tool for
 * looking, run by hand; its tables went into bench/README.md (issue 16, item 1).
 */
import { buildHarnessScript } from '../panelHarness/bundle';
import { openHarnessedPanel } from '../panelHarness/harnessedPanel';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { recordedBodies } from '../demo/fixtures';
import { buildChromeExtension } from './extensionBuild';
import { fixed, grouped, markdownTable } from './markdown';
import { keepRequests } from './panelLimits';
import { takeHeapSummary } from './panelScaleHeapSummary';
import type { HeapGroup } from './panelScaleHeapSummary';
import { largeStreamTemplate } from './panelScaleRun';
import { MiB } from './stats';

const exchanges = Number(process.argv[2] ?? 10_000);
const extension = await buildChromeExtension();
try {
  const tab = await openHarnessedPanel(extension.dir, await buildHarnessScript());
  try {
    await keepRequests(tab.page, exchanges + 1);
    await tab.page.evaluate(({ templates, count, extra }) => window.llmPanelBench?.prepare(templates, count, extra), {
      templates: trafficTemplates(recordedBodies()),
      count: exchanges,
      extra: [largeStreamTemplate(MiB)],
    });
    const ingest = await tab.page.evaluate(() => window.llmPanelBench?.ingest());
    await tab.heapAfterGc();
    const usage = await tab.cdp.send('Runtime.getHeapUsage');
    const summary = await takeHeapSummary(tab.cdp);
    const mib = (bytes: number): string => `${fixed(bytes / MiB, 1)} MiB`;
    const rows = (groups: readonly HeapGroup[]): string[][] => groups.map((group) => [group.name, grouped(group.count), mib(group.bytes)]);
    console.log(`${grouped(ingest?.fired ?? 0)} exchanges, ${fixed((ingest?.bodyChars ?? 0) / MiB, 1)} Mi characters of body text`);
    console.log(
      `Runtime.getHeapUsage: used ${mib(usage.usedSize)}, backing storage ${mib(usage.backingStorageSize)}, embedder ${mib(usage.embedderHeapUsedSize)}`,
    );
    console.log(`snapshot: ${mib(summary.totalBytes)} in all\n`);
    console.log(
      markdownTable(['what', 'count', 'self size'], rows([summary.largeStrings, summary.smallStrings, ...summary.byType])).join('\n'),
    );
    console.log('');
    console.log(markdownTable(['constructor', 'count', 'self size'], rows(summary.byConstructor.slice(0, 30))).join('\n'));
    console.log('');
    console.log(markdownTable(['large strings starting', 'count', 'self size'], rows(summary.largeStringsByStart.slice(0, 25))).join('\n'));
  } finally {
    await tab.close();
  }
} finally {
  extension.remove();
}
