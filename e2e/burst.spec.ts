import { listFixtures } from '../demo/fixtures';
import { expect, test } from './fixtures';
import { countText, fireBurst } from './requestBurst';

/**
 * Issue 6, item 5, in real DevTools: the inspected page fires 500 chat-completion calls at once
 * (every recorded body in turn, streams unpaced) and every one of them reaches the LLM panel. The
 * time it takes is a benchmark (bench/captureBurst.ts), not asserted here.
 */
test.use({ demoPacingMs: 0 });

test('500 chat-completion calls in a burst: all 500 are listed in the LLM panel', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  const fixtures = [...listFixtures().keys()];
  const burst = await fireBurst(inspected.page, 500, fixtures);
  expect(burst.answered).toBe(500);
  await expect.poll(() => countText(panel), { timeout: 30_000 }).toBe('500 requests');
  // The count stays there: no late duplicate from the getHAR backfill or a replayed hand-over.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await countText(panel)).toBe('500 requests');
});
