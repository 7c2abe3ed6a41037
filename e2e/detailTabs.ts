import type { BrowserContext } from '@playwright/test';
import { CdpTargetSession } from '../browser/cdpTargetSession';
import type { LlmPanel } from '../browser/devtools';

/**
 * Small steps inside the LLM panel's detail tabs for the Timing, Validation and Raw specs. The
 * panel is not a Playwright page (it is an iframe of the DevTools window reached through CDP),
 * so these run expressions in it and read plain data back.
 */

/** Opens one detail tab (`timing`, `validation`, `raw`, ...) and waits for its panel to show. */
export async function openTab(panel: LlmPanel, id: string, contentTestId: string): Promise<void> {
  await panel.evaluate(`document.querySelector('[data-testid="detail-tab-${id}"]').click()`);
  await panel.waitFor(
    `!!document.querySelector('[data-testid="${contentTestId}"]')`,
    5_000,
    `the ${id} tab did not show [data-testid="${contentTestId}"]`,
  );
}

/** The text of each element with that test id, in document order. */
export async function texts(panel: LlmPanel, selector: string): Promise<string[]> {
  const value = await panel.evaluate(
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (element) => element.textContent)`,
  );
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error(`expected texts for ${selector}, got ${JSON.stringify(value)}`);
  return value;
}

export async function text(panel: LlmPanel, selector: string): Promise<string> {
  const [first] = await texts(panel, selector);
  if (first === undefined) throw new Error(`nothing matches ${selector} in the panel`);
  return first;
}

/** Clicks the first element matching a selector. */
export async function click(panel: LlmPanel, selector: string): Promise<void> {
  const clicked = await panel.evaluate(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`,
  );
  if (clicked !== true) throw new Error(`no ${selector} in the panel`);
}

/** Sends a key to an element, as a user's key press on it would. */
export async function pressKey(panel: LlmPanel, selector: string, key: string): Promise<void> {
  await panel.evaluate(
    `document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }))`,
  );
}

export async function number(panel: LlmPanel, expression: string): Promise<number> {
  const value = await panel.evaluate(expression);
  if (typeof value !== 'number') throw new Error(`expected a number from ${expression}, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Clicks an element of the panel as a user's click: `Runtime.evaluate` with `userGesture: true`
 * gives the panel's frame the transient activation a real click gives, which the clipboard
 * needs. (LlmPanel.evaluate runs without it, like a script, and a copy there would be refused.)
 */
export async function clickWithUserGesture(context: BrowserContext, panel: LlmPanel, selector: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('the context has no Browser: cannot open a browser-level CDP session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const origin = `chrome-extension://${panel.devtools.extensionId}/`;
    const { targetInfos } = await cdp.send('Target.getTargets');
    const frame = targetInfos.find(
      (target) => target.type === 'iframe' && target.url.startsWith(origin) && target.url.endsWith('/extension/panel.html'),
    );
    if (!frame) throw new Error(`the LLM panel's iframe (${origin}extension/panel.html) is not among the targets`);
    const session = await CdpTargetSession.attach(cdp, frame.targetId, 'LLM panel (user gesture)');
    const reply = await session.send('Runtime.evaluate', {
      expression: `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`,
      userGesture: true,
      returnByValue: true,
    });
    await session.detach();
    const clicked =
      typeof reply === 'object' &&
      reply !== null &&
      'result' in reply &&
      typeof reply.result === 'object' &&
      reply.result !== null &&
      'value' in reply.result
        ? reply.result.value
        : undefined;
    if (clicked !== true) throw new Error(`no ${selector} in the panel`);
  } finally {
    await cdp.detach();
  }
}
