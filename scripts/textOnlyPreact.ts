import type { Plugin } from 'vite';

/**
 * Removes the one place Preact writes raw HTML (the `dangerouslySetInnerHTML` prop) from the
 * extension build. The panel renders untrusted network text, and lint already forbids that prop in
 * our code; with the path gone, nothing that reaches Preact can become markup, and Firefox's
 * `web-ext lint` (no-unsanitized) has no innerHTML assignment left to warn about. The build fails if
 * Preact's code changes shape, so the guarantee cannot silently lapse on an upgrade.
 */
const RAW_HTML_WRITE = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function textOnlyPreact(): Plugin {
  return {
    name: 'text-only-preact',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id)) return null;
      const matches = code.match(RAW_HTML_WRITE) ?? [];
      if (matches.length !== 1) {
        throw new Error(`text-only-preact: expected one raw HTML write in ${id}, found ${matches.length}; update scripts/textOnlyPreact.ts`);
      }
      return {
        code: code.replace(RAW_HTML_WRITE, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in LLM Network Inspector")})()'),
        map: null,
      };
    },
  };
}
