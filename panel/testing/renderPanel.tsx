import { render } from '@testing-library/preact';
import type { CapturedExchange } from '../../decode/exchange';
import { decodeExchange } from '../../decode/index';
import { App } from '../components/App';
import { createPanelStore } from '../store/panelStore';
import { createFakeNetworkSource } from './fakeNetworkSource';

/** Renders the real panel, decoding with decode/, connected to a fake source holding `exchanges`. */
export function renderPanel(exchanges: readonly CapturedExchange[]) {
  const fake = createFakeNetworkSource(exchanges);
  const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
  const disconnect = store.actions.connect(fake.source);
  const view = render(<App store={store} />);
  return { ...view, store, fake, disconnect };
}
