import type { LlmPanel } from '../browser/devtools';
import { expect, runDemoCall, test } from './fixtures';

/**
 * The list's columns in real DevTools: resize (persisting across a reload of the panel page), the
 * header context menu, the Name/URL column, the header row as one Tab stop, Home/End. Keys the
 * tests type go through CDP's Input domain to the panel page (real focus movement); the context
 * menu and the resize are real mouse input too.
 */

const headerBox = (panel: LlmPanel, column: string) =>
  panel.evaluate(
    `(() => { const box = document.querySelector('[data-testid="column-${column}"]').getBoundingClientRect(); return { left: box.left, right: box.right, width: box.width, top: box.top, bottom: box.bottom }; })()`,
  ) as Promise<{ left: number; right: number; width: number; top: number; bottom: number }>;
const headerIds = (panel: LlmPanel) =>
  panel.evaluate(
    `Array.from(document.querySelectorAll('[data-testid="exchange-list"] [role="columnheader"]'), (header) => header.dataset.testid)`,
  );
const mouse = (
  panel: LlmPanel,
  type: 'mousePressed' | 'mouseReleased' | 'mouseMoved',
  x: number,
  y: number,
  button: 'left' | 'right' | 'none' = 'left',
) => panel.send('Input.dispatchMouseEvent', { type, x, y, button, clickCount: type === 'mouseMoved' ? 0 : 1 });
/** A key pressed and released; Enter carries its text, without which the browser does not activate a button. */
const key = (panel: LlmPanel, name: string, code: number, modifiers = 0) =>
  panel
    .send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: name,
      code: name,
      windowsVirtualKeyCode: code,
      modifiers,
      ...(name === 'Enter' ? { text: '\r' } : {}),
    })
    .then(() => panel.send('Input.dispatchKeyEvent', { type: 'keyUp', key: name, code: name, windowsVirtualKeyCode: code, modifiers }));
/**
 * Keys go to the frame that has focus: a real click inside the panel page gives it the focus (a
 * script's focus() inside it alone does not move DevTools' focus into its iframe).
 */
async function focusPanelFrame(panel: LlmPanel): Promise<void> {
  const box = await panel.evaluate(
    `(() => { const box = document.querySelector('[data-testid="detail-placeholder"]').getBoundingClientRect(); return [box.left + 4, box.top + 4]; })()`,
  );
  if (!Array.isArray(box)) throw new Error('no detail placeholder to click');
  await mouse(panel, 'mousePressed', Number(box[0]), Number(box[1]));
  await mouse(panel, 'mouseReleased', Number(box[0]), Number(box[1]));
}
/** What has focus, named the way a user would point at it: a header, a row grid, a control's test id. */
const focused = (panel: LlmPanel) =>
  panel.evaluate(
    `(() => { const element = document.activeElement; const header = element?.closest('[role="columnheader"]'); return header ? header.dataset.testid + (element.getAttribute('role') === 'separator' ? ':edge' : '') : (element?.dataset.testid ?? element?.tagName ?? null); })()`,
  );

