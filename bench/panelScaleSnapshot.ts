/**
 * `node --import tsx bench/panelScaleSnapshot.ts [exchanges]`: what the panel page's heap holds after
 * the panel benchmark's traffic (10,000 recorded exchanges and the large stream by default), as a
 * heap snapshot summary (panelScaleHeapSummary.ts) and CDP's Runtime.getHeapUsage, in more detail
 * than BENCHMARKS.md shows: the 30 largest constructors, the 25 largest groups of long strings.
 * A tool for looking, run by hand; its tables went into bench/README.md (issue 16, item 1).
 */
import { buildHarnessScript } from '../panelHarness/bundle';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { recordedBodies } from '../demo/fixtures';
import { buildChromeExtension } from './extensionBuild';
import { fixed, grouped, markdownTable } from './markdown';
import { keepRequests } from './panelLimits';
import { snapshotPanelScale } from './panelScaleHeap';
import type { HeapGroup } from './panelScaleHeapSummary';
import { MiB } from './stats';

const exchanges = Number(process.argv[2] ?? 10_000);
const extension = await buildChromeExtension();
try {
  const { ingest, usedBytes, backingBytes, summary } = await snapshotPanelScale({
    extensionDir: extension.dir,
    harnessScript: await buildHarnessScript(),
    templates: trafficTemplates(recordedBodies()),
    exchanges,
    largeStreamBytes: MiB,
    beforeIngest: (tab) => keepRequests(tab.page, exchanges + 1),
  });
  const mib = (bytes: number): string => `${fixed(bytes / MiB, 1)} MiB`;
  const rows = (groups: readonly HeapGroup[]): string[][] => groups.map((group) => [group.name, grouped(group.count), mib(group.bytes)]);
  console.log(`${grouped(ingest.fired)} exchanges, ${fixed(ingest.bodyChars / MiB, 1)} Mi characters of body text`);
  console.log(`Runtime.getHeapUsage: used ${mib(usedBytes)}, backing storage ${mib(backingBytes)}`);
  console.log(`snapshot: ${mib(summary.totalBytes)} in all\n`);
  console.log(
    markdownTable(['what', 'count', 'self size'], rows([summary.largeStrings, summary.smallStrings, ...summary.byType])).join('\n'),
  );
  console.log('');
  console.log(markdownTable(['constructor', 'count', 'self size'], rows(summary.byConstructor.slice(0, 30))).join('\n'));
  console.log('');
  console.log(markdownTable(['large strings starting', 'count', 'self size'], rows(summary.largeStringsByStart.slice(0, 25))).join('\n'));
} finally {
  extension.remove();
}
