// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not support happy-dom and sanitizes wrongly under it (cure53/DOMPurify#1457).
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdownToHtml';
import { sanitizeMarkdownHtml } from './sanitizeMarkdownHtml';

/** What a user would see: the fragment attached to a container. */
function rendered(markdown: string): HTMLElement {
  const container = document.createElement('div');
  const fragment = sanitizeMarkdownHtml(markdownToHtml(markdown));
  if (fragment === null) throw new Error('DOMPurify is not supported in this DOM');
  container.append(fragment);
  return container;
}

/** Every attribute name in the tree, to prove no event handler survived. */
const attributeNames = (root: Element): string[] =>
  [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name));

describe('Markdown from a model', () => {
  it('renders formatting, lists, code and tables', () => {
    const view = rendered('# Plan\n\n1. **Assess** the river\n2. Cross `slowly`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode here\n```');
    expect(view.querySelector('h1')?.textContent).toBe('Plan');
    expect([...view.querySelectorAll('ol > li')].map((item) => item.textContent)).toEqual(['Assess the river', 'Cross slowly']);
    expect(view.querySelector('strong')?.textContent).toBe('Assess');
    expect([...view.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['1', '2']);
    expect(view.querySelector('pre > code')?.textContent).toBe('code here\n');
  });

  it('shows HTML the model wrote as text: a script and an image with onerror stay inert', () => {
    const view = rendered('Look: <script>alert(1)</script> and <img src=x onerror="alert(2)"> done');
    expect(view.querySelector('script')).toBeNull();
    expect(view.querySelector('img')).toBeNull();
    expect(attributeNames(view).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(view.textContent).toBe('Look: <script>alert(1)</script> and <img src=x onerror="alert(2)"> done\n');
  });

  it('keeps a javascript: link as plain text and opens an https: link in a new tab', () => {
    const view = rendered('[run me](javascript:alert(3)) or [the docs](https://platform.openai.com/docs)');
    const links = [...view.querySelectorAll('a')];
    const runMe = links.find((link) => link.textContent === 'run me');
    expect(runMe?.hasAttribute('href') ?? false).toBe(false);
    const docs = links.find((link) => link.textContent === 'the docs');
    expect(docs?.getAttribute('href')).toBe('https://platform.openai.com/docs');
    expect(docs?.getAttribute('target')).toBe('_blank');
    expect(docs?.getAttribute('rel')).toBe('noopener noreferrer');
    const values = [...view.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    expect(values.filter((value) => value.includes('javascript:'))).toEqual([]);
  });

  it('turns an image into a link instead of loading it', () => {
    const view = rendered('![a chart](https://example.com/chart.png)');
    expect(view.querySelector('img')).toBeNull();
    const link = view.querySelector('a');
    expect(link?.textContent).toBe('image: a chart');
    expect(link?.getAttribute('href')).toBe('https://example.com/chart.png');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('strips dangerous markup even when it reaches the sanitizer as HTML', () => {
    // Defence in depth: the sanitizer alone, without the Markdown renderer's escaping.
    const container = document.createElement('div');
    const fragment = sanitizeMarkdownHtml(
      '<p onclick="alert(1)">hi</p><script>alert(2)</script><img src="x" onerror="alert(3)"><iframe src="https://evil.example"></iframe>' +
        '<a href="javascript:alert(4)">js</a><a href="data:text/html,x">data</a><style>body{}</style><form><input></form>',
    );
    if (fragment === null) throw new Error('DOMPurify is not supported in this DOM');
    container.append(fragment);
    expect(container.querySelectorAll('script, img, iframe, style, form, input')).toHaveLength(0);
    expect(attributeNames(container).filter((name) => name.startsWith('on'))).toEqual([]);
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([null, null]);
    expect(container.textContent).toBe('hijsdata');
  });
});
