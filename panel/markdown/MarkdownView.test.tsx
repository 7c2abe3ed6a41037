// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownView } from './MarkdownView';

afterEach(cleanup);

/** What a user would see: the rendered Markdown element. */
function rendered(markdown: string): HTMLElement {
  const { container } = render(<MarkdownView text={markdown} />);
  const view = container.querySelector<HTMLElement>('.markdown');
  if (view === null) throw new Error('MarkdownView rendered no .markdown element');
  return view;
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent);

/** Every attribute in the tree as name=value, to prove what was and was not set from the text. */
const attributes = (root: Element): string[] =>
  [root, ...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
  );

const links = (root: Element) =>
  [...root.querySelectorAll('a')].map((link) => [
    link.textContent,
    link.getAttribute('href'),
    link.getAttribute('target'),
    link.getAttribute('rel'),
  ]);

describe('Markdown from a model', () => {
  it('renders headings, emphasis, inline code and code blocks', () => {
    const view = rendered('# Plan\n\n### Step *one*\n\nSome **bold**, _em_, ~~gone~~ and `a < b`.\n\n```js\nif (a < b && c) {}\n```');
    expect(texts(view, 'h1')).toEqual(['Plan']);
    expect(texts(view, 'h3')).toEqual(['Step one']);
    expect(texts(view, 'h3 > em')).toEqual(['one']);
    expect(texts(view, 'strong')).toEqual(['bold']);
    expect(texts(view, 'p > em')).toEqual(['em']);
    expect(texts(view, 'del')).toEqual(['gone']);
    expect(texts(view, 'p > code')).toEqual(['a < b']);
    expect(texts(view, 'pre > code')).toEqual(['if (a < b && c) {}']);
    // The fence's language is the model's text: it sets no class.
    expect(attributes(view)).toEqual(['class=markdown']);
  });

  it('renders ordered lists from their first number, nested lists, task boxes and line breaks', () => {
    const view = rendered('3. three\n4. four\n   - nested\n   - [x] done\n   - [ ] open\n\nline one  \nline two');
    const ordered = view.querySelector('ol');
    expect(ordered?.getAttribute('start')).toBe('3');
    expect(texts(view, 'ol > li > ul > li')).toEqual(['nested', 'done', 'open']);
    const boxes = [...view.querySelectorAll('input')];
    expect(boxes.map((box) => [box.type, box.checked, box.disabled])).toEqual([
      ['checkbox', true, true],
      ['checkbox', false, true],
    ]);
    expect(view.querySelectorAll('p > br')).toHaveLength(1);
    expect(texts(view, 'p').at(-1)).toBe('line oneline two');
  });

  it('keeps a single newline as a line break, as chat UIs do: a haiku stays three lines', () => {
    const view = rendered('An old silent pond\nA frog jumps into the pond\nSplash! Silence again.');
    const paragraph = view.querySelector('p');
    expect(paragraph?.querySelectorAll('br')).toHaveLength(2);
    const lines = [...(paragraph?.childNodes ?? [])].filter((node) => node.nodeName !== 'BR').map((node) => node.textContent);
    expect(lines).toEqual(['An old silent pond', 'A frog jumps into the pond', 'Splash! Silence again.']);
  });

  it('leaves code blocks, lists and tables as they were with line breaks on', () => {
    const view = rendered('Intro:\n- one\n- two\n\n```\nfirst\nsecond\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(texts(view, 'p')).toEqual(['Intro:']);
    expect(texts(view, 'ul > li')).toEqual(['one', 'two']);
    expect(texts(view, 'pre > code')).toEqual(['first\nsecond']);
    expect(texts(view, 'td')).toEqual(['1', '2']);
    expect(view.querySelectorAll('br')).toHaveLength(0);
  });

  it('renders a list that starts at 1 without a start attribute', () => {
    const view = rendered('1. first\n2. second');
    expect(texts(view, 'ol > li')).toEqual(['first', 'second']);
    expect(view.querySelector('ol')?.hasAttribute('start')).toBe(false);
  });

  it('renders tables with their column alignment, blockquotes and rules', () => {
    const view = rendered('| left | mid | right | plain |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n\n> quoted **text**\n\n---');
    expect(texts(view, 'thead th')).toEqual(['left', 'mid', 'right', 'plain']);
    expect(texts(view, 'tbody td')).toEqual(['1', '2', '3', '4']);
    expect([...view.querySelectorAll('td')].map((cell) => cell.getAttribute('class'))).toEqual([
      'markdown-align-left',
      'markdown-align-center',
      'markdown-align-right',
      null,
    ]);
    expect(texts(view, 'blockquote > p')).toEqual(['quoted text']);
    expect(texts(view, 'blockquote strong')).toEqual(['text']);
    expect(view.querySelectorAll('hr')).toHaveLength(1);
  });

  it('shows HTML the model wrote as text: scripts, event handlers and block HTML stay inert', () => {
    const inline = 'Look: <script>alert(1)</script> and <img src=x onerror="alert(2)"> done';
    const block = '<div onclick="alert(3)">\n<iframe src="https://evil.example"></iframe>\n</div>';
    const view = rendered(`${inline}\n\n${block}`);
    expect(view.querySelectorAll('script, img, iframe, div')).toHaveLength(0);
    expect(attributes(view)).toEqual(['class=markdown']);
    expect(texts(view, 'p')).toEqual([inline, block]);
  });

  it('opens only http(s) links, in a new tab without a handle on the panel', () => {
    const view = rendered(
      '[docs](https://platform.openai.com/docs "OpenAI") [plain](http://example.com/a_b) [js](javascript:alert(1)) ' +
        '[upper](JAVASCRIPT:alert(2)) [entity](&#106;avascript:alert(3)) [data](data:text/html,<b>x</b>) ' +
        '[mail](mailto:a@example.com) [relative](/settings) <https://auto.example/x> https://bare.example/y',
    );
    expect(links(view)).toEqual([
      ['docs', 'https://platform.openai.com/docs', '_blank', 'noopener noreferrer'],
      ['plain', 'http://example.com/a_b', '_blank', 'noopener noreferrer'],
      ['js', null, null, null],
      ['upper', null, null, null],
      ['entity', null, null, null],
      ['data', null, null, null],
      ['mail', null, null, null],
      ['relative', null, null, null],
      ['https://auto.example/x', 'https://auto.example/x', '_blank', 'noopener noreferrer'],
      ['https://bare.example/y', 'https://bare.example/y', '_blank', 'noopener noreferrer'],
    ]);
    expect(view.querySelector('a')?.getAttribute('title')).toBe('OpenAI');
    expect(attributes(view).filter((attribute) => /javascript:|data:|mailto:/i.test(attribute))).toEqual([]);
  });

  it('turns images into links instead of loading them', () => {
    const view = rendered(
      '![a chart](https://example.com/chart.png) ![](https://example.com/bare.png) ![tracking pixel](data:image/png;base64,iVBORw0KGgo=)',
    );
    expect(view.querySelectorAll('img, svg')).toHaveLength(0);
    expect(links(view)).toEqual([
      ['image: a chart', 'https://example.com/chart.png', '_blank', 'noopener noreferrer'],
      ['image: https://example.com/bare.png', 'https://example.com/bare.png', '_blank', 'noopener noreferrer'],
      ['image: tracking pixel', null, null, null],
    ]);
  });

  it('shows bidirectional control characters as marks instead of letting them reorder the text', () => {
    // U+202E (right-to-left override) would display "[evil](…)" link text and code backwards.
    const view = rendered('Visit [safe\u202Elmth.exe](https://example.com) or run `rm\u2066 -rf\u2069 x`');
    expect(texts(view, '[data-testid="markdown-bidi-control"]')).toEqual(['U+202E', 'U+2066', 'U+2069']);
    expect(view.textContent).toBe('Visit safeU+202Elmth.exe or run rmU+2066 -rfU+2069 x');
    expect(texts(view, 'a')).toEqual(['safeU+202Elmth.exe']);
    expect(texts(view, 'code')).toEqual(['rmU+2066 -rfU+2069 x']);
  });

  it('shows character references as written, since text never passes through an HTML parser', () => {
    expect(rendered('Tom &amp; Jerry &lt;3').textContent).toBe('Tom &amp; Jerry &lt;3');
  });

  it('shows what is nested past 16 levels as its Markdown source, so a hostile message cannot overflow the stack', () => {
    // 1,000 levels of quotes: marked reads them, rendering them all would overflow Preact's stack.
    const view = rendered(`${'>'.repeat(1000)} deep`);
    expect(view.querySelectorAll('blockquote')).toHaveLength(17);
    // Levels 0 to 16 are quotes; the 18th is shown as written, with the 17 outer markers read.
    expect(view.textContent).toBe(`${'>'.repeat(983)} deep`);
  });

  it('shows text nested too deeply for marked as it is, instead of failing', () => {
    const deep = `${'>'.repeat(100_000)} deep`;
    const view = rendered(deep);
    expect(view.querySelectorAll('blockquote')).toHaveLength(0);
    expect(view.textContent).toBe(deep);
  });
});
