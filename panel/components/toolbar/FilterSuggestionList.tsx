import type { FilterSuggestion } from '../../list/filterSuggestions';

export const FILTER_SUGGESTIONS_ID = 'filter-suggestions';
export const suggestionId = (index: number): string => `filter-suggestion-${index}`;

type Props = {
  readonly suggestions: readonly FilterSuggestion[];
  readonly active: number;
  readonly onAccept: (index: number) => void;
};

/**
 * The list under the filter box (a combobox's listbox): keys, or values seen in the log. Focus
 * stays in the box; the active entry is its aria-activedescendant. Text from the log (model names)
 * is rendered as text.
 */
export function FilterSuggestionList({ suggestions, active, onAccept }: Props) {
  return (
    <ul
      class="filter-suggestions"
      id={FILTER_SUGGESTIONS_ID}
      role="listbox"
      aria-label="Filter suggestions"
      data-testid="filter-suggestions"
    >
      {suggestions.map((suggestion, index) => (
        <li
          key={suggestion.word}
          id={suggestionId(index)}
          class="filter-suggestions__option"
          role="option"
          aria-selected={index === active}
          data-testid="filter-suggestion"
          onMouseDown={(event) => {
            // Keeps the focus (and the caret) in the box, which a click would otherwise take away.
            event.preventDefault();
            onAccept(index);
          }}
        >
          <span class="filter-suggestions__label">{suggestion.label}</span>
          {suggestion.hint === '' ? null : <span class="filter-suggestions__hint">{suggestion.hint}</span>}
        </li>
      ))}
    </ul>
  );
}
