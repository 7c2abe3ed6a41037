import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './manifest';

const source: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../manifest.json', import.meta.url)), 'utf8'));
const asRecord = (value: unknown): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('manifest.json is not an object');
  return Object.fromEntries(Object.entries(value));
};

describe('manifestFor', () => {
  const src = asRecord(source);

  it('gives Chrome an MV3 manifest with a devtools page, no Firefox settings and no permission', () => {
    const chrome = manifestFor(src, 'chrome');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.devtools_page).toBe('extension/devtools.html');
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome).not.toHaveProperty('permissions');
    expect(chrome).not.toHaveProperty('host_permissions');
  });

  it('gives Firefox its gecko id, minimum version 142.0 and no data collection', () => {
    const firefox = manifestFor(src, 'firefox');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'llm-network-inspector@llm-network-inspector.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('refuses a source manifest that asks for a permission', () => {
    expect(() => manifestFor({ ...src, permissions: ['storage'] }, 'chrome')).toThrow(/permissions/);
    expect(() => manifestFor({ ...src, host_permissions: ['<all_urls>'] }, 'firefox')).toThrow(/host_permissions/);
  });
});
