import { SCHEMA_CASES } from '../demo/schema-bodies';
import type { LlmPanel } from '../browser/devtools';
import { click, openTab, text, texts } from './detailTabs';
import { expect, runDemoCall, test } from './fixtures';

/**
 * Issue 15 in real DevTools: the demo page sends requests carrying their JSON Schemas (a tool's
 * parameters, response_format) and the demo server answers with bodies that break them
 * (demo/schema-bodies.ts): get_weather called with unit "C" where the enum is celsius or
 * fahrenheit, a weather_report answer without its required temperature. The panel must mark the
 * call or answer in Conversation, list the issues in Validation under their own group with their
 * paths, and, for the one selected, highlight the spot in the pretty-printed value.
 *
 * Each test first checks what holds without decode/'s schema checks (the call listed, the tool
 * call or answer shown in Conversation), then the schema findings (decode/model.ts SchemaIssueFacts).
 * The message wording is decode/'s, so only what it must say is checked.
 */

/** Runs one of the demo's schema cards and opens the one exchange it made in Conversation. */
async function callAndOpenConversation(panel: LlmPanel, run: () => Promise<string>): Promise<void> {
  expect(await run()).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'conversation', 'conversation');
}

/** The text of each element matching `selector` inside the response turn of Conversation. */
const inResponse = (panel: LlmPanel, selector: string) =>
  texts(panel, `[data-testid="conversation-turn"][data-source="response"] ${selector}`);

async function attribute(panel: LlmPanel, selector: string, name: string): Promise<string | null> {
  const value = await panel.evaluate(`document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`);
  return typeof value === 'string' ? value : null;
}

test('a tool call with a wrong enum value is marked, listed under the request’s schemas and highlighted', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  await callAndOpenConversation(panel, () => runDemoCall(inspected.page, 'demo-schema-tool-enum'));

  // Without schema checks: the call and its arguments as sent (demo/schema-bodies.ts chat-tool-enum).
  expect(await inResponse(panel, '[data-testid="conversation-tool-call-name"]')).toEqual(['get_weather']);
  expect(SCHEMA_CASES['chat-tool-enum'].response.choices[0].message.tool_calls[0].function.arguments).toBe('{"city":"Paris","unit":"C"}');
  expect(await inResponse(panel, '[data-testid="conversation-tool-call-arguments"]')).toEqual(['{\n  "city": "Paris",\n  "unit": "C"\n}']);

  // The mark on the call, its tooltip the message.
  await panel.waitFor(`!!document.querySelector('[data-testid="schema-mark"]')`, 5_000, 'the failing tool call has no schema mark');
  const mark = '[data-testid="conversation-tool-call"] [data-testid="schema-mark"]';
  expect(await text(panel, mark)).toBe("✕ Fails the request's schema");
  const tooltip = await attribute(panel, mark, 'title');
  expect(tooltip).toContain('celsius');
  expect(tooltip).toContain('"C"');

  // Validation: the issue in its own group, with the path into the arguments.
  await panel.screenshot(test.info().outputPath('tool-call-marked.png'));
  await openTab(panel, 'validation', 'validation-tab');
  expect(await text(panel, '[data-testid="validation-schema-group-title"]')).toBe("Against the request's schemas");
  await panel.screenshot(test.info().outputPath('validation-schema-group.png'));
  const schemaPaths = await texts(panel, '[data-testid="validation-schema-issues"] [data-testid="validation-issue-path"]');
  expect(schemaPaths).toEqual(['choices[0].message.tool_calls[0].function.arguments.unit']);
  expect(await texts(panel, '[data-testid="validation-schema-issues"] [data-testid="validation-issue-severity"]')).toEqual(['error']);

  // Selecting it opens Conversation with "unit": "C" highlighted in the call's pretty-printed arguments.
  await click(panel, '[data-testid="validation-schema-issues"] [data-testid="validation-issue"]');
  await panel.waitFor(
    `!!document.querySelector('[data-testid="conversation-schema-spot"] [data-testid="json-tree-focus"]')`,
    5_000,
    'selecting the schema issue highlighted nothing in Conversation',
  );
  expect(await attribute(panel, '[data-testid="detail-tab-conversation"]', 'aria-selected')).toBe('true');
  expect(await texts(panel, '[data-testid="json-tree-focus"]')).toEqual(['unit: "C"']);
  expect(await text(panel, '[data-testid="conversation-schema-spot-note"]')).toBe('Highlighted: unit in the arguments of get_weather.');
  await panel.screenshot(test.info().outputPath('tool-call-spot.png'));

  // The Response tab lists it apart from the contract's issues (none here), under the same title.
  await openTab(panel, 'response', 'detail-schema-issues');
  expect(await texts(panel, '[data-testid="detail-issues"]')).toEqual([]);
  expect(await text(panel, '[data-testid="detail-schema-issues"] h3')).toBe("Against the request's schemas (1)");
  expect(await texts(panel, '[data-testid="detail-schema-issues"] [data-testid="detail-issue"] .issue__path')).toEqual([
    'choices[0].message.tool_calls[0].function.arguments.unit',
  ]);
  await panel.screenshot(test.info().outputPath('response-tab-schema-issues.png'));
});

test('a structured answer missing a required field is marked, listed and its object highlighted', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await callAndOpenConversation(panel, () => runDemoCall(inspected.page, 'demo-schema-structured-required'));

  // Without schema checks: the answer as sent (chat-structured-required: no temperature).
  expect(await inResponse(panel, '[data-testid="conversation-content"]')).toEqual([
    SCHEMA_CASES['chat-structured-required'].response.choices[0].message.content,
  ]);

  await panel.waitFor(`!!document.querySelector('[data-testid="schema-mark"]')`, 5_000, 'the failing answer has no schema mark');
  expect(await inResponse(panel, '[data-testid="schema-mark"]')).toEqual(["✕ Fails the request's schema"]);
  expect(await attribute(panel, '[data-testid="schema-mark"]', 'title')).toContain('temperature');

  await openTab(panel, 'validation', 'validation-tab');
  expect(await text(panel, '[data-testid="validation-schema-group-title"]')).toBe("Against the request's schemas");
  const [path, ...others] = await texts(panel, '[data-testid="validation-schema-issues"] [data-testid="validation-issue-path"]');
  expect(others).toEqual([]);
  // The path continues into the content; for a missing field it may name the field or stop at the object lacking it.
  expect(['choices[0].message.content', 'choices[0].message.content.temperature']).toContain(path);

  // Selecting it highlights the answer's object, which lacks temperature: here the whole value.
  await click(panel, '[data-testid="validation-schema-issues"] [data-testid="validation-issue"]');
  await panel.waitFor(
    `!!document.querySelector('[data-testid="conversation-schema-spot"] [data-testid="json-tree-focus"]')`,
    5_000,
    'selecting the schema issue highlighted nothing in Conversation',
  );
  await panel.screenshot(test.info().outputPath('structured-spot.png'));
  const [spot] = await texts(panel, '[data-testid="json-tree-focus"]');
  expect(spot).toContain('city: "Paris"');
  expect(spot).toContain('conditions: "light rain"');
});
