import type { TrafficTemplate } from './traffic';

/**
 * What the harness bundle (entry.ts, injected into the built panel page) offers the Node side as
 * `window.llmPanelBench`. Results are plain data: they come back through CDP as JSON.
 */
export interface PanelBenchApi {
  /** Plans `count` requests cycling `templates`, then the `extra` ones. Exchange numbers go on from the last ingest. */
  prepare(templates: readonly TrafficTemplate[], count: number, extra: readonly TrafficTemplate[], options?: IngestOptions): number;
  /** Fires every planned request and times until the panel listed the last one. */
  ingest(): Promise<IngestResult>;
  /** Types each character of `text` into the filter box, then Esc; times each keystroke to its paint. */
  typeInFilter(text: string): Promise<KeystrokeResult[]>;
  /** Scrolls the list from top to bottom, one screenful per frame, watching for long tasks. */
  scrollThrough(): Promise<ScrollResult>;
  /** Clicks the row whose model cell reads `model` and times until its detail is painted. */
  selectByModel(model: string): Promise<SelectResult>;
}

export interface IngestOptions {
  /**
   * Requests per task, their bodies answered within that task: 1 (the default) is how DevTools
   * delivers them, each event and each getContent answer in a task of its own; more, for a soak
   * where only memory counts, lets the panel render once per batch.
   */
  readonly perTask?: number;
  /** Build every request (and copy its body) now, before any timing starts (the default); false builds each as it is fired. */
  readonly ahead?: boolean;
}

export interface IngestResult {
  readonly fired: number;
  /** From the first event fired to the last exchange handed to the panel. */
  readonly msToDelivered: number;
  /** From the first event fired to the paint that shows the last one listed. */
  readonly msToListed: number;
  /** From the first event fired to the paint that shows every row decoded (model, tokens, issues). */
  readonly msToDecoded: number;
  /** Long tasks (ms) while ingesting. */
  readonly longTasks: readonly number[];
  /** How many times the toolbar was redrawn while ingesting (its count, totals or dropped count changed). */
  readonly countUpdates: number;
  /** Characters of request and response bodies fired. */
  readonly bodyChars: number;
  /** Their bytes in UTF-8. */
  readonly bodyBytes: number;
  /** The request count and the toolbar as the user reads them at the end. */
  readonly countText: string;
  readonly toolbarText: string;
  readonly renderedRows: number;
}

export interface KeystrokeResult {
  readonly key: string;
  readonly ms: number;
  readonly countText: string;
}

export interface ScrollResult {
  readonly frames: number;
  readonly scrollHeight: number;
  readonly longTasks: readonly number[];
  /** The longest time between two frame callbacks while scrolling. */
  readonly longestFrameMs: number;
  /** Distinct rows that were in the DOM at some frame. */
  readonly rowsSeen: number;
}

export interface SelectResult {
  readonly ms: number;
  readonly rowId: string;
  /** The `data-exchange-id` of the detail painted, or null when none showed. */
  readonly detailId: string | null;
  readonly detailTextLength: number;
}

declare global {
  interface Window {
    llmPanelBench?: PanelBenchApi;
  }
}
