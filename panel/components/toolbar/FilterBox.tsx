import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import { acceptSuggestion, filterSuggestions, wordAtCaret } from '../../list/filterSuggestions';
import type { FilterSuggestion } from '../../list/filterSuggestions';
import type { ListRow } from '../../list/listRow';
import { useStore } from '../../store/storeContext';
import { FILTER_SUGGESTIONS_ID, FilterSuggestionList, suggestionId } from './FilterSuggestionList';
import './filterSuggestions.css';

/**
 * The filter box, in DevTools' Network filter language (list/filterQuery.ts): words to find
 * anywhere, `model:`, `provider:`, `status:`, `finish:`, `is:`, `-` to negate. While a word is
 * typed, a list under the box suggests keys and then values seen in the log (↑/↓ choose, Enter or
 * Tab accept, Esc closes the list). `/` or Ctrl+F (⌘F) from anywhere in the panel focuses it; Esc
 * with no list open clears it, as in DevTools.
 */
export function FilterBox() {
  const list = useStore().list;
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const text = list.filterText.value;

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

  const word = wordAtCaret(text, Math.min(caret, text.length));
  const suggestions = useSuggestions(open, word.text, list.rows);
  const shown = open && suggestions.length > 0;

  const accept = (index: number) => {
    const suggestion = suggestions[index];
    const box = input.current;
    if (suggestion === undefined || box === null) return;
    const next = acceptSuggestion(text, word, suggestion);
    // Set on the element first so the caret can be placed now; the render that follows finds the same value.
    box.value = next.text;
    box.setSelectionRange(next.caret, next.caret);
    setCaret(next.caret);
    setActive(-1);
    // A key goes on to its values; a value is done.
    setOpen(!suggestion.completesWord);
    list.actions.setFilterText(next.text);
  };

  return (
    <span class="filter-field">
      <input
        ref={input}
        type="search"
        class="filter-box"
        placeholder="Filter"
        role="combobox"
        // No <datalist>: the list is ours. Preact's types allow a search box as combobox only with `list`;
        // HTML-ARIA allows it without one.
        list={undefined}
        aria-label="Filter requests: words, model:, provider:, status:, finish:, is:, -term to exclude"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={FILTER_SUGGESTIONS_ID}
        aria-activedescendant={shown && active >= 0 ? suggestionId(active) : undefined}
        title="Words in the URL, model, messages, response text or tool names; model:, provider:, status:4xx, finish:, is:stream|error|nonconforming|schema-error; -term excludes (/ or Ctrl+F to focus, Esc to clear)"
        spellcheck={false}
        autocomplete="off"
        data-testid="filter-input"
        value={text}
        onInput={(event) => {
          setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);
          setOpen(true);
          setActive(-1);
          list.actions.setFilterText(event.currentTarget.value);
        }}
        onKeyUp={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End')
            setCaret(event.currentTarget.selectionStart ?? 0);
        }}
        onClick={(event) => {
          setCaret(event.currentTarget.selectionStart ?? 0);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={(event) => {
          const count = suggestions.length;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!shown) {
              setCaret(event.currentTarget.selectionStart ?? text.length);
              setOpen(true);
              setActive(-1);
              return;
            }
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive(active < 0 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
          } else if ((event.key === 'Enter' && shown && active >= 0) || (event.key === 'Tab' && !event.shiftKey && shown)) {
            event.preventDefault();
            accept(active >= 0 ? active : 0);
          } else if (event.key === 'Escape') {
            // Chrome's DevTools toggles its Console drawer on an Esc that reaches its own handler (the
            // extension API forwards keydowns from the panel's document): here Esc is the panel's.
            event.preventDefault();
            event.stopPropagation();
            if (shown) setOpen(false);
            else list.actions.setFilterText('');
          }
        }}
      />
      {shown ? <FilterSuggestionList suggestions={suggestions} active={active} onAccept={accept} /> : null}
    </span>
  );
}

/**
 * The suggestions for the word typed, while the list is open. The rows are read here, not in
 * FilterBox's own scope: every handler a render of FilterBox makes shares that scope, and the
 * Toolbar's vnode tree keeps the handlers of FilterBox's render at the Toolbar's last render (the
 * signal re-renders FilterBox alone). With `rows` in that scope, a Toolbar render during a burst
 * kept that moment's 10,000 rows, pending ones and their search text, alive beside the decoded
 * rows: ~2 MiB at 10,000 exchanges (bench/README.md, round s11-heap).
 */
function useSuggestions(open: boolean, typed: string, rows: ReadonlySignal<readonly ListRow[]>): FilterSuggestion[] {
  const listed = rows.value;
  return useMemo(() => (open ? filterSuggestions(typed, listed) : []), [open, typed, listed]);
}

/** Typing `/` into a text field is text, not a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
