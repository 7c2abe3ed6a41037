import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelStore } from './panelStore';

/** Hands the one store down to every component without threading it through props. */
export const StoreContext = createContext<PanelStore | null>(null);

export function useStore(): PanelStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore() needs a <StoreContext.Provider> above it');
  return store;
}
