import type { FunctionComponent } from 'preact';
import { defaultDetailTab } from '../../../store/detailTabState';
import { lazyView } from '../../lazy/lazyView';
import type * as TabViews from './detailTabViews';
import type { DetailTabProps } from './tabProps';

/**
 * The detail view's tabs, in the order they are shown. Adding a tab is adding one entry here (and
 * its view to detailTabViews.ts, the tabs' lazily loaded chunk): DetailTabs renders the tab list, the ARIA wiring, the keyboard handling and a per-tab error
 * boundary for every entry. `id` is stable (it is remembered across selections and appears in
 * the element ids `detail-tab-<id>` / `detail-tabpanel-<id>` and the test ids of the same names).
 */
export type DetailTab = {
  readonly id: string;
  readonly label: string;
  readonly component: FunctionComponent<DetailTabProps>;
};

/** The tabs' code is one chunk (detailTabViews.ts), fetched once, when a tab is first shown or preloaded. */
let tabViews: Promise<typeof TabViews> | null = null;
const loadTabViews = (): Promise<typeof TabViews> =>
  (tabViews ??= import('./detailTabViews').catch((error: unknown) => {
    tabViews = null;
    throw error;
  }));

type TabEntry = {
  readonly id: string;
  readonly label: string;
  readonly view: (views: typeof TabViews) => FunctionComponent<DetailTabProps>;
};

const entries: readonly TabEntry[] = [
  { id: 'conversation', label: 'Conversation', view: (views) => views.ConversationTab },
  { id: 'response', label: 'Response', view: (views) => views.ResponseTab },
  { id: 'usage', label: 'Usage', view: (views) => views.UsageTab },
  { id: 'timing', label: 'Timing', view: (views) => views.TimingTab },
  { id: 'validation', label: 'Validation', view: (views) => views.ValidationTab },
  { id: 'raw', label: 'Raw', view: (views) => views.RawTab },
  { id: 'headers', label: 'Headers', view: (views) => views.HeadersTab },
];

const lazyTabs = entries.map(({ id, label, view }) => ({ id, label, lazy: lazyView(() => loadTabViews().then(view), `the ${label} tab`) }));

export const detailTabs: readonly DetailTab[] = lazyTabs.map(({ id, label, lazy }) => ({ id, label, component: lazy.View }));

/**
 * Loads every tab's code, so the first selection shows its tab at once: called when the list has
 * rows (after the first paint, when the page is idle), and by the component tests' setup.
 */
export const preloadDetailTabs = (): Promise<unknown> => Promise.all(lazyTabs.map(({ lazy }) => lazy.preload()));

/** The tab with that id; the default tab (Response) for an id no entry has. */
export function findDetailTab(id: string): DetailTab {
  const found = detailTabs.find((tab) => tab.id === id) ?? detailTabs.find((tab) => tab.id === defaultDetailTab) ?? detailTabs[0];
  if (found === undefined) throw new Error('detailTabs is empty');
  return found;
}