test('a column resized by dragging its edge keeps its width after the panel page reloads', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_300);
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);

  const status = await headerBox(panel, 'status');
  const duration = await headerBox(panel, 'duration');
  // list/columns.ts: Status is 54 px and Duration 70 px by default, both fixed-width columns.
  expect([Math.round(status.width), Math.round(duration.width)]).toEqual([54, 70]);
  // Drag Status's right edge 20 px to the right with the real mouse: Status grows, Duration (its neighbour) gives way.
  const y = (status.top + status.bottom) / 2;
  await mouse(panel, 'mouseMoved', status.right - 2, y, 'none');
  await mouse(panel, 'mousePressed', status.right - 2, y);
  await mouse(panel, 'mouseMoved', status.right + 8, y);
  await mouse(panel, 'mouseMoved', status.right + 18, y);
  await mouse(panel, 'mouseReleased', status.right + 18, y);
  expect(Math.round((await headerBox(panel, 'status')).width)).toBe(74);
  expect(Math.round((await headerBox(panel, 'duration')).width)).toBe(50);
  expect(await panel.evaluate(`document.querySelector('[data-testid="row-status"]').getBoundingClientRect().width`)).toBeCloseTo(74, 0);

  // The row's first line is its start time (to the millisecond): it tells this call from the next one.
  const firstLine = `document.querySelector('[data-testid="exchange-row"]')?.innerText.split('\\n')[0] ?? null`;
  const before = await panel.evaluate(firstLine);
  expect(before).toMatch(/^\d\d:\d\d:\d\d\.\d\d\d$/);
  await panel.evaluate(`setTimeout(() => location.reload(), 0), true`);
  // The devtools page let go of what it handed to the panel (issue 16: the panel keeps its own log),
  // so the reloaded panel starts empty: a new call gives it a row to lay out, and it is the only row.
  await panel.waitFor(
    `document.querySelector('[data-testid="panel-ready"]')?.dataset.listening === 'true'`,
    10_000,
    'the panel did not come back listening after a reload',
  );
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await panel.waitFor(`document.querySelectorAll('[data-testid="exchange-row"]').length === 1`, 10_000, 'no row after the reload');
  expect(await panel.evaluate(firstLine)).not.toBe(before);
  // The grid lays its columns out once the list has measured its width (a ResizeObserver), which can
  // come a frame after the row: wait for the header rather than read it at once.
  await panel.waitFor(
    `!!document.querySelector('[data-testid="column-status"]') && !!document.querySelector('[data-testid="column-duration"]')`,
    5_000,
    'no Status and Duration headers after the reload',
  );
  await expect.poll(async () => Math.round((await headerBox(panel, 'status')).width)).toBe(74);
  expect(Math.round((await headerBox(panel, 'duration')).width)).toBe(50);
});

test('the header context menu hides a column and shows the Name/URL column with path + query', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  // Room for every column: a panel 1,400 px wide, the list at its default 55% (770 px; every column's
  // minimum adds up to 720 px, list/columnGrid.ts).
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_500);
  // A query the demo server ignores, with a key-like parameter the panel masks.
  await inspected.page.evaluate(() =>
    fetch('/v1/chat/completions?trace=demo-42&api_key=sk-demo-0123456789abcdef', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-fixture': 'openai-chat-text-1.json' },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
    }).then((response) => response.text()),
  );
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  expect(await headerIds(panel)).toEqual([
    'column-time',
    'column-provider',
    'column-format',
    'column-model',
    'column-kind',
    'column-status',
    'column-duration',
    'column-ttfb',
    'column-tokens',
    'column-finish',
    'column-issues',
  ]);

  // A real right-click on the TTFB header.
  const ttfb = await headerBox(panel, 'ttfb');
  await mouse(panel, 'mousePressed', ttfb.left + 10, ttfb.top + 8, 'right');
  await mouse(panel, 'mouseReleased', ttfb.left + 10, ttfb.top + 8, 'right');
  await panel.waitFor(`!!document.querySelector('[data-testid="column-menu"]')`, 5_000, 'no column menu after a right-click on a header');
  expect(
    await panel.evaluate(
      `Array.from(document.querySelectorAll('[data-testid="column-menu"] [role="menuitemcheckbox"]'), (item) => item.innerText.replace(/\\s+/g, ' ').trim() + '=' + item.getAttribute('aria-checked'))`,
    ),
  ).toEqual([
    '✓ Time=true',
    '✓ Provider=true',
    '✓ Format=true',
    'Name=false',
    '✓ Model=true',
    '✓ Kind=true',
    '✓ Status=true',
    '✓ Duration=true',
    '✓ TTFB=true',
    '✓ Tokens=true',
    '✓ Finish=true',
    '✓ Issues=true',
  ]);
  await panel.evaluate(`document.querySelector('[data-testid="column-menu-ttfb"]').click()`);
  expect(await headerIds(panel)).not.toContain('column-ttfb');
  expect(await panel.evaluate(`document.querySelectorAll('[data-testid="row-ttfb"]').length`)).toBe(0);

  // From the keyboard this time: Shift+F10 on the focused Model header, ↓ past Provider and Format to Name, Enter.
  await focusPanelFrame(panel);
  await panel.evaluate(`document.querySelector('[data-testid="column-model"] button').focus()`);
  await key(panel, 'F10', 121, 8);
  await panel.waitFor(
    `document.activeElement?.dataset.testid === 'column-menu-time'`,
    5_000,
    'Shift+F10 did not open the column menu onto its first item',
  );
  await key(panel, 'ArrowDown', 40);
  await key(panel, 'ArrowDown', 40);
  await key(panel, 'ArrowDown', 40);
  await key(panel, 'Enter', 13);
  await panel.waitFor(`!!document.querySelector('[data-testid="row-url"]')`, 5_000, 'the Name column did not appear');
  // Path and query, the api_key value masked as everywhere in the panel.
  expect(await panel.evaluate(`document.querySelector('[data-testid="row-url"]').innerText`)).toBe(
    '/v1/chat/completions?trace=demo-42&api_key=sk-…cdef',
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="row-url"]').title`)).toBe(
    '/v1/chat/completions?trace=demo-42&api_key=sk-…cdef',
  );
  expect(await focused(panel)).toBe('column-model');
});

