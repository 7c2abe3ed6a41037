import { describe, expect, it } from 'vitest';
import { createPanelSettings, SETTINGS_KEY } from './panelSettings';
import type { SettingsStorage } from './panelSettings';
import { memoryStorage } from '../testing/memoryStorage';
import { defaultColumnLayout } from './columnLayout';

describe('panel settings', () => {
  it('start with Preserve log off, no extra patterns, Markdown, when nothing is stored', () => {
    const settings = createPanelSettings(memoryStorage().storage);
    expect(settings.preserveLog.value).toBe(false);
    expect(settings.extraUrlPatterns.value).toEqual([]);
    expect(settings.messageFormat.value).toBe('markdown');
    expect(settings.limits.value).toEqual({ maxExchanges: 5_000, maxBodyMegabytes: 256 });
    expect(settings.logLimits.value).toEqual({ maxExchanges: 5_000, maxBodyBytes: 256_000_000 });
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
      // Not touched: the stacked layout keeps its own default share.
      stackedListFraction: 0.4,
      columns: { widths: defaultColumnLayout.widths, hidden: ['url'] },
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
    const { storage } = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ preserveLog: 'yes', messageFormat: 'raw', extraUrlPatterns: [1, 2] }),
    });
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

  it('remember the split per layout: side by side and stacked each keep their own share', () => {
    const { storage, stored } = memoryStorage();
    const first = createPanelSettings(storage);
    expect([first.listFraction.value, first.stackedListFraction.value]).toEqual([0.55, 0.4]);
    first.actions.setListFraction(0.7);
    first.actions.setListFraction(0.25, 'stacked');
    expect(stored()).toMatchObject({ listFraction: 0.7, stackedListFraction: 0.25 });
    const second = createPanelSettings(storage);
    expect([second.listFraction.value, second.stackedListFraction.value]).toEqual([0.7, 0.25]);
    // A stored share out of range is brought back within both sides' reach; not a number reads as the default.
    const odd = createPanelSettings(
      memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ listFraction: 'wide', stackedListFraction: 2 }) }).storage,
    );
    expect([odd.listFraction.value, odd.stackedListFraction.value]).toEqual([0.55, 0.85]);
  });

  it('remember column widths and hidden columns, and read them back', () => {
    const { storage, stored } = memoryStorage();
    const first = createPanelSettings(storage);
    // By default the Name/URL column is off and every other column on.
    expect(first.columnLayout.value.hidden).toEqual(['url']);
    expect(first.actions.setColumnHidden('url', false)).toBe(true);
    expect(first.actions.setColumnHidden('ttfb', true)).toBe(true);
    first.actions.setColumnWidths({ model: 260.4, kind: 41 });
    expect(stored()).toMatchObject({ columns: { hidden: ['ttfb'], widths: { model: 260, kind: 41, time: 96 } } });
    const second = createPanelSettings(storage);
    expect(second.columnLayout.value.hidden).toEqual(['ttfb']);
    expect(second.columnLayout.value.widths).toMatchObject({ model: 260, kind: 41, time: 96, url: 200 });
  });

  it('never hide the last shown column', () => {
    const settings = createPanelSettings(null);
    const ids = ['time', 'provider', 'format', 'model', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish'] as const;
    for (const id of ids) expect(settings.actions.setColumnHidden(id, true)).toBe(true);
    // Issues is all that is left (url is hidden by default).
    expect(settings.actions.setColumnHidden('issues', true)).toBe(false);
    expect(settings.columnLayout.value.hidden).not.toContain('issues');
  });

  it('read stored columns defensively: unknown ids dropped, odd widths as the default, never every column hidden', () => {
    const read = (columns: unknown) =>
      createPanelSettings(memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ columns }) }).storage).columnLayout.value;
    const odd = read({ widths: { model: -5, kind: 'wide', tokens: 1e9, status: 70, nope: 50 }, hidden: ['finish', 'finish', 'nope'] });
    // The defaults (list/columns.ts): model 190, kind 56, tokens 92; status's 70 is kept.
    expect(odd.widths).toMatchObject({ model: 190, kind: 56, tokens: 92, status: 70 });
    expect(Object.keys(odd.widths)).not.toContain('nope');
    expect(odd.hidden).toEqual(['finish']);
    const all = ['time', 'url', 'provider', 'format', 'model', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish', 'issues'];
    expect(read({ hidden: all }).hidden).toEqual(['url']);
    expect(read('everything').hidden).toEqual(['url']);
  });

  it('keep both sides of the split visible', () => {
    const settings = createPanelSettings(null);
    settings.actions.setListFraction(0.99);
    expect(settings.listFraction.value).toBe(0.85);
    settings.actions.setListFraction(-1);
    expect(settings.listFraction.value).toBe(0.15);
  });
});
