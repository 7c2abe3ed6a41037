import type { Page } from '@playwright/test';

/**
 * Raises the panel's "Requests kept" limit (Settings, Memory) as a person would, so a benchmark at
 * 10,000 exchanges lists them all instead of dropping the oldest past the default 5,000.
 */
export const keepRequests = async (page: Page, count: number): Promise<void> => {
  await page.getByTestId('settings-button').click();
  await page.getByTestId('settings-max-exchanges').fill(String(count));
  await page.getByTestId('settings-apply-limits').click();
  await page.getByTestId('settings-button').click();
  await page.getByTestId('settings-panel').waitFor({ state: 'hidden', timeout: 5_000 });
};
