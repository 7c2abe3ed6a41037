import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { decodeExchange } from '../../decode/index';
import { createPanelStore } from '../store/panelStore';
import { StoreContext } from '../store/storeContext';

/**
 * Renders one component (a detail tab on its own) under a fresh panel store, as the panel does,
 * for components that read the store (Validation sends a schema issue to Conversation through it).
 */
export function renderInPanel(ui: ComponentChildren) {
  const store = createPanelStore({ decode: decodeExchange, storage: null });
  return { ...render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>), store };
}
