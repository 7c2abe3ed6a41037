import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, runDemoCall, test } from './fixtures';

/**
 * The extension asks for nothing and sends nothing: the built manifests (what a user installs)
 * request no permission and carry a strict CSP, and in real DevTools neither the devtools page nor
 * the panel loads anything from outside the extension's own origin.
 */

const built = (browser: 'chrome' | 'firefox'): Record<string, unknown> => {
  const value: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../dist/${browser}/manifest.json`, import.meta.url)), 'utf8'));
  if (typeof value !== 'object' || value === null) throw new Error(`dist/${browser}/manifest.json is not an object`);
  return Object.fromEntries(Object.entries(value));
};

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the built ${browser} manifest asks for no permission and has a strict CSP`, () => {
    const manifest = built(browser);
    for (const key of [
      'permissions',
      'optional_permissions',
      'host_permissions',
      'optional_host_permissions',
      'content_scripts',
      'background',
    ]) {
      expect(manifest, `dist/${browser}/manifest.json must not declare ${key}`).not.toHaveProperty(key);
    }
    expect(manifest.manifest_version).toBe(3);
    const csp = manifest.content_security_policy;
    const pages = typeof csp === 'object' && csp !== null && 'extension_pages' in csp ? csp.extension_pages : undefined;
    expect(typeof pages).toBe('string');
    const directives = new Map(
      String(pages)
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(String(pages)).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
}

test('neither the devtools page nor the panel sends a request of its own', async ({ inspected, devtools, demo }) => {
  const requests = await devtools.recordExtensionRequests();
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  expect(await runDemoCall(inspected.page, 'demo-openai-stream')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(2);
  await panel.select(1);
  await panel.select(0);
  const origin = `chrome-extension://${devtools.extensionId}/`;
  const outside = requests.filter((request) => request.url !== '' && !request.url.startsWith(origin));
  expect(outside, 'requests from extension pages to outside the extension').toEqual([]);

  // The recording is live: an image the panel loads from its own origin shows up in it.
  await panel.evaluate(
    `new Promise((resolve) => { const img = new Image(); img.onload = img.onerror = () => resolve(true); img.src = '${origin}icons/icon-16.png?probe'; })`,
  );
  await expect
    .poll(() => requests.some((request) => request.where === 'panel' && request.url === `${origin}icons/icon-16.png?probe`))
    .toBe(true);

  // And the CSP stops a request even if code tried one: it never reaches the network layer.
  const probe = await panel.evaluate(`new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
    fetch(${JSON.stringify(`${demo.url}/api/weather`)}).then(() => resolve('sent'), () => {});
  })`);
  expect(probe).toBe('connect-src');
  expect(requests.filter((request) => request.url.startsWith(demo.url))).toEqual([]);
});
