import type { Page } from '@playwright/test';
import { JS_LINK, PWNED_FLAG, RLO, SCRIPT_MARKUP } from '../demo/hostile-bodies';
import { click, openTab, pressKey, text, texts } from './detailTabs';
import type { LlmPanel } from '../browser/devtools';
import { expect, test } from './fixtures';

/**
 * Issue 7 in real DevTools: the inspected page calls the demo server's hostile route
 * (demo/hostile-bodies.ts), and for each answer the LLM panel must list the call, show what came
 * as text, never run it, never make a `javascript:` link, and never blank. Expected texts are
 * written from the bodies sent and the contract's wording (decode/README.md), not read off the panel.
 */

async function call(page: Page, name: string, query = ''): Promise<number> {
  return page.evaluate(
    async ({ name, query }) => {
      const response = await fetch(`/hostile/${name}/v1/chat/completions${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] }),
      });
      await response.arrayBuffer();
      return response.status;
    },
    { name, query },
  );
}

/** Calls each case in turn and waits until the panel lists them all; rows then show in that order. */
async function callAll(page: Page, panel: LlmPanel, cases: readonly (readonly [string, string?])[]): Promise<void> {
  for (const [name, query] of cases) await call(page, name, query);
  const expected = `${cases.length} requests`;
  await expect.poll(async () => text(panel, '[data-testid="exchange-count"]'), { timeout: 20_000 }).toBe(expected);
}

/** Selects the row of a case (by its position) and checks the detail is that call's. */
async function open(panel: LlmPanel, index: number, name: string): Promise<void> {
  await panel.select(index);
  expect(await text(panel, '[data-testid="exchange-detail"] [data-testid="detail-url"]')).toContain(`/hostile/${name}/v1/chat/completions`);
}

const issueTexts = (panel: LlmPanel): Promise<string[]> => texts(panel, '[data-testid="detail-issue"]');

/** What must hold after any hostile answer: the panel is up, nothing ran, no `javascript:` link exists. */
async function expectUnharmed(panel: LlmPanel): Promise<void> {
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="panel-ready"]')`), 'the panel is still there').toBe(true);
  expect(await panel.evaluate(`typeof window.${PWNED_FLAG}`), 'no script of the answer ran in the panel').toBe('undefined');
  expect(await panel.devtools.evaluate(`typeof window.${PWNED_FLAG}`), 'no script of the answer ran in DevTools').toBe('undefined');
  expect(
    await panel.evaluate(
      `document.querySelectorAll('a[href^="javascript:" i], [data-testid="exchange-detail"] img, [data-testid="exchange-detail"] script').length`,
    ),
  ).toBe(0);
  expect(
    await panel.evaluate(`Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || ({}).polluted !== undefined`),
    'Object.prototype untouched',
  ).toBe(false);
}

test('broken bodies: each listed, its damage shown as issues or replacement characters, the panel intact', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  const cases = [
    'truncated-json',
    'truncated-stream',
    'invalid-utf8',
    'lone-surrogates',
    'binary-body',
    'empty-body',
    'null-body',
    'deep-nesting',
    'proto-keys',
    'big-integer',
  ] as const;
  await callAll(
    inspected.page,
    panel,
    cases.map((name) => [name]),
  );
  const content = () => text(panel, '[data-testid="detail-choice-content"]');

  await open(panel, 0, 'truncated-json');
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('the body is not valid JSON: cut short or malformed')]);

  await open(panel, 1, 'truncated-stream');
  expect(await text(panel, '[data-testid="detail-kind"]')).toBe('stream');
  expect(await text(panel, '[data-testid="detail-stream-done"]')).toBe('no: it stopped without [DONE]');
  // Two events arrived whole: the role and "Hello".
  expect(await content()).toBe('Hello');

  // 0xC3 with no continuation byte, then 0xFF 0xFE: one U+FFFD each, as a browser decodes UTF-8.
  await open(panel, 2, 'invalid-utf8');
  expect(await content()).toBe('caf\ufffd( and \ufffd\ufffdok');
  await open(panel, 3, 'lone-surrogates');
  expect(await content()).toBe('half a pair: \ud83d and \udc4d');
  await open(panel, 4, 'binary-body');
  expect(await content()).toBe('caf\ufffd( and \ufffd\ufffdok');

  await open(panel, 5, 'empty-body');
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('the response body is empty')]);
  await open(panel, 6, 'null-body');
  expect(await text(panel, '[data-testid="detail-conforms"]')).toMatch(/^does not conform/);
  expect(await panel.evaluate(`document.querySelectorAll('[data-testid="detail-issue"][data-severity="error"]').length`)).toBeGreaterThan(
    0,
  );
  await open(panel, 7, 'deep-nesting');
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('the body is too deeply nested to decode')]);

  await open(panel, 8, 'proto-keys');
  expect(await text(panel, '[data-testid="detail-conforms"]')).toBe('conforms');
  expect(await texts(panel, '[data-testid="detail-extension-path"]')).toEqual(expect.arrayContaining(['__proto__', 'constructor']));

  // 2^64 - 1 as sent, not as JSON.parse would round it (18446744073709552000).
  await open(panel, 9, 'big-integer');
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('choices[0].seed')]);
  const detail = await panel.detailText();
  expect(detail).toContain('18446744073709551615');
  expect(detail).not.toContain('18446744073709552000');

  // Every row still opens after the others were shown.
  await open(panel, 0, 'truncated-json');
  await expectUnharmed(panel);
});

