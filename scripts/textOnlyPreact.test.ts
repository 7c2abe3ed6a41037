import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from './textOnlyPreact';

const preactPath = createRequire(import.meta.url).resolve('preact');

describe('the text-only Preact build step', () => {
  it('removes the one innerHTML write from the installed Preact, so dangerouslySetInnerHTML throws instead', () => {
    const original = readFileSync(preactPath, 'utf8');
    expect(original).toContain('.innerHTML=');
    const rewritten = withoutInnerHtml(original, preactPath) ?? '';
    expect(rewritten).not.toContain('.innerHTML=');
    expect(rewritten).toContain('dangerouslySetInnerHTML is disabled in LLM Network Inspector');
  });

  it('leaves every other module alone', () => {
    expect(withoutInnerHtml('el.innerHTML=x.__html', '/project/node_modules/marked/lib/marked.esm.js')).toBeNull();
  });

  it('fails the build when a Preact upgrade changes the shape of the write', () => {
    expect(() => withoutInnerHtml('el.setHTMLUnsafe(x.__html)', '/project/node_modules/preact/dist/preact.mjs')).toThrow(
      /expected one raw HTML write/,
    );
  });
});
