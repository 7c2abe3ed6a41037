import type { Plugin } from 'vite';

/**
 * Removes the places our dependencies write raw HTML, in the extension build only:
 * - Preact's `dangerouslySetInnerHTML` path. The panel renders untrusted network text and lint
 *   already forbids that prop in our code; with the path gone nothing reaching Preact can become markup.
 * - DOMPurify's fallback parser, used only when `DOMParser` fails (never in Chrome or Firefox). It
 *   writes into a detached document, so it was harmless, but removing it fails closed (an empty
 *   result) and leaves Firefox's `web-ext lint` (no-unsanitized) nothing to warn about.
 * The build fails if a dependency's code changes shape, so the guarantee cannot lapse on an upgrade.
 */
const REMOVALS = [
  {
    module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/,
    write: /(\w+)\.innerHTML=(\w+)\.__html/g,
    replacement: '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in LLM Network Inspector")})()',
  },
  {
    module: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    write: /doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;/g,
    replacement: 'throw new Error("DOMParser is required");',
  },
];

export function textOnlyPreact(): Plugin {
  return {
    name: 'text-only-dependencies',
    enforce: 'pre',
    transform(code, id) {
      const removal = REMOVALS.find((candidate) => candidate.module.test(id));
      if (removal === undefined) return null;
      const matches = code.match(removal.write) ?? [];
      if (matches.length !== 1) {
        throw new Error(`text-only-dependencies: expected one raw HTML write in ${id}, found ${matches.length}; update scripts/textOnlyPreact.ts`);
      }
      return { code: code.replace(removal.write, removal.replacement), map: null };
    },
  };
}