test('markup, <script>, javascript: links and bidi overrides: shown as text, never run, never a link', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await callAll(inspected.page, panel, [
    ['markup-content'],
    ['markup-tool-call'],
    ['markup-model'],
    ['markup-error'],
    ['markup-url', `?next=${JS_LINK}`],
  ]);

  await open(panel, 0, 'markup-content');
  expect(await text(panel, '[data-testid="detail-choice-content"]')).toBe(
    `# Weather\n${SCRIPT_MARKUP}\n[click me](${JS_LINK}) <a href="${JS_LINK}">raw link</a>\n${RLO}gnp.exe`,
  );
  // The citation's javascript: URL is shown, not linked.
  expect(await texts(panel, '[data-testid="detail-citation"]')).toEqual([JS_LINK]);
  await expectUnharmed(panel);
  // Rendered as Markdown in the Conversation tab: the link text stays, the javascript: target does not.
  await openTab(panel, 'conversation', 'conversation');
  expect(await text(panel, '[data-testid="conversation-turn"][data-source="response"] [data-testid="conversation-content"]')).toContain(
    'click me',
  );
  await expectUnharmed(panel);
  await click(panel, '[data-testid="detail-tab-response"]');

  await open(panel, 1, 'markup-tool-call');
  expect(await text(panel, '[data-testid="detail-tool-call-name"]')).toBe(`<img src=x onerror="window.${PWNED_FLAG}=1;alert(1)">`);
  // The arguments are shown as formatted JSON: the markup inside its string, quotes escaped.
  const args = await text(panel, '[data-testid="detail-tool-call-arguments"]');
  expect(args).toContain(
    `"city": "<script>window.${PWNED_FLAG}=1;alert(1)</script><img src=x onerror=\\"window.${PWNED_FLAG}=1;alert(1)\\">"`,
  );
  expect(args).toContain(`"url": "${JS_LINK}"`);

  await open(panel, 2, 'markup-model');
  const model = `${SCRIPT_MARKUP}gpt-4o${RLO}inim`;
  expect(await text(panel, '[data-testid="detail-model"]')).toBe(model);
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('the model name holds bidirectional control characters (U+202E)')]);

  await open(panel, 3, 'markup-error');
  expect(await text(panel, '[data-testid="detail-status"]')).toBe('400');
  expect(await text(panel, '[data-testid="detail-error-message"]')).toBe(`${SCRIPT_MARKUP} see [the docs](${JS_LINK})`);
  expect(await text(panel, '[data-testid="detail-error-code"]')).toBe(JS_LINK);

  // The query reaches the panel as the browser sent it; its javascript: is inside a URL's query, shown as text.
  await open(panel, 4, 'markup-url');
  expect(await text(panel, '[data-testid="detail-url"]')).toContain(`?next=javascript:window.${PWNED_FLAG}=1;alert(1)`);

  await expectUnharmed(panel);
});

test('a 5 MB single-line content, a 200,000-event stream and one too big for DevTools: listed, opened, the panel responsive', async ({
  inspected,
  devtools,
}) => {
  test.setTimeout(90_000);
  const panel = await devtools.showLlmPanel();
  await callAll(inspected.page, panel, [['huge-line'], ['many-events'], ['oversized-stream'], ['markup-url']]);

  await open(panel, 0, 'huge-line');
  // 'All work and no play makes a long line. ' (40 characters) 125,000 times; the panel shows the
  // first 256 KiB (262,144 characters) and says what it hides until asked for all of it.
  expect(await text(panel, '[data-testid="detail-choice-content"] [data-testid="text-truncated-message"]')).toBe(
    'Showing the first 262,144 of 5,000,000 characters; 4,737,856 hidden to keep the panel responsive. Copy and export give it all.',
  );
  await click(panel, '[data-testid="detail-choice-content"] [data-testid="text-show-all"]');
  await panel.waitFor(
    `!document.querySelector('[data-testid="detail-choice-content"] [data-testid="text-truncated"]')`,
    10_000,
    'Show all did not show the whole content',
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="detail-choice-content"]').textContent.length`)).toBe(5_000_000);

  await open(panel, 1, 'many-events');
  expect(await text(panel, '[data-testid="detail-kind"]')).toBe('stream');
  // A role event, 199,997 content events, a finish event and [DONE].
  expect(await text(panel, '[data-testid="detail-stream-events"]')).toBe('200000');
  expect(await text(panel, '[data-testid="detail-stream-done"]')).toBe('yes');
  expect((await text(panel, '[data-testid="detail-choice-content"]')).length).toBe(199_997);
  // Each of the 199,999 chunks lacks the same four fields: four issues, each listed once with its count.
  await openTab(panel, 'validation', 'validation-tab');
  expect(await texts(panel, '[data-testid="validation-issue-path"]')).toEqual([
    'events[0].id',
    'events[0].object',
    'events[0].created',
    'events[0].model',
  ]);
  for (const message of await texts(panel, '[data-testid="validation-issue-message"]')) expect(message).toContain('199999 times');
  await openTab(panel, 'timing', 'timing-tab');
  expect(await panel.evaluate(`document.querySelector('[data-testid="stream-event-list"]').dataset.count`)).toBe('200000');
  await pressKey(panel, '[data-testid="stream-event-list"]', 'End');
  await panel.waitFor(
    `!!document.querySelector('[data-testid="stream-event"][data-index="199999"]')`,
    5_000,
    'End did not bring the last of 200,000 events into view',
  );
  await click(panel, '[data-testid="detail-tab-response"]');

  // About 24 MB: DevTools keeps no body that large, and the panel says so.
  await open(panel, 2, 'oversized-stream');
  expect(await text(panel, '[data-testid="detail-body-unavailable-reason"]')).toContain(
    'larger than the 20,000,000 bytes Chromium keeps of one response for DevTools',
  );
  expect(await issueTexts(panel)).toEqual([expect.stringContaining('no response body to check')]);

  await open(panel, 3, 'markup-url');
  await open(panel, 0, 'huge-line');
  await expectUnharmed(panel);
});