test('Tab reaches the column headers once; ←/→ move along them; Home/End select the first and last row', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_300);
  await inspected.page.getByTestId('demo-run-chat').click();
  await expect(inspected.page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await panel.rows()).length).toBe(7);

  // Tab from the filter box on: walk through the list to the split handle after it, noting every stop.
  await focusPanelFrame(panel);
  await panel.evaluate(`document.querySelector('[data-testid="filter-input"]').focus()`);
  const stops: unknown[] = [];
  for (let step = 0; step < 40; step += 1) {
    await key(panel, 'Tab', 9);
    const now = await focused(panel);
    stops.push(now);
    if (now === 'split-handle') break;
  }
  const headerStops = stops.filter((stop) => typeof stop === 'string' && stop.startsWith('column-'));
  // One header, and that column's resize edge: not ten headers.
  expect(headerStops).toEqual(['column-time', 'column-time:edge']);
  // The grid itself (its rows are reached with the arrow keys), then the headers, then the split.
  expect(stops.slice(-4)).toEqual(['exchange-list', 'column-time', 'column-time:edge', 'split-handle']);

  await key(panel, 'Tab', 9, 8); // Shift+Tab back to the edge, again to the header
  await key(panel, 'Tab', 9, 8);
  expect(await focused(panel)).toBe('column-time');
  expect(await focused(panel)).toBe('column-time');
  // Time → Provider → Format → Model.
  await key(panel, 'ArrowRight', 39);
  await key(panel, 'ArrowRight', 39);
  await key(panel, 'ArrowRight', 39);
  expect(await focused(panel)).toBe('column-model');
  await key(panel, 'Enter', 13);
  expect(await panel.evaluate(`document.querySelector('[data-testid="column-model"]').getAttribute('aria-sort')`)).toBe('ascending');

  await panel.evaluate(`document.querySelector('[data-testid="exchange-list"]').focus()`);
  await key(panel, 'End', 35);
  const selected = `Array.from(document.querySelectorAll('[data-testid="exchange-row"]')).filter((row) => row.getAttribute('aria-selected') === 'true').map((row) => row.getAttribute('aria-rowindex'))`;
  await expect.poll(() => panel.evaluate(selected)).toEqual(['8']);
  await key(panel, 'Home', 36);
  await expect.poll(() => panel.evaluate(selected)).toEqual(['2']);
});
