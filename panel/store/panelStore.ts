import { action, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { CapturedExchange } from '../../decode/exchange';
import type { NetworkSource } from '../source';
import { createDetailTabState } from './detailTabState';
import { toExchangeEntry } from './exchangeEntry';
import { createTransferState } from './transferState';
import type { DecodeChatExchange, ExchangeEntry } from './exchangeEntry';
import { createPanelSettings } from '../settings/panelSettings';
import type { SettingsStorage } from '../settings/panelSettings';
import type { LogLimitSettings } from '../settings/logLimits';
import { createExchangeLog } from './exchangeLog';
import type { LogLimits } from './exchangeLog';
import { createListView } from './listView';
import { createRetainedCaptures } from './retainedCaptures';

/**
 * The panel's one store. Components read its signals; only its named actions write them (the
 * signals are exposed read-only so a component cannot write one by accident).
 */
export type PanelStore = ReturnType<typeof createPanelStore>;

export type PanelStoreOptions = {
  /**
   * decode/'s decodeExchange in the extension and the shell. Passed in rather than imported so the
   * store depends only on the contract and tests can stand in a decoder that fails.
   */
  readonly decode: DecodeChatExchange;
  /** Where settings are remembered: the panel page's localStorage; absent or null, memory only (tests). */
  readonly storage?: SettingsStorage | null;
};

export function createPanelStore({ decode: decodeWith, storage = null }: PanelStoreOptions) {
  /** Remembered settings (settings/panelSettings.ts): Preserve log, extra URL patterns, Markdown or raw, split. */
  const settings = createPanelSettings(storage);
  const decode: DecodeChatExchange = (exchange) => decodeWith(exchange, { extraUrlPatterns: settings.compiledPatterns.value.patterns });
  const retained = createRetainedCaptures();
  /**
   * The listed exchanges, bounded by the settings' memory limits (exchangeLog.ts). The log is
   * mutated in place; `version` tells the signals it changed, and `exchanges` copies it out once
   * per change that something reads (a render), never once per exchange added.
   */
  const log = createExchangeLog();
  const version = signal(0);
  /** Subscribes the computed value calling it to changes of the log. */
  const trackLog = (): number => version.value;
  const exchanges = computed((): readonly ExchangeEntry[] => {
    trackLog();
    return log.toArray();
  });
  /** Arrival number of the oldest listed exchange: row order ties stay put when older ones are dropped. */
  const firstArrival = computed(() => {
    trackLog();
    return log.firstArrival;
  });
  /** How many exchanges the limits dropped since the log was last cleared. */
  const dropped = signal(0);
  const selectedId = signal<string | null>(null);
  const listening = signal(false);
  /** Keep the log across navigations, as DevTools' Network "Preserve log" does (off by default, as there). */
  const preserveLog = settings.preserveLog;
  const pageUrl = signal<string | null>(null);
  /** Why the panel could not reach the devtools page, shown instead of "Connecting…". */
  const connectionError = signal<string | null>(null);

  const selected = computed(() => {
    trackLog();
    const id = selectedId.value;
    return id === null ? null : (log.get(id) ?? null);
  });

  /** Forgets what the limits dropped (its capture too, so a re-detection cannot bring it back) and deselects it. */
  const forgetDropped = (gone: readonly ExchangeEntry[]): void => {
    if (gone.length === 0) return;
    for (const entry of gone) {
      retained.forget(entry.id);
      if (entry.id === selectedId.value) selectedId.value = null;
    }
    dropped.value += gone.length;
  };
  const limits = (): LogLimits => settings.logLimits.value;

  /** True when the exchange was listed (chat traffic, not seen before). */
  const addExchange = action((exchange: CapturedExchange): boolean => {
    // onExchange replays the buffer on every subscription: an id already seen is the same request.
    if (!retained.claim(exchange)) return false;
    const entry = toExchangeEntry(exchange, decode);
    retained.keep(exchange, entry !== null);
    if (entry === null) return false;
    forgetDropped(log.add(entry, limits()));
    version.value += 1;
    return true;
  });

  const select = action((id: string | null): void => {
    selectedId.value = id !== null && log.get(id) !== undefined ? id : null;
  });

  /** Keyboard ↑/↓: with nothing selected, ↓ starts at the first row and ↑ at the last. */
  const moveSelection = action((step: 1 | -1): void => {
    const list = exchanges.value;
    if (list.length === 0) return;
    const current = list.findIndex((entry) => entry.id === selectedId.value);
    const next = current === -1 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, current + step));
    selectedId.value = list[next]?.id ?? null;
  });

  /** Empties the log; the count of dropped exchanges starts again from 0. */
  const clear = action((): void => {
    log.clear();
    version.value += 1;
    retained.clear();
    selectedId.value = null;
    dropped.value = 0;
  });

  const setPreserveLog = action((preserve: boolean): void => {
    settings.actions.setPreserveLog(preserve);
  });

  /** Saves the patterns and lists the kept captures again as they now detect. */
  const setExtraUrlPatterns = action((patterns: readonly string[]): void => {
    settings.actions.setExtraUrlPatterns(patterns);
    const entries = retained.redetect(exchanges.value, decode, settings.compiledPatterns.value.patterns);
    forgetDropped(log.replace(entries, limits()));
    version.value += 1;
    if (selectedId.value !== null && log.get(selectedId.value) === undefined) selectedId.value = null;
  });

  /** Saves new memory limits and drops the oldest exchanges beyond them at once; false when a value is out of range. */
  const setLogLimits = action((next: LogLimitSettings): boolean => {
    if (!settings.actions.setLogLimits(next)) return false;
    forgetDropped(log.enforce(limits()));
    version.value += 1;
    return true;
  });

  const navigated = action((url: string): void => {
    pageUrl.value = url;
    if (!preserveLog.value) clear();
  });

  /** Subscribes to the source; the returned disposer unsubscribes and marks the panel as not listening. */
  const connect = action((source: NetworkSource): (() => void) => {
    const stopExchanges = source.onExchange(addExchange);
    const stopNavigations = source.onNavigated(navigated);
    listening.value = true;
    connectionError.value = null;
    return action(() => {
      stopExchanges();
      stopNavigations();
      listening.value = false;
    });
  });

  const connectionFailed = action((message: string): void => {
    connectionError.value = message;
  });

  return {
    exchanges,
    /** Exchanges dropped to stay within the memory limits since the last clear (the toolbar says so). */
    dropped: asReadonly(dropped),
    selectedId: asReadonly(selectedId),
    selected,
    listening: asReadonly(listening),
    preserveLog: asReadonly(preserveLog),
    pageUrl: asReadonly(pageUrl),
    connectionError: asReadonly(connectionError),
    /** The detail view's open tab (detailTabState.ts), kept across selections. */
    detailTab: createDetailTabState(),
    /** Copy, export and import (transferState.ts): "include secrets", the last notice, HAR import. */
    transfer: createTransferState({ dropped, addExchange }),
    settings,
    /** Filter, quick toggles, sort and session totals of the list (listView.ts). */
    list: createListView({ exchanges, firstArrival, selectedId, select }),
    actions: { addExchange, select, moveSelection, clear, setPreserveLog, setExtraUrlPatterns, setLogLimits, navigated, connect, connectionFailed },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
