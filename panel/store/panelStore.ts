import { action, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { CapturedExchange, ExtraUrlPattern } from '../../decode/index';
import { isLlmByHead } from '../../decode/index';
import type { NetworkSource } from '../source';
import { createDetailTabState } from './detailTabState';
import { bodyBytesOf } from './compactCapture';
import { toLoggedEntry, toPendingEntry } from './loggedEntry';
import type { EntryDecoders } from './loggedEntry';
import { releaseLastMatchSubject } from './lastMatchSubject';
import { createPendingDecodes } from './pendingDecodes';
import type { ScheduleWork } from './pendingDecodes';
import { createTransferState } from './transferState';
import type { DecodeChatExchange, ExchangeEntry } from './exchangeEntry';
import { createPanelSettings } from '../settings/panelSettings';
import type { SettingsStorage } from '../settings/panelSettings';
import type { LogLimitSettings } from '../settings/logLimits';
import { createExchangeLog } from './exchangeLog';
import type { LogLimits } from './exchangeLog';
import { createCommitBatcher } from './commitBatcher';
import type { ScheduleCommit } from './commitBatcher';
import type { LogSnapshot } from '../list/listDerivation';
import { createListView } from './listView';
import { createRetainedCaptures } from './retainedCaptures';
import { createSelectedEntry } from './selectedEntry';
import { createLiveIngest } from './liveIngest';
import { createLiveState } from './liveState';
import { createLiveUpdateQueue } from './liveUpdateQueue';

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
  /**
   * When what the source delivers reaches the screen. The source hands exchanges over one task
   * each; a burst (the replay of a long session, a page firing hundreds of calls) committed one by
   * one would render the panel once per exchange. Given a schedule (extension/panelPage.tsx: before the next
   * paint, store/nextPaint.ts), each exchange is decoded and logged as it arrives and the signals
   * change once per scheduled turn; absent (tests, the shell), each is committed at once.
   */
  readonly scheduleCommit?: ScheduleCommit;
  /**
   * When the page has time for decoding (extension/panelPage.tsx: an idle callback). Given, the exchanges of a
   * burst beyond a frame's worth of decoding are listed at once from what their capture says and
   * decoded in slices afterwards (pendingDecodes.ts); absent (tests, the shell), each is decoded
   * as it arrives.
   */
  readonly scheduleWork?: ScheduleWork;
};

/** Decoding as exchanges arrive, per commit (about one frame), before the rest of a burst waits its turn. */
const DECODE_BUDGET_MS = 8;

