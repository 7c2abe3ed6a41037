import { OverflowMenu } from '../../overflow/OverflowMenu';
import type { DetailTab } from './detailTabs';

type Props = { readonly tabs: readonly DetailTab[]; readonly onChoose: (tab: DetailTab) => void };

/** The » menu of a detail tab strip too narrow for every tab: the tabs that did not fit; choosing one opens it. */
export function TabOverflowMenu({ tabs, onChoose }: Props) {
  return (
    <OverflowMenu label="More tabs" testid="detail-tabs-overflow" popupRole="menu">
      {(close) =>
        tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="menuitem"
            class="detail-tabs__menu-item"
            data-testid="detail-tabs-overflow-item"
            data-tab={tab.id}
            onClick={() => {
              close();
              onChoose(tab);
            }}
          >
            {tab.label}
          </button>
        ))
      }
    </OverflowMenu>
  );
}
