import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '../../store/storeContext';

/**
 * The filter box: every word must occur in the URL, a model, the request's messages, the
 * response's text or a tool name. `/` or Ctrl+F (⌘F) from anywhere in the panel focuses it, Esc
 * clears it, as in DevTools.
 */
export function FilterBox() {
  const list = useStore().list;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target);
      if (!find && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <input
      ref={input}
      type="search"
      class="filter-box"
      placeholder="Filter"
      aria-label="Filter requests by URL, model, message text or tool name"
      title="Words in the URL, model, messages, response text or tool names (/ or Ctrl+F to focus, Esc to clear)"
      spellcheck={false}
      autocomplete="off"
      data-testid="filter-input"
      value={list.filterText.value}
      onInput={(event) => {
        list.actions.setFilterText(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc would also toggle DevTools' console drawer; here it only clears the filter.
        event.preventDefault();
        event.stopPropagation();
        list.actions.setFilterText('');
      }}
    />
  );
}

/** Typing `/` into a text field is text, not a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
