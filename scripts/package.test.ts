import { describe, expect, it } from 'vitest';
import { archiveName, chromeStoreManifest } from './package';

describe('chromeStoreManifest', () => {
  it('drops the fixed test key, which the Chrome Web Store refuses, and keeps everything else', () => {
    const built = {
      manifest_version: 3,
      name: 'LLM Network Inspector',
      version: '0.1.0',
      key: 'MIIBIjANBgkq',
      devtools_page: 'extension/devtools.html',
    };
    expect(chromeStoreManifest(built)).toEqual({
      manifest_version: 3,
      name: 'LLM Network Inspector',
      version: '0.1.0',
      devtools_page: 'extension/devtools.html',
    });
  });
});

describe('archiveName', () => {
  it('names each archive by version and browser', () => {
    expect(archiveName('0.1.0', 'firefox')).toBe('llm-network-inspector-0.1.0-firefox.zip');
    expect(archiveName('0.1.0', 'chrome')).toBe('llm-network-inspector-0.1.0-chrome.zip');
  });
});
