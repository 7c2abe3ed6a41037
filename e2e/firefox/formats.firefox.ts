import type { FirefoxLlmPanel } from '../../browser/firefox/firefoxSession';
import { pollUntil } from '../../browser/firefox/firefoxSession';
import { expect, test } from './fixtures';

/**
 * Issue 13 in real Firefox DevTools: the Anthropic SDK's calls (JSON and a streamed message with
 * thinking) and an AI SDK chat's UI message stream are listed with their format's name and decoded.
 * Expected values were read from the recorded bodies named in each test
 * (../shared/fixtures/formats/<folder>/<file>).
 */

/** Opens a detail tab and waits until its panel shows. */
async function openTab(panel: FirefoxLlmPanel, id: string): Promise<void> {
  const clicked = await panel.evaluate(
    `const tab = document.querySelector('[data-testid="detail-tab-' + arguments[0] + '"]'); if (!tab) return false; tab.click(); return true;`,
    [id],
  );
  if (clicked !== true) throw new Error(`no detail-tab-${id} in the panel`);
  await pollUntil(
    () => panel.evaluate(`return !!document.querySelector('[data-testid="detail-tabpanel-' + arguments[0] + '"]');`, [id]),
    (shown) => shown === true,
    5_000,
    () => `the ${id} tab did not open`,
  );
}

/** The text of each element matching the selector, in document order. */
async function textsOf(panel: FirefoxLlmPanel, selector: string): Promise<string[]> {
  const value = await panel.evaluate(`return Array.from(document.querySelectorAll(arguments[0]), (element) => element.textContent);`, [
    selector,
  ]);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error(`expected texts for ${selector}, got ${JSON.stringify(value)}`);
  return value;
}

const RESPONSE_TURN = '[data-testid="conversation-turn"][data-source="response"]';

/** The Conversation tab in raw mode: the answer's text and reasoning as recorded, not rendered Markdown. */
async function conversation(panel: FirefoxLlmPanel): Promise<{ content: string; reasoning: string }> {
  await openTab(panel, 'conversation');
  await panel.evaluate(`document.querySelector('[data-testid="conversation-format-raw"]')?.click(); return true;`);
  const content = (await textsOf(panel, `${RESPONSE_TURN} [data-testid="conversation-content"]`)).at(-1) ?? '';
  const reasoning = (await textsOf(panel, `${RESPONSE_TURN} [data-testid="conversation-reasoning-text"]`)).join('\n');
  return { content: content.trim(), reasoning: reasoning.trim() };
}

async function responseTabText(panel: FirefoxLlmPanel): Promise<string> {
  await openTab(panel, 'response');
  return (await textsOf(panel, '[data-testid="detail-tabpanel-response"]')).join('');
}

test('anthropic-messages: messages.create and a streamed message with thinking are listed and decoded', async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  expect(await firefox.runDemoCall('demo-anthropic-json')).toBe('ok');
  expect(await firefox.runDemoCall('demo-anthropic-stream')).toBe('ok');

  await expect.poll(async () => (await panel.rows()).length).toBe(2);
  const rows = await panel.rows();
  expect(rows.map((row) => [row.model, row.kind, row.status])).toEqual([
    ['claude-sonnet-4-5-20250929', 'JSON', '200'],
    ['claude-sonnet-4-20250514', 'stream', '200'],
  ]);
  for (const row of rows) expect(row.text).toContain('Anthropic');

  // anthropic-json-text-1.json
  await panel.select(0);
  expect((await conversation(panel)).content).toBe(
    "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you with?",
  );
  const json = await responseTabText(panel);
  for (const shown of ['msg_01VdEjxAP5ahtHKrrRdNBteQ', 'stop_reason', 'end_turn', 'input_tokens', '12', 'output_tokens', '29'])
    expect(json).toContain(shown);

  // anthropic-stream-thinking-1.sse: thinking_delta × 13 then text_delta; message_delta end_turn, output_tokens 282.
  await panel.select(1);
  const streamed = await conversation(panel);
  expect(streamed.reasoning).toBe(
    'This is a straightforward question about pedestrian safety. I should provide clear, helpful advice about how to safely cross a street. This is basic safety information that could help prevent accidents.',
  );
  expect(streamed.content.startsWith('Here are the basic steps for safely crossing the street:')).toBe(true);
  expect(streamed.content.endsWith('Always prioritize safety over speed when crossing streets.')).toBe(true);
  const stream = await responseTabText(panel);
  for (const shown of ['msg_01ALwQ87pTS7hH1PjSdC9wJD', 'stop_reason', 'end_turn', 'output_tokens', '282']) expect(stream).toContain(shown);
});

test('ai-sdk-ui: an AI SDK chat (useChat transport) is listed and decoded from the UI message stream', async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  expect(await firefox.runDemoCall('demo-ai-sdk-chat')).toBe('ok');

  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  const [row] = await panel.rows();
  expect(row && [row.model, row.kind, row.status]).toEqual(['—', 'stream', '200']);
  expect(row?.text).toContain('AI SDK');

  // The route's streamText over openai-responses-stream-reasoning-1.sse: four reasoning summaries, then the output text.
  await panel.select(0);
  const { content, reasoning } = await conversation(panel);
  expect(reasoning.startsWith('**Providing street crossing instructions**')).toBe(true);
  expect(content.startsWith("I'm not a road safety professional, but here are some generally accepted guidelines")).toBe(true);
  expect(content.endsWith('familiarize yourself with the rules specific to your area. Stay safe!')).toBe(true);
  const response = await responseTabText(panel);
  for (const shown of ['finishReason', 'stop']) expect(response).toContain(shown);
});
