import { action, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';

/**
 * Which tab of the detail view is open. Kept outside the detail component so it survives a new
 * selection: a user comparing the usage of several calls stays on the Usage tab as they move.
 * The id is a plain string; the tab registry (components/detail/tabs/detailTabs.ts) falls back
 * to its default tab for an id it does not know.
 */
export type DetailTabState = ReturnType<typeof createDetailTabState>;

export const defaultDetailTab = 'response';

export function createDetailTabState(initial: string = defaultDetailTab) {
  const selectedTab = signal(initial);

  const selectTab = action((id: string): void => {
    selectedTab.value = id;
  });

  const readonlySelectedTab: ReadonlySignal<string> = selectedTab;
  return { selectedTab: readonlySelectedTab, actions: { selectTab } };
}
