import type { TapConfig } from './tapConfig';
import { tapCore } from './tapCore';
import { tapEventSource } from './tapEventSource';
import { tapFetch } from './tapFetch';
import type { TapCore, TapState } from './tapTypes';
import { tapXhr } from './tapXhr';

export { DEFAULT_TAP_CONFIG, type TapConfig } from './tapConfig';

/**
 * The Live tap (issue 14) runs in the inspected page: its pieces are serialised with
 * Function.prototype.toString into the expression `devtools.inspectedWindow.eval` runs
 * (tapInstallExpression below). So each piece is one self-contained function: no imports at run
 * time, nothing from module scope, no async/await or class fields a bundler could rewrite into
 * helpers (the expression also defines `__name`, which esbuild's keepNames would call). The pieces:
 * tapCore.ts (recognition, the bounded buffer, the drain), then the wrappers it is handed to,
 * tapFetch.ts, tapXhr.ts and tapEventSource.ts.
 *
 * The tap records LLM-looking responses chunk by chunk with the page's clock, keeps them in a
 * bounded buffer and answers drains with a JSON string of a TapDrain (tapDrain.ts). Nothing it does
 * may throw into the page: all bookkeeping sits in try/catch, and the page's own calls and errors go
 * through untouched.
 */

type TapWrapper = (core: TapCore) => void;

/**
 * Installs the tap once per page and tap version; returns the install's id (the existing one when
 * the same tap version is already installed). Takes its pieces as arguments, since it cannot
 * import them in the page.
 */
function installTap(config: TapConfig, makeCore: (config: TapConfig) => TapCore, wrappers: readonly TapWrapper[]): string {
  const KEY = Symbol.for('llm-network-inspector.tap'); // TAP_SYMBOL_KEY (the function cannot read module scope)
  const host = window as unknown as Record<symbol, unknown>;
  const existing = host[KEY] as Partial<TapState> | null | undefined;
  if (typeof existing === 'object' && existing !== null && existing.name === config.tap && existing.version === config.version) {
    if (typeof existing.installId === 'string') return existing.installId;
  }
  const core = makeCore(config);
  for (const wrap of wrappers) wrap(core);
  const state: TapState = { name: config.tap, version: config.version, installId: core.installId, drain: core.drain };
  Object.defineProperty(window, KEY, { value: Object.freeze(state), enumerable: false, configurable: true, writable: false });
  return core.installId;
}

const WRAPPERS: readonly TapWrapper[] = [tapFetch, tapXhr, tapEventSource];

/** Installs the tap in this window (tests call it directly; the page gets tapInstallExpression). */
export const pageTap = (config: TapConfig): string => installTap(config, tapCore, WRAPPERS);

/** Where the installed tap keeps its state on `window` (a non-enumerable property). */
export const TAP_SYMBOL_KEY = 'llm-network-inspector.tap';

/**
 * The expression `inspectedWindow.eval` runs to install the tap: idempotent, evaluates to the
 * install's id, or null when the page left it nothing to wrap. `__name` is defined for the
 * function's source in case a bundler's keepNames wrapped its inner functions with it.
 */
export const tapInstallExpression = (config: TapConfig): string =>
  `(() => { try { const __name = (target) => target; return (${installTap.toString()})(${JSON.stringify(config)}, ${tapCore.toString()}, [${WRAPPERS.map((wrap) => wrap.toString()).join(', ')}]); } catch (error) { return null; } })()`;

/**
 * The expression that drains the tap: a JSON string of a TapDrain (tapDrain.ts), or null when no
 * tap is installed. The page can replace the tap's state with its own, so what comes back is
 * untrusted: the devtools side parses it as `unknown` and decodes it with TapDrain.
 */
export const tapDrainExpression = (): string =>
  `(() => { try { const tap = window[Symbol.for(${JSON.stringify(TAP_SYMBOL_KEY)})]; if (tap === null || typeof tap !== 'object' || typeof tap.drain !== 'function') return null; const drained = tap.drain(); return typeof drained === 'string' ? drained : null; } catch (error) { return null; } })()`;

/** For `inspectedWindow.reload({ injectedScript })`: installs the tap before the page's own scripts. */
export const tapInjectedScript = (config: TapConfig): string => `${tapInstallExpression(config)};`;
