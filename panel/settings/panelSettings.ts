import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { action, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { columnLayoutFrom, StoredColumnLayout, withColumnHidden, withColumnWidths } from './columnLayout';
import type { ColumnLayout } from './columnLayout';
import type { ColumnId } from '../list/columns';
import { BYTES_PER_MEGABYTE, defaultLogLimits, isValidLimit, limitRanges } from './logLimits';
import type { LogLimitSettings } from './logLimits';
import { compileUrlPatterns } from './urlPatterns';

/**
 * The panel's remembered settings (Preserve log, extra URL patterns, message format, split per
 * layout, the list's columns, the log's memory limits), kept in the extension page's own localStorage (no storage
 * permission needed; shared by every DevTools window of this browser profile). Components read the
 * signals; only the actions write them, and every write is saved at once.
 */
export type PanelSettings = ReturnType<typeof createPanelSettings>;

/** The part of `Storage` the settings use; null keeps them in memory only (tests, a blocked storage). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const MessageFormat = t.keyof({ markdown: null, raw: null });
/** How the Conversation tab shows message text: rendered Markdown or the raw string. */
export type MessageFormat = t.TypeOf<typeof MessageFormat>;

/** What is stored; every field optional so a setting added later still reads old storage. */
const StoredSettings = t.partial({
  preserveLog: t.boolean,
  extraUrlPatterns: t.array(t.string),
  messageFormat: MessageFormat,
  /** The list's share of the split side by side, 0..1. */
  listFraction: t.number,
  /** The list's share of the split when stacked (a narrow panel), 0..1: a share that suits one layout rarely suits the other. */
  stackedListFraction: t.number,
  /** Column widths and hidden columns (columnLayout.ts). */
  columns: StoredColumnLayout,
  /** The log's bounds (logLimits.ts); out of range reads as the default. */
  maxExchanges: t.number,
  maxBodyMegabytes: t.number,
});
type StoredSettings = t.TypeOf<typeof StoredSettings>;

/** The split's two layouts: list beside the detail, or above it in a narrow panel. */
export type SplitLayout = 'side-by-side' | 'stacked';

export const SETTINGS_KEY = 'llm-inspector.settings';

export const defaultSettings = {
  /** Off, as in DevTools' Network panel: a new document starts a new log. */
  preserveLog: false,
  extraUrlPatterns: [] as readonly string[],
  messageFormat: 'markdown' as MessageFormat,
  /** Wide enough for every column of the list in a 1400-pixel DevTools window. */
  listFraction: 0.55,
  /** Stacked, the list gets less than half the height: the detail is what is read. */
  stackedListFraction: 0.4,
  ...defaultLogLimits,
};

export function createPanelSettings(storage: SettingsStorage | null) {
  const stored = readStored(storage);
  const preserveLog = signal(stored.preserveLog ?? defaultSettings.preserveLog);
  const extraUrlPatterns = signal<readonly string[]>(stored.extraUrlPatterns ?? defaultSettings.extraUrlPatterns);
  const messageFormat = signal<MessageFormat>(stored.messageFormat ?? defaultSettings.messageFormat);
  const listFraction = signal(clampFraction(stored.listFraction ?? defaultSettings.listFraction));
  const stackedListFraction = signal(
    clampFraction(stored.stackedListFraction ?? defaultSettings.stackedListFraction, defaultSettings.stackedListFraction),
  );
  const columnLayout = signal<ColumnLayout>(columnLayoutFrom(stored.columns));
  const limits = signal<LogLimitSettings>({
    maxExchanges: validOr(stored.maxExchanges, 'maxExchanges'),
    maxBodyMegabytes: validOr(stored.maxBodyMegabytes, 'maxBodyMegabytes'),
  });
  /** The limits as the store's log applies them (store/exchangeLog.ts). */
  const logLimits = computed(() => ({
    maxExchanges: limits.value.maxExchanges,
    maxBodyBytes: limits.value.maxBodyMegabytes * BYTES_PER_MEGABYTE,
  }));
  /** The patterns as decode/ takes them, plus the lines that are not valid patterns. */
  const compiledPatterns = computed(() => compileUrlPatterns(extraUrlPatterns.value));

  const save = () => {
    const value: StoredSettings = {
      preserveLog: preserveLog.value,
      extraUrlPatterns: [...extraUrlPatterns.value],
      messageFormat: messageFormat.value,
      listFraction: listFraction.value,
      stackedListFraction: stackedListFraction.value,
      columns: { widths: { ...columnLayout.value.widths }, hidden: [...columnLayout.value.hidden] },
      maxExchanges: limits.value.maxExchanges,
      maxBodyMegabytes: limits.value.maxBodyMegabytes,
    };
    try {
      storage?.setItem(SETTINGS_KEY, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the setting still holds for this session.
    }
  };

  const setPreserveLog = action((preserve: boolean): void => {
    preserveLog.value = preserve;
    save();
  });
  /** Blank lines are dropped; the caller re-decodes the captured exchanges with the new patterns. */
  const setExtraUrlPatterns = action((patterns: readonly string[]): void => {
    extraUrlPatterns.value = patterns.map((pattern) => pattern.trim()).filter((pattern) => pattern !== '');
    save();
  });
  const setMessageFormat = action((format: MessageFormat): void => {
    messageFormat.value = format;
    save();
  });
  const setListFraction = action((fraction: number, layout: SplitLayout = 'side-by-side'): void => {
    if (layout === 'stacked') stackedListFraction.value = clampFraction(fraction, defaultSettings.stackedListFraction);
    else listFraction.value = clampFraction(fraction);
    save();
  });
  /** Hides or shows a column; the last shown column cannot be hidden (false then, nothing saved). */
  const setColumnHidden = action((id: ColumnId, hidden: boolean): boolean => {
    const next = withColumnHidden(columnLayout.value, id, hidden);
    if (next === columnLayout.value) return false;
    columnLayout.value = next;
    save();
    return true;
  });
  /** New widths for the columns a resize changed. */
  const setColumnWidths = action((widths: Partial<Record<ColumnId, number>>): void => {
    columnLayout.value = withColumnWidths(columnLayout.value, widths);
    save();
  });

  /** Both limits at once; false (nothing saved) unless each is a whole number within its range. */
  const setLogLimits = action((next: LogLimitSettings): boolean => {
    if (!isValidLimit(next.maxExchanges, limitRanges.maxExchanges) || !isValidLimit(next.maxBodyMegabytes, limitRanges.maxBodyMegabytes))
      return false;
    limits.value = { maxExchanges: next.maxExchanges, maxBodyMegabytes: next.maxBodyMegabytes };
    save();
    return true;
  });

  return {
    preserveLog: asReadonly(preserveLog),
    extraUrlPatterns: asReadonly(extraUrlPatterns),
    compiledPatterns,
    messageFormat: asReadonly(messageFormat),
    listFraction: asReadonly(listFraction),
    stackedListFraction: asReadonly(stackedListFraction),
    columnLayout: asReadonly(columnLayout),
    /** How many exchanges and MB of body text the log keeps (logLimits.ts). */
    limits: asReadonly(limits),
    logLimits,
    actions: { setPreserveLog, setExtraUrlPatterns, setMessageFormat, setListFraction, setColumnHidden, setColumnWidths, setLogLimits },
  };
}

/**
 * Anything unreadable (no storage, bad JSON, a foreign shape) reads as "nothing stored"; each field
 * is decoded on its own so one bad value does not reset the others.
 */
function readStored(storage: SettingsStorage | null): StoredSettings {
  let value: unknown;
  try {
    const text = storage?.getItem(SETTINGS_KEY) ?? null;
    value = text === null ? null : JSON.parse(text);
  } catch {
    return {};
  }
  if (!t.UnknownRecord.is(value)) return {};
  const { props } = StoredSettings;
  return {
    ...field(props.preserveLog, value.preserveLog, (preserveLog) => ({ preserveLog })),
    ...field(props.extraUrlPatterns, value.extraUrlPatterns, (extraUrlPatterns) => ({ extraUrlPatterns })),
    ...field(props.messageFormat, value.messageFormat, (messageFormat) => ({ messageFormat })),
    ...field(props.listFraction, value.listFraction, (listFraction) => ({ listFraction })),
    ...field(props.stackedListFraction, value.stackedListFraction, (stackedListFraction) => ({ stackedListFraction })),
    ...field(props.columns, value.columns, (columns) => ({ columns })),
    ...field(props.maxExchanges, value.maxExchanges, (maxExchanges) => ({ maxExchanges })),
    ...field(props.maxBodyMegabytes, value.maxBodyMegabytes, (maxBodyMegabytes) => ({ maxBodyMegabytes })),
  };
}

function field<A>(codec: t.Decoder<unknown, A>, value: unknown, stored: (a: A) => StoredSettings): StoredSettings {
  return E.match((): StoredSettings => ({}), stored)(codec.decode(value));
}

/** A stored limit if it is a whole number within its range, else the default. */
function validOr(stored: number | undefined, name: keyof LogLimitSettings): number {
  return stored !== undefined && isValidLimit(stored, limitRanges[name]) ? stored : defaultLogLimits[name];
}

/** Neither side of the split may vanish. */
function clampFraction(fraction: number, fallback: number = defaultSettings.listFraction): number {
  // Rounded so keyboard steps do not store 0.51000000000000001.
  return Number.isFinite(fraction) ? Math.round(Math.min(0.85, Math.max(0.15, fraction)) * 1000) / 1000 : fallback;
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