export function createPanelStore({ decode: decodeWith, storage = null, scheduleCommit, scheduleWork }: PanelStoreOptions) {
  /** Remembered settings (settings/panelSettings.ts): Preserve log, extra URL patterns, Markdown or raw, split. */
  const settings = createPanelSettings(storage);
  /**
   * decode/'s decoders for the log (loggedEntry.ts), bound to the URL patterns in force now, so
   * that an entry decoded again later decodes the same: for its list row (streams without their
   * events), and whole for whatever reads its outcome.
   */
  let bound: { readonly patterns: readonly ExtraUrlPattern[]; readonly decoders: EntryDecoders } | null = null;
  const decodeNow = (): EntryDecoders => {
    const extraUrlPatterns = settings.compiledPatterns.value.patterns;
    // One pair per set of patterns, not one per entry (every entry keeps the pair it arrived with).
    if (bound?.patterns !== extraUrlPatterns) {
      bound = {
        patterns: extraUrlPatterns,
        decoders: {
          list: (exchange) => decodeWith(exchange, { extraUrlPatterns, streamEvents: false }),
          full: (exchange) => decodeWith(exchange, { extraUrlPatterns }),
        },
      };
    }
    return bound.decoders;
  };
  const holdSelected = createSelectedEntry();
  const retained = createRetainedCaptures();
  /**
   * The listed exchanges, bounded by the settings' memory limits (exchangeLog.ts). The log is
   * mutated in place; `version` tells the signals it changed (commit), and `exchanges` copies it
   * out once per commit that something reads (a render), never once per exchange added.
   */
  const log = createExchangeLog();
  const version = signal(0);
  /** Subscribes the computed value calling it to changes of the log. */
  const trackLog = (): number => version.value;
  /** The log as of the last commit, with the numbering the list needs to take in only what changed. */
  const logSnapshot = computed((): LogSnapshot => {
    trackLog();
    return {
      entries: log.toArray(),
      firstArrival: log.firstArrival,
      generation: log.generation,
      replacements: log.replacements,
      settlements,
    };
  });
  const exchanges = computed((): readonly ExchangeEntry[] => logSnapshot.value.entries);
  /** How many exchanges the limits dropped since the log was last cleared. */
  const dropped = signal(0);
  /** How many listed exchanges wait to be decoded (a burst lists first): as of the last commit. */
  const decoding = signal(0);
  /** The log changed since the last commit; and how many it dropped meanwhile (counted at the commit). */
  let uncommitted = false;
  let droppedSinceCommit = 0;
  /** Decoding slices run (each may settle pending entries): the list looks for settled rows only when it moved. */
  let settlements = 0;
  /** Milliseconds spent decoding arrivals since the last commit. */
  let decodingSinceCommit = 0;
  const selectedId = signal<string | null>(null);
  const listening = signal(false);
  /** Keep the log across navigations, as DevTools' Network "Preserve log" does (off by default, as there). */
  const preserveLog = settings.preserveLog;
  const pageUrl = signal<string | null>(null);
  /** Why the panel could not reach the devtools page, shown instead of "Connecting…". */
  const connectionError = signal<string | null>(null);

  /** The selected exchange, its stream (if any) decoded again with its events for the detail. */
  const selected = computed(() => {
    trackLog();
    const id = selectedId.value;
    return holdSelected(id === null ? null : (log.get(id) ?? null));
  });

  /** Forgets what the limits dropped (its capture too, so a re-detection cannot bring it back) and deselects it. */
  const forgetDropped = (gone: readonly ExchangeEntry[]): void => {
    if (gone.length === 0) return;
    for (const entry of gone) {
      retained.forget(entry.id);
      if (entry.id === selectedId.value) selectedId.value = null;
    }
    droppedSinceCommit += gone.length;
  };
  const limits = (): LogLimits => settings.logLimits.value;

  /** Shows what the log took in since the last commit: one change of the signals, one render. */
  const commit = action((): void => {
    decodingSinceCommit = 0;
    if (!uncommitted) return;
    uncommitted = false;
    dropped.value += droppedSinceCommit;
    droppedSinceCommit = 0;
    decoding.value = pending?.size ?? 0;
    version.value += 1;
    // What was decoded since the last commit is held as bytes now; its text must not outlive it.
    releaseLastMatchSubject();
  });
  const batcher = createCommitBatcher(scheduleCommit, commit);
  const pending =
    scheduleWork === undefined
      ? null
      : createPendingDecodes(
          scheduleWork,
          (entry) => log.get(entry.id) === entry,
          () => {
            settlements += 1;
            uncommitted = true;
            batcher.request();
          },
          (entry, before) => {
            retained.update(entry.captured);
            log.recount(entry, bodyBytesOf(before));
          },
        );

  /** An arrival is listed before it is decoded while others wait, or once this commit's decoding budget is spent. */
  const defers = (exchange: CapturedExchange, patterns: readonly ExtraUrlPattern[]): boolean =>
    pending !== null && (pending.size > 0 || decodingSinceCommit >= DECODE_BUDGET_MS) && isLlmByHead(exchange, patterns);

  /** The log's entry for an arrival: decoded now, or (a chat URL during a burst) listed now and decoded soon. */
  const entryFor = (exchange: CapturedExchange, arrival: number): ExchangeEntry | null => {
    const decode = decodeNow();
    if (pending !== null && defers(exchange, settings.compiledPatterns.value.patterns)) {
      const entry = toPendingEntry(exchange, decode);
      pending.add(entry, arrival);
      return entry;
    }
    const started = performance.now();
    const entry = toLoggedEntry(exchange, decode, arrival);
    decodingSinceCommit += performance.now() - started;
    return entry;
  };

  /** Live exchanges (issue 14): listed at their start, updated in place, replaced by the browser's entry. */
  const live = createLiveIngest({
    log,
    decoders: decodeNow,
    limits,
    dropped: forgetDropped,
    changed: (exchange) => {
      retained.keep(exchange, true);
      uncommitted = true;
    },
  });

  /** Decodes and logs one exchange, not yet committed; true when it was listed (chat traffic, not seen before). */
  const receive = (exchange: CapturedExchange): boolean => {
    // onExchange replays the buffer on every subscription: an id already seen is the same request.
    if (!retained.claim(exchange)) return false;
    // The browser's record of a request the Live tap listed takes that row.
    if (live.confirmFromBrowser(exchange) !== null) return true;
    // The log's entry holds its bodies as bytes (compactCapture.ts; a burst's once decoded, in idle
    // time), and re-detection keeps that same capture.
    const entry = entryFor(exchange, log.firstArrival + log.size);
    if (entry === null) {
      retained.keep(exchange, false);
      return false;
    }
    retained.keep(entry.captured, true, entry.pending === true);
    forgetDropped(log.add(entry, limits()));
    uncommitted = true;
    return true;
  };

  /** True when the exchange was listed (chat traffic, not seen before). Committed at once (HAR import, tests). */
  const addExchange = action((exchange: CapturedExchange): boolean => {
    const listed = receive(exchange);
    commit();
    return listed;
  });

  /** What the source delivers: logged now, shown with the rest of its burst (scheduleCommit). */
  const ingest = (exchange: CapturedExchange): void => {
    if (receive(exchange)) batcher.request();
  };

  /** What the Live tap reported: decoded when the page has time (liveUpdateQueue.ts), shown with the rest of its slice. */
  const liveUpdates = createLiveUpdateQueue(
    scheduleWork,
    (exchange) => live.receiveLive(exchange),
    () => {
      batcher.request();
    },
  );
  const liveSwitch = createLiveState({
    storage,
    receive: (exchange) => {
      liveUpdates.add(exchange);
    },
  });

  const select = action((id: string | null): void => {
    selectedId.value = id !== null && log.get(id) !== undefined ? id : null;
  });

  /** Empties the log; the count of dropped exchanges starts again from 0. */
  const clear = action((): void => {
    log.clear();
    live.clear();
    liveUpdates.clear();
    pending?.clear();
    decoding.value = 0;
    uncommitted = false;
    droppedSinceCommit = 0;
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
    const entries = retained.redetect(log.toArray(), decodeNow(), settings.compiledPatterns.value.patterns);
    forgetDropped(log.replace(entries, limits()));
    uncommitted = true;
    commit();
    if (selectedId.value !== null && log.get(selectedId.value) === undefined) selectedId.value = null;
  });

  /** Saves new memory limits and drops the oldest exchanges beyond them at once; false when a value is out of range. */
  const setLogLimits = action((next: LogLimitSettings): boolean => {
    if (!settings.actions.setLogLimits(next)) return false;
    forgetDropped(log.enforce(limits()));
    uncommitted = true;
    commit();
    return true;
  });

  const navigated = action((url: string): void => {
    pageUrl.value = url;
    if (!preserveLog.value) clear();
  });

  /** Subscribes to the source; the returned disposer unsubscribes and marks the panel as not listening. */
  const connect = action((source: NetworkSource): (() => void) => {
    const stopExchanges = source.onExchange(ingest);
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
    decoding: asReadonly(decoding),
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
    /** The Live switch and its status (liveState.ts; issue 14). */
    live: liveSwitch,
    /** Filter, quick toggles, sort and session totals of the list (listView.ts). */
    list: createListView({ log: logSnapshot, selectedId, select }),
    actions: { addExchange, select, clear, setPreserveLog, setExtraUrlPatterns, setLogLimits, navigated, connect, connectionFailed },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
