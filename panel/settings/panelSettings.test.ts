import { describe, expect, it } from 'vitest';
import { createPanelSettings, SETTINGS_KEY } from './panelSettings';
import type { SettingsStorage } from './panelSettings';
import { memoryStorage } from '../testing/memoryStorage';

describe('panel settings', () => {
  it('start with Preserve log off, no extra patterns, Markdown, when nothing is stored', () => {
    const settings = createPanelSettings(memoryStorage().storage);
    expect(settings.preserveLog.value).toBe(false);
    expect(settings.extraUrlPatterns.value).toEqual([]);
    expect(settings.messageFormat.value).toBe('markdown');
    expect(settings.limits.value).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(settings.logLimits.value).toEqual({ maxExchanges: 5_000, maxBodyChars: 256_000_000 });
  });

  it('save every change and read it back in a new panel', () => {
    const { storage, stored } = memoryStorage();
    const first = createPanelSettings(storage);
    first.actions.setPreserveLog(true);
    first.actions.setExtraUrlPatterns(['  gateway.internal/llm/*  ', '', '/generate$/']);
    first.actions.setMessageFormat('raw');
    first.actions.setListFraction(0.4);
    first.actions.setLogLimits({ maxExchanges: 20_000, maxBodyMegabytes: 64 });
    expect(stored()).toEqual({
      preserveLog: true,
      extraUrlPatterns: ['gateway.internal/llm/*', '/generate$/'],
      messageFormat: 'raw',
      listFraction: 0.4,
      maxExchanges: 20_000,
      maxBodyMegabytes: 64,
    });

    const second = createPanelSettings(storage);
    expect(second.preserveLog.value).toBe(true);
    expect(second.extraUrlPatterns.value).toEqual(['gateway.internal/llm/*', '/generate$/']);
    expect(second.compiledPatterns.value.patterns).toHaveLength(2);
    expect(second.messageFormat.value).toBe('raw');
    expect(second.listFraction.value).toBe(0.4);
    expect(second.limits.value).toEqual({ maxExchanges: 20_000, maxBodyMegabytes: 64 });
  });

  it('read a stored memory limit back only when it is a whole number within its range', () => {
    const read = (maxExchanges: unknown, maxBodyMegabytes: unknown) =>
      createPanelSettings(memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ maxExchanges, maxBodyMegabytes }) }).storage).limits.value;
    expect(read(1, 2_048)).toEqual({ maxExchanges: 1, maxBodyMegabytes: 2_048 });
    expect(read(100_000, 1)).toEqual({ maxExchanges: 100_000, maxBodyMegabytes: 1 });
    // Each out of range, fractional or of another type: the default (5,000 and 256) instead.
    expect(read(0, 2_049)).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(read(100_001, 0.5)).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(read('300', null)).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(read(-5, Number.POSITIVE_INFINITY)).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
  });

  it('refuse limits out of range without saving them', () => {
    const { storage, stored } = memoryStorage();
    const settings = createPanelSettings(storage);
    expect(settings.actions.setLogLimits({ maxExchanges: 10, maxBodyMegabytes: Number.NaN })).toBe(false);
    expect(settings.limits.value).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(stored()).toBeNull();
  });

  it('read each stored field on its own: one bad value keeps its default, the others hold', () => {
    const { storage } = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ preserveLog: 'yes', messageFormat: 'raw', extraUrlPatterns: [1, 2] }) });
    const settings = createPanelSettings(storage);
    expect(settings.preserveLog.value).toBe(false);
    expect(settings.messageFormat.value).toBe('raw');
    expect(settings.extraUrlPatterns.value).toEqual([]);
  });

  it('fall back to defaults on storage that is not JSON or throws, and keep working in memory', () => {
    expect(createPanelSettings(memoryStorage({ [SETTINGS_KEY]: '{not json' }).storage).preserveLog.value).toBe(false);
    const blocked: SettingsStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const settings = createPanelSettings(blocked);
    settings.actions.setPreserveLog(true);
    expect(settings.preserveLog.value).toBe(true);
  });

  it('keep both sides of the split visible', () => {
    const settings = createPanelSettings(null);
    settings.actions.setListFraction(0.99);
    expect(settings.listFraction.value).toBe(0.85);
    settings.actions.setListFraction(-1);
    expect(settings.listFraction.value).toBe(0.15);
  });
});
