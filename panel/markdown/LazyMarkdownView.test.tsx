// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyMarkdownView } from './LazyMarkdownView';

afterEach(cleanup);

describe('Markdown loaded when first needed', () => {
  it('shows the text as it is while Markdown loads, then renders it, never blank', async () => {
    const { container } = render(<LazyMarkdownView text={'Some **bold** text \u202E here'} />);
    const view = () => container.querySelector<HTMLElement>('.markdown');
    expect(view()?.dataset.markdown).toBe('loading');
    expect(view()?.textContent).toBe('Some **bold** text U+202E here');
    expect(view()?.querySelector('strong')).toBeNull();
    await waitFor(() => {
      expect(view()?.querySelector('strong')?.textContent).toBe('bold');
    });
    expect(view()?.dataset.markdown).toBeUndefined();
    expect(view()?.textContent).toBe('Some bold text U+202E here');
  });

  it('renders at once once loaded', () => {
    const { container } = render(<LazyMarkdownView text="# Title" />);
    expect(container.querySelector('.markdown h1')?.textContent).toBe('Title');
  });
});
