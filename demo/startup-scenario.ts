/**
 * Issue 14: one card whose call goes through an OpenAI client made when the page loaded
 * (calls/startup-client.ts), for the Live "Reload and capture" check. It replays the same stream as
 * the "OpenAI SDK: streaming" card. Not part of "Run all": the other specs count those calls.
 */
import type { StartupClient } from './calls/startup-client';
import { createCard, runOnClick } from './scenario-card';
import { SCENARIOS } from './scenarios';

export const STARTUP_CLIENT_TEST_ID = 'demo-openai-stream-startup-client';

/** The recording and model of the streaming OpenAI card. */
const STREAM = SCENARIOS.find((scenario) => scenario.testId === 'demo-openai-stream');

export function mountStartupClientCard(list: HTMLElement, startupClient: StartupClient): void {
  if (STREAM === undefined || !STREAM.chat) throw new Error('demo/scenarios.ts has no demo-openai-stream card');
  const { fixture, model } = STREAM;
  const card = createCard(
    STARTUP_CLIENT_TEST_ID,
    'OpenAI SDK: streaming, client made at page load',
    `openai · openai-chat · ${model ?? ''} · replays ${fixture} · the SDK keeps the fetch it found when the page loaded`,
  );
  runOnClick(card, (progress) => startupClient.stream({ origin: location.origin, fixture, model: model ?? '', progress }));
  list.append(card.element);
}
