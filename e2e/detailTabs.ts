import type { LlmPanel } from './devtools';

/**
 * Small steps inside the LLM panel's detail tabs for the Timing, Validation and Raw specs. The
 * panel is not a Playwright page (it is an iframe of the DevTools window reached through CDP),
 * so these run expressions in it and read plain data back.
 */

/** Opens one detail tab (`timing`, `validation`, `raw`, ...) and waits for its panel to show. */
export async function openTab(panel: LlmPanel, id: string, contentTestId: string): Promise<void> {
  await panel.evaluate(`document.querySelector('[data-testid="detail-tab-${id}"]').click()`);
  await panel.waitFor(`!!document.querySelector('[data-testid="${contentTestId}"]')`, 5_000, `the ${id} tab did not show [data-testid="${contentTestId}"]`);
}

/** The text of each element with that test id, in document order. */
export async function texts(panel: LlmPanel, selector: string): Promise<string[]> {
  const value = await panel.evaluate(`Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (element) => element.textContent)`);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`expected texts for ${selector}, got ${JSON.stringify(value)}`);
  return value;
}

export async function text(panel: LlmPanel, selector: string): Promise<string> {
  const [first] = await texts(panel, selector);
  if (first === undefined) throw new Error(`nothing matches ${selector} in the panel`);
  return first;
}

/** Clicks the first element matching a selector. */
export async function click(panel: LlmPanel, selector: string): Promise<void> {
  const clicked = await panel.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`);
  if (clicked !== true) throw new Error(`no ${selector} in the panel`);
}

/** Sends a key to an element, as a user's key press on it would. */
export async function pressKey(panel: LlmPanel, selector: string, key: string): Promise<void> {
  await panel.evaluate(`document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }))`);
}

export async function number(panel: LlmPanel, expression: string): Promise<number> {
  const value = await panel.evaluate(expression);
  if (typeof value !== 'number') throw new Error(`expected a number from ${expression}, got ${JSON.stringify(value)}`);
  return value;
}
