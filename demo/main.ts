/**
 * The demo page: one card per scenario, and "Run all" which runs them one after another and then
 * leaves the `demo-done` marker the headless `npm start` and the e2e tests wait for.
 */
import { runScenario } from './calls/run-scenario';
import { runSchemaScenario } from './calls/schema-calls';
import { createStartupClient } from './calls/startup-client';
import type { ScenarioCard } from './scenario-card';
import { createCard, createScenarioCard, runOnClick } from './scenario-card';
import type { Scenario } from './scenarios';
import { DONE_TEST_ID, isChatCompletionsScenario, SCENARIOS } from './scenarios';
import { SCHEMA_SCENARIOS } from './schema-scenarios';
import { mountStartupClientCard } from './startup-scenario';

// Made first, while the page loads: this client keeps the `fetch` of that moment (issue 14, Reload and capture).
const startupClient = createStartupClient(location.origin);

function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`demo/index.html has no #${id}`);
  return element;
}

const list = required('scenarios', HTMLElement);
const schemaList = required('schema-scenarios', HTMLElement);
const runAllButton = required('run-all', HTMLButtonElement);
const runChatButton = required('run-chat', HTMLButtonElement);
const runAllStatus = required('run-all-status', HTMLElement);

/** Chat calls made since the page loaded: the number of exchanges the LLM panel should list. */
let chatCallsMade = 0;

/** Runs one scenario; `ownsButton` is false under "Run all", which keeps every button disabled. */
async function run(scenario: Scenario, card: ScenarioCard, ownsButton: boolean): Promise<void> {
  if (ownsButton) card.button.disabled = true;
  card.setOutput('');
  card.setState('running', 'Running…');
  if (scenario.chat) chatCallsMade++;
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  try {
    const outcome = await runScenario(scenario, location.origin, (textSoFar) => {
      card.setOutput(textSoFar);
    });
    card.setOutput(outcome.text);
    card.setState('ok', `${outcome.summary} · ${elapsed()}`);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    card.setOutput(message);
    card.setState('error', `${scenario.chat && scenario.kind === 'error' ? 'Failed as expected' : 'Failed'} · ${elapsed()}`);
  } finally {
    if (ownsButton) card.button.disabled = false;
  }
}

const cards = SCENARIOS.map((scenario) => {
  const card = createScenarioCard(scenario);
  card.button.addEventListener('click', () => void run(scenario, card, true));
  list.append(card.element);
  return { scenario, card };
});

// Issue 15: answers that break the schemas their requests carried; not part of "Run all" (schema-scenarios.ts says why).
for (const scenario of SCHEMA_SCENARIOS) {
  const card = createCard(scenario.testId, scenario.label, `fetch · ${scenario.format} · ${scenario.breaks}`);
  runOnClick(card, () => runSchemaScenario(scenario, location.origin));
  schemaList.append(card.element);
}

mountStartupClientCard(required('startup-scenarios', HTMLElement), startupClient);

/** Runs the scenarios `which` picks, one after another, then leaves the `demo-done` marker. */
async function runAll(which: (scenario: Scenario) => boolean): Promise<void> {
  document.querySelector(`[data-testid="${DONE_TEST_ID}"]`)?.remove();
  runAllButton.disabled = true;
  runChatButton.disabled = true;
  for (const { card } of cards) card.button.disabled = true;
  const picked = cards.filter(({ scenario }) => which(scenario));
  for (const [i, { scenario, card }] of picked.entries()) {
    runAllStatus.dataset['state'] = 'running';
    runAllStatus.textContent = `Running ${i + 1} of ${picked.length}: ${scenario.label}`;
    await run(scenario, card, false);
  }
  for (const { card } of cards) card.button.disabled = false;
  runAllButton.disabled = false;
  runChatButton.disabled = false;
  runAllStatus.dataset['state'] = 'done';
  runAllStatus.textContent = '';
  const done = document.createElement('span');
  done.dataset['testid'] = DONE_TEST_ID;
  done.dataset['chatCalls'] = String(chatCallsMade);
  done.textContent = `Done: ${chatCallsMade} chat calls made`;
  runAllStatus.append(done);
}

runAllButton.addEventListener('click', () => void runAll(() => true));
runChatButton.addEventListener('click', () => void runAll(isChatCompletionsScenario));
