import type { FunctionComponent } from 'preact';
import { defaultDetailTab } from '../../../store/detailTabState';
import { HeadersTab } from '../headers/HeadersTab';
import { RawTab } from '../raw/RawTab';
import { TimingTab } from '../timing/TimingTab';
import { ValidationTab } from '../validation/ValidationTab';
import { ConversationTab } from './ConversationTab';
import { ResponseTab } from './ResponseTab';
import type { DetailTabProps } from './tabProps';
import { UsageTab } from './UsageTab';

/**
 * The detail view's tabs, in the order they are shown. Adding a tab is adding one entry here:
 * DetailTabs renders the tab list, the ARIA wiring, the keyboard handling and a per-tab error
 * boundary for every entry. `id` is stable (it is remembered across selections and appears in
 * the element ids `detail-tab-<id>` / `detail-tabpanel-<id>` and the test ids of the same names).
 */
export type DetailTab = {
  readonly id: string;
  readonly label: string;
  readonly component: FunctionComponent<DetailTabProps>;
};

export const detailTabs: readonly DetailTab[] = [
  { id: 'conversation', label: 'Conversation', component: ConversationTab },
  { id: 'response', label: 'Response', component: ResponseTab },
  { id: 'usage', label: 'Usage', component: UsageTab },
  { id: 'timing', label: 'Timing', component: TimingTab },
  { id: 'validation', label: 'Validation', component: ValidationTab },
  { id: 'raw', label: 'Raw', component: RawTab },
  { id: 'headers', label: 'Headers', component: HeadersTab },
];

/** The tab with that id; the default tab (Response) for an id no entry has. */
export function findDetailTab(id: string): DetailTab {
  const found = detailTabs.find((tab) => tab.id === id) ?? detailTabs.find((tab) => tab.id === defaultDetailTab) ?? detailTabs[0];
  if (found === undefined) throw new Error('detailTabs is empty');
  return found;
}
