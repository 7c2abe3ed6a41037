/**
 * `npm start`: build, make sure Chromium is installed, serve the demo page, and open Chromium with
 * the extension loaded and DevTools showing the LLM panel on the demo page.
 *
 * With a display (DISPLAY set, not CI) the window stays open for you until Ctrl+C. Without one
 * (or with --headless) it runs every demo call headless, prints what the panel captured, saves a
 * screenshot of DevTools, and exits 0 only if the panel listed exactly the chat calls the demo made.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoServer, type DemoServer } from '../demo/server';
import { CHAT_SCENARIOS, SCENARIOS } from '../demo/scenarios';
import { attachDevtools } from '../browser/devtools';
import { launchWithExtension, type LaunchedBrowser } from '../browser/launchChromium';
import { formatRow, runAllDemoCalls, selectToolCallExchange } from './demoCheck';
import { ensureBrowsers } from './ensure-browsers';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../dist/screenshots/start.png', import.meta.url));
const PREFERRED_PORT = 5173;
/** The headless run, from launch to verdict; the build and apt-get are not counted. */
const HEADLESS_BUDGET_MS = 120_000;

const { values: flags } = parseArgs({
  options: { headless: { type: 'boolean' }, headed: { type: 'boolean' }, 'skip-build': { type: 'boolean' } },
});
const ci = process.env['CI'] !== undefined && !['', '0', 'false'].includes(process.env['CI']);
const headed = flags.headed === true || (flags.headless !== true && !ci && (process.env['DISPLAY'] ?? '') !== '');

function fail(message: string): never {
  console.error(`\nnpm start failed: ${message}`);
  process.exit(1);
}

if (flags['skip-build'] !== true) {
  console.log('Building the extension and the demo page (npm run build)…');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed (see above)');
}
try {
  ensureBrowsers();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

/** 127.0.0.1:5173 when free, else any free port. */
async function startDemo(): Promise<DemoServer> {
  try {
    return await startDemoServer({ port: PREFERRED_PORT });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') return startDemoServer({ port: 0 });
    throw error;
  }
}

let demo: DemoServer | undefined;
let browser: LaunchedBrowser | undefined;
let closing: Promise<void> | undefined;
/** Idempotent: Ctrl+C, the window being closed and the end of the headless run all end here. */
function shutDown(): Promise<void> {
  closing ??= (async () => {
    await browser?.close();
    await demo?.close().catch(() => undefined);
  })();
  return closing;
}

async function open(): Promise<{ browser: LaunchedBrowser; demo: DemoServer }> {
  demo = await startDemo();
  browser = await launchWithExtension({ headless: !headed });
  await browser.page.goto(demo.url);
  return { browser, demo };
}

async function runHeaded(): Promise<void> {
  const { browser: opened, demo: server } = await open();
  const devtools = await attachDevtools(opened.context);
  await devtools.showLlmPanel();
  console.log(`\nDemo page: ${server.url}`);
  console.log('Chromium is open with DevTools on the demo page and the LLM panel shown.');
  console.log('Click "Run all calls" (or any single call) on the page and watch the LLM panel;');
  console.log('select a row to see the decoded response. Press Ctrl+C here to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    opened.context.once('close', () => {
      resolve();
    });
  });
  console.log('\nClosing Chromium and the demo server…');
  await shutDown();
}

async function runHeadless(): Promise<number> {
  const { browser: opened, demo: server } = await open();
  const why = flags.headless === true ? '--headless' : ci ? 'CI is set' : 'no DISPLAY';
  console.log(`Demo page: ${server.url} (headless: ${why})`);
  const devtools = await attachDevtools(opened.context);
  const panel = await devtools.showLlmPanel();
  // Docked, DevTools shares the window with the page and the screenshot would be half blank.
  await devtools.undock();
  console.log(
    `Running the ${CHAT_SCENARIOS.length} chat calls and the ${SCENARIOS.length - CHAT_SCENARIOS.length} non-LLM calls of the demo page…`,
  );
  const { rows, problems } = await runAllDemoCalls(opened.page, panel);
  console.log(`\nThe LLM panel lists ${rows.length} exchange${rows.length === 1 ? '' : 's'}:`);
  for (const row of rows) console.log(`  ${formatRow(row)}`);
  if (!(await selectToolCallExchange(panel, rows.length))) problems.push('no listed exchange shows a tool call in its detail');
  await panel.screenshot(SCREENSHOT);
  console.log(`\nScreenshot of DevTools with the LLM panel: ${relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);
  if (problems.length > 0) {
    console.error(`\nThe panel does not match the demo's calls (demo/scenarios.ts):\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log(`\nOK: the panel showed exactly the ${CHAT_SCENARIOS.length} chat exchanges the demo made, and nothing else.`);
  return 0;
}

async function main(): Promise<number> {
  if (headed) {
    await runHeaded();
    return 0;
  }
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`the headless run took longer than ${HEADLESS_BUDGET_MS / 1000} s`));
    }, HEADLESS_BUDGET_MS);
  });
  try {
    return await Promise.race([runHeadless(), budget]);
  } finally {
    clearTimeout(timer);
    await shutDown();
  }
}

main().then(
  (code) => {
    process.exit(code);
  },
  async (error: unknown) => {
    await shutDown();
    fail(error instanceof Error ? error.message : String(error));
  },
);
