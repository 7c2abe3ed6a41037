import type { Plugin } from 'vite';

/**
 * Removes Preact's `dangerouslySetInnerHTML` path from the extension build. The panel renders
 * untrusted network text, lint already forbids that prop in our code, and Markdown is rendered
 * from tokens to elements (panel/markdown/): with the path gone nothing reaching Preact can become
 * markup. The build fails if Preact's code changes shape, so the guarantee cannot lapse on an upgrade.
 */
const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
const INNER_HTML_WRITE = /(\w+)\.innerHTML=(\w+)\.__html/g;
const REPLACEMENT = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in LLM Network Inspector")})()';

/** Preact's code without its one innerHTML write; null for any other module. Throws if there is not exactly one. */
export function withoutInnerHtml(code: string, id: string): string | null {
  if (!PREACT.test(id)) return null;
  const matches = code.match(INNER_HTML_WRITE) ?? [];
  if (matches.length !== 1) {
    throw new Error(`text-only-preact: expected one raw HTML write in ${id}, found ${matches.length}; update scripts/textOnlyPreact.ts`);
  }
  return code.replace(INNER_HTML_WRITE, REPLACEMENT);
}

export function textOnlyPreact(): Plugin {
  return {
    name: 'text-only-preact',
    enforce: 'pre',
    transform(code, id) {
      const rewritten = withoutInnerHtml(code, id);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
