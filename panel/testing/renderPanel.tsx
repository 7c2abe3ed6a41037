import { render } from '@testing-library/preact';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { App } from '../components/App';
import { createPanelStore } from '../store/panelStore';
import type { SettingsStorage } from '../settings/panelSettings';
import type { DecodeChatExchange } from '../store/exchangeEntry';
import { createFakeNetworkSource } from './fakeNetworkSource';

export type RenderPanelOptions = {
  readonly storage?: SettingsStorage;
  /** Stands in for decode/'s decodeExchange (testing/formatExchanges.ts handMadeDecoder). */
  readonly decode?: DecodeChatExchange;
};

/**
 * Renders the real panel, decoding with decode/, connected to a fake source holding `exchanges`.
 * `storage` stands in for the panel page's localStorage (settings); without it settings live in memory.
 */
export function renderPanel(exchanges: readonly CapturedExchange[], options: RenderPanelOptions = {}) {
  const fake = createFakeNetworkSource(exchanges);
  const store = createPanelStore({ decode: options.decode ?? decodeExchange, storage: options.storage ?? null });
  const disconnect = store.actions.connect(fake.source);
  const view = render(<App store={store} />);
  return { ...view, store, fake, disconnect };
}
