import { CHROME_DIST } from '../browser/launchChromium';
import { buildHarnessScript } from '../panelHarness/bundle';
import { openHarnessedPanel } from '../panelHarness/harnessedPanel';
import { recordedBodies } from '../demo/fixtures';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { expect, test } from './fixtures';

/**
 * Issue 7's soak: 20,000 exchanges through the built panel (dist/chrome/extension/panel.html in a tab),
 * fed through the devtools page's own capture code by a fake devtools.network (panelHarness/),
 * 5,000 at a time. The panel keeps at most 5,000 by default and says how many it dropped; its
 * JavaScript heap must level off instead of growing with the traffic.
 */

const ROUNDS = 4;
const PER_ROUND = 5_000;
/**
 * Issue 6's budget for the panel's heap at 10,000 exchanges (150 MiB): a panel that keeps at most
 * 5,000 must stay under it however long the session.
 */
const HEAP_BOUND = 150 * 1024 * 1024;

test('20,000 exchanges: the panel keeps the newest 5,000, says 15,000 dropped, and its heap levels off', async () => {
  test.setTimeout(180_000);
  const templates = trafficTemplates(recordedBodies());
  const tab = await openHarnessedPanel(CHROME_DIST, await buildHarnessScript(), process.env['E2E_HEADED'] !== '1');
  try {
    const heaps: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      // 100 per task, bodies built as they are fired: one render per hundred instead of one per
      // exchange, and the harness never holds 5,000 bodies; what the panel keeps is the same.
      await tab.page.evaluate(
        ({ templates, count }) => window.llmPanelBench?.prepare(templates, count, [], { perTask: 100, ahead: false }),
        { templates, count: PER_ROUND },
      );
      const ingest = await tab.page.evaluate(() => window.llmPanelBench?.ingest());
      expect(ingest?.fired, `round ${round}`).toBe(PER_ROUND);
      heaps.push(await tab.heapAfterGc());
    }
    const mib = heaps.map((bytes) => Math.round(bytes / 1024 / 1024));
    test.info().annotations.push({ type: 'heap after each 5,000 (MiB)', description: mib.join(', ') });

    await expect(tab.page.getByTestId('exchange-count')).toHaveText('5,000 requests');
    await expect(tab.page.getByTestId('dropped-count')).toHaveText('15,000 dropped');
    // The newest are kept: exchange n asks "Question n: …" (panelHarness/trafficTemplates.ts), numbered from 0.
    const filter = tab.page.getByTestId('filter-input');
    await filter.fill('Question 19999:');
    await expect(tab.page.getByTestId('exchange-count')).toHaveText('1 of 5,000 requests');
    await filter.fill('Question 15000:');
    await expect(tab.page.getByTestId('exchange-count')).toHaveText('1 of 5,000 requests');
    await filter.fill('Question 14999:');
    await expect(tab.page.getByTestId('no-match')).toBeVisible();
    await filter.fill('');
    for (const bytes of heaps) expect(bytes, `heap after each round: ${mib.join(', ')} MiB`).toBeLessThan(HEAP_BOUND);
    // Past the limit each round replaces as much as it adds: the heap after 20,000 is that after 5,000, give or take.
    expect(heaps[ROUNDS - 1] ?? Number.NaN, `heap after each round: ${mib.join(', ')} MiB`).toBeLessThan((heaps[0] ?? 0) * 1.25);
  } finally {
    await tab.close();
  }
});
