import type { Page } from '@playwright/test';
import { CHAT_SCENARIOS, DONE_TEST_ID, FORMAT_LABELS, RUN_ALL_TEST_ID, type ChatScenario } from '../demo/scenarios';
import type { LlmPanel, PanelRow } from '../browser/devtools';
import { LISTED_ROWS } from '../browser/panelRows';

/**
 * The headless `npm start` check: run every demo call, then compare what the LLM panel lists with
 * what the demo says it made (demo/scenarios.ts): the same chat exchanges, in order, and nothing
 * else (the non-chat request must not be listed).
 */

/** The panel's kind label for each scenario kind (panel/format/exchangeLabels.ts). */
const KIND_LABEL: Record<ChatScenario['kind'], string> = { json: 'JSON', stream: 'stream', error: 'error' };

/** How the panel shows an exchange that names no model (panel/format/exchangeLabels.ts, modelLabel). */
const NO_MODEL = '—';

/**
 * Whether the row names the scenario's wire format. Chat Completions rows are the list's first
 * format and are not required to carry a name; every other format's row must show its label
 * ("Anthropic", "AI SDK", …) in some cell, as issue 13 asks ("a short badge or the provider column").
 */
function showsFormat(row: PanelRow, scenario: ChatScenario): boolean {
  return scenario.format === 'openai-chat' || row.text.includes(FORMAT_LABELS[scenario.format]);
}

/** Everything that differs between the panel's rows and the expected exchanges; [] when they agree. */
export function compareRows(rows: readonly PanelRow[], expected: readonly ChatScenario[]): string[] {
  const problems: string[] = [];
  if (rows.length !== expected.length) {
    problems.push(
      `the panel lists ${rows.length} exchange${rows.length === 1 ? '' : 's'}, the demo made ${expected.length} chat call${expected.length === 1 ? '' : 's'}`,
    );
  }
  for (let index = 0; index < Math.max(rows.length, expected.length); index++) {
    const row = rows[index];
    const scenario = expected[index];
    if (row === undefined && scenario !== undefined) {
      problems.push(`row ${index + 1} missing: expected ${scenario.model ?? NO_MODEL} (${scenario.testId})`);
    } else if (row !== undefined && scenario === undefined) {
      problems.push(`row ${index + 1} unexpected: ${row.model} ${row.kind} ${row.status}`);
    } else if (row !== undefined && scenario !== undefined) {
      const wanted = { model: scenario.model ?? NO_MODEL, kind: KIND_LABEL[scenario.kind], status: String(scenario.status) };
      const got = { model: row.model, kind: row.kind, status: row.status };
      if (got.model !== wanted.model || got.kind !== wanted.kind || got.status !== wanted.status) {
        problems.push(
          `row ${index + 1} (${scenario.testId}): expected ${wanted.model} ${wanted.kind} ${wanted.status}, got ${got.model} ${got.kind} ${got.status}`,
        );
      }
      if (!showsFormat(row, scenario)) {
        problems.push(
          `row ${index + 1} (${scenario.testId}): expected the format ${FORMAT_LABELS[scenario.format]} (${scenario.format}) in the row, got "${row.text.replace(/\s+/g, ' ')}"`,
        );
      }
    }
  }
  return problems;
}

export function formatRow(row: PanelRow): string {
  return `${row.time.padEnd(12)}  ${row.model.padEnd(50)}  ${row.kind.padEnd(6)}  ${row.status.padStart(3)}  ${row.tokens.padStart(6)} tokens`;
}

export interface DemoCheckResult {
  rows: PanelRow[];
  problems: string[];
}

/** Clicks "Run all", waits for `demo-done`, then reads the panel until its rows stop changing. */
export async function runAllDemoCalls(page: Page, panel: LlmPanel): Promise<DemoCheckResult> {
  await page.getByTestId(RUN_ALL_TEST_ID).click();
  await page.getByTestId(DONE_TEST_ID).waitFor({ timeout: 60_000 });
  // The panel receives each exchange after its response completed and getContent answered: wait
  // for the expected count, then a little longer so an extra (wrongly captured) row shows too. The
  // count is the list's own (only the rows in view are in the DOM); rows() reads every row.
  await panel
    .waitFor(
      `${LISTED_ROWS} >= ${CHAT_SCENARIOS.length}`,
      10_000,
      `the panel did not list ${CHAT_SCENARIOS.length} exchanges within 10 s of the demo finishing`,
    )
    .catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rows = await panel.rows();
  return { rows, problems: compareRows(rows, CHAT_SCENARIOS) };
}

/** Selects the first row whose detail shows a tool call (for the screenshot); false when none does. */
export async function selectToolCallExchange(panel: LlmPanel, rowCount: number): Promise<boolean> {
  for (let index = 0; index < rowCount; index++) {
    await panel.select(index);
    if ((await panel.detailFields('detail-tool-call-name')).length > 0) return true;
  }
  return false;
}
