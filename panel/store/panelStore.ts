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
  const exchanges = signal<readonly ExchangeEntry[]>([]);
  const selectedId = signal<string | null>(null);
  const listening = signal(false);
  /** Keep the log across navigations, as DevTools' Network "Preserve log" does (off by default, as there). */
  const preserveLog = settings.preserveLog;
  const pageUrl = signal<string | null>(null);
  /** Why the panel could not reach the devtools page, shown instead of "Connecting…". */
  const connectionError = signal<string | null>(null);

  const selected = computed(() => exchanges.value.find((entry) => entry.id === selectedId.value) ?? null);

  const addExchange = action((exchange: CapturedExchange): void => {
    // onExchange replays the buffer on every subscription: an id already seen is the same request.
    if (!retained.claim(exchange)) return;
    const entry = toExchangeEntry(exchange, decode);
    retained.keep(exchange, entry !== null);
    if (entry !== null) exchanges.value = [...exchanges.value, entry];
  });

  const select = action((id: string | null): void => {
    selectedId.value = id !== null && exchanges.value.some((entry) => entry.id === id) ? id : null;
  });

  /** Keyboard ↑/↓: with nothing selected, ↓ starts at the first row and ↑ at the last. */
  const moveSelection = action((step: 1 | -1): void => {
    const list = exchanges.value;
    if (list.length === 0) return;
    const current = list.findIndex((entry) => entry.id === selectedId.value);
    const next = current === -1 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, current + step));
    selectedId.value = list[next]?.id ?? null;
  });

  const clear = action((): void => {
    exchanges.value = [];
    retained.clear();
    selectedId.value = null;
  });

  const setPreserveLog = action((preserve: boolean): void => {
    settings.actions.setPreserveLog(preserve);
  });

  /** Saves the patterns and lists the kept captures again as they now detect. */
  const setExtraUrlPatterns = action((patterns: readonly string[]): void => {
    settings.actions.setExtraUrlPatterns(patterns);
    exchanges.value = retained.redetect(exchanges.value, decode, settings.compiledPatterns.value.patterns);
    if (!exchanges.value.some((entry) => entry.id === selectedId.value)) selectedId.value = null;
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
    exchanges: asReadonly(exchanges),
    selectedId: asReadonly(selectedId),
    selected,
    listening: asReadonly(listening),
    preserveLog: asReadonly(preserveLog),
    pageUrl: asReadonly(pageUrl),
    connectionError: asReadonly(connectionError),
    /** The detail view's open tab (detailTabState.ts), kept across selections. */
    detailTab: createDetailTabState(),
    /** Copy, export and import (transferState.ts): "include secrets", the last notice, HAR import. */
    transfer: createTransferState({ exchanges, addExchange }),
    settings,
    /** Filter, quick toggles, sort and session totals of the list (listView.ts). */
    list: createListView({ exchanges, selectedId, select }),
    actions: { addExchange, select, moveSelection, clear, setPreserveLog, setExtraUrlPatterns, navigated, connect, connectionFailed },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
