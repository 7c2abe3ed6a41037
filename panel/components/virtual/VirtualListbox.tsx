import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useVirtualizer } from './useVirtualizer';
import './virtualListbox.css';

type Props = {
  readonly count: number;
  /** One line per row; CSS gives rows this same height. */
  readonly rowHeight: number;
  /** The most the box grows to before it scrolls, in CSS pixels. */
  readonly maxHeight: number;
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
  readonly renderRow: (index: number) => ComponentChildren;
  readonly label: string;
  readonly testid: string;
  readonly rowTestid: string;
};

/**
 * A single-selection listbox that keeps only the rows in view in the DOM (virtualized with
 * @tanstack/virtual-core). ↑/↓/Home/End move the selection and the list scrolls to keep it in
 * view. Sizes go through Preact's style objects, which write CSSOM properties: the panel's CSP
 * (`style-src 'self'`) forbids style attributes but not CSSOM.
 */
export function VirtualListbox({ count, rowHeight, maxHeight, selected, onSelect, renderRow, label, testid, rowTestid }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = Math.min(count * rowHeight, maxHeight);
  const virtualizer = useVirtualizer({ count, rowHeight, getScrollElement: () => scrollRef.current, fallbackHeight: height });

  useEffect(() => {
    if (selected !== null && selected < count) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, count, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextIndex(event.key, selected, count);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
  };

  return (
    <div
      ref={scrollRef}
      class="virtual-listbox"
      style={{ height: `${height}px` }}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      data-testid={testid}
      data-count={count}
      onKeyDown={onKeyDown}
    >
      <div class="virtual-listbox__spacer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="option"
            class="virtual-listbox__row"
            aria-selected={item.index === selected}
            aria-setsize={count}
            aria-posinset={item.index + 1}
            data-testid={rowTestid}
            data-index={item.index}
            style={{ height: `${rowHeight}px`, transform: `translateY(${item.start}px)` }}
            onClick={() => {
              onSelect(item.index);
            }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

function nextIndex(key: string, selected: number | null, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return selected === null ? 0 : Math.min(selected + 1, count - 1);
  if (key === 'ArrowUp') return selected === null ? 0 : Math.max(selected - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
