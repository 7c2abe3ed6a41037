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

/**
 * An issue one tab asks another to show: Validation sends a schema issue to Conversation, which
 * highlights its spot in the tool call's arguments; Conversation's schema mark sends it back. Keyed
 * by the exchange, so another selection does not inherit it. `issue` is its index in the decoding's issues.
 */
export type IssueFocus = { readonly exchangeId: string; readonly issue: number };

export function createDetailTabState(initial: string = defaultDetailTab) {
  const selectedTab = signal(initial);
  const issueFocus = signal<IssueFocus | null>(null);

  const selectTab = action((id: string): void => {
    selectedTab.value = id;
  });

  /** Opens `tab` with `focus` as the issue to show there. */
  const showIssue = action((focus: IssueFocus, tab: string): void => {
    issueFocus.value = focus;
    selectedTab.value = tab;
  });

  const clearIssueFocus = action((): void => {
    issueFocus.value = null;
  });

  const readonlySelectedTab: ReadonlySignal<string> = selectedTab;
  const readonlyIssueFocus: ReadonlySignal<IssueFocus | null> = issueFocus;
  return { selectedTab: readonlySelectedTab, issueFocus: readonlyIssueFocus, actions: { selectTab, showIssue, clearIssueFocus } };
}
