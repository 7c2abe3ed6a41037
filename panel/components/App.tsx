import type { PanelBrowser } from '../panelBrowser';
import type { PanelStore } from '../store/panelStore';
import { StoreContext, useStore } from '../store/storeContext';
import { HarDropTarget } from './transfer/HarDropTarget';
import { DetailPane } from './DetailPane';
import { EmptyState } from './EmptyState';
import { ExchangeList } from './list/ExchangeList';
import { SplitView } from './split/SplitView';
import { Toolbar } from './Toolbar';

/** `browser`: whose DevTools the panel is in (panelBrowser.ts); Chrome when not said. */
type Props = { readonly store: PanelStore; readonly browser?: PanelBrowser };

/** The whole panel; shared by the extension page, the inline shell and the component tests. */
export function App({ store, browser = 'chrome' }: Props) {
  return (
    <StoreContext.Provider value={store}>
      <PanelLayout browser={browser} />
    </StoreContext.Provider>
  );
}

/**
 * The root carries the ready marker the e2e tests wait for: data-testid="panel-ready" and
 * data-listening="true" once the store is connected to its NetworkSource.
 */
function PanelLayout({ browser }: { readonly browser: PanelBrowser }) {
  const store = useStore();
  const listening = store.listening.value;
  const empty = store.exchanges.value.length === 0;
  return (
    <div class="panel" data-testid={listening ? 'panel-ready' : 'panel-connecting'} data-listening={String(listening)}>
      <Toolbar />
      <HarDropTarget />
      {empty ? <EmptyState browser={browser} /> : <SplitView list={<ExchangeList />} detail={<DetailPane />} />}
    </div>
  );
}
