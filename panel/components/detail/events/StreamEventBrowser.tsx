import { useMemo, useState } from 'preact/hooks';
import type { StreamEvent } from '../../../../decode/index';
import { VirtualListbox } from '../../virtual/VirtualListbox';
import { EventData } from './EventData';
import { summarizeEvent } from './eventSummary';
import { formatDuration } from '../../../format/duration';
import './streamEvents.css';

type Props = {
  readonly events: readonly StreamEvent[];
  /** The listbox's accessible name. */
  readonly label: string;
  readonly testid: string;
  /** When the event at a position arrived, in ms since the request started (the Live timing); absent or null: no time shown. */
  readonly arrivedMs?: (position: number) => number | null;
};

const ROW_HEIGHT = 20;
const MAX_HEIGHT = 320;
/** A row shows the start of an event's data; the whole of it is in the selected event's view. */
const ROW_DATA_CHARS = 400;

/**
 * A stream's events in arrival order, one line each (index, event name, what it adds, its data),
 * virtualized so 200,000 events scroll like 20; the selected event's data shows in full below.
 */
export function StreamEventBrowser({ events, label, testid, arrivedMs }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  // Summaries cost a JSON.parse each: done only for rows scrolled into view, once per event.
  const summaries = useMemo(() => new Map<number, string>(), [events]);
  const summaryOf = (index: number, data: string): string => {
    let summary = summaries.get(index);
    if (summary === undefined) {
      summary = summarizeEvent(data);
      summaries.set(index, summary);
    }
    return summary;
  };
  const event = selected === null ? undefined : events[selected];

  return (
    <div class="event-browser" data-testid={testid}>
      <VirtualListbox
        count={events.length}
        rowHeight={ROW_HEIGHT}
        maxHeight={MAX_HEIGHT}
        selected={selected}
        onSelect={setSelected}
        label={label}
        testid="stream-event-list"
        rowTestid="stream-event"
        renderRow={(position) => {
          const row = events[position];
          if (row === undefined) return null;
          return (
            <>
              <span class="event-row__index" data-testid="stream-event-index">{`#${row.index}`}</span>
              <EventTime ms={arrivedMs?.(position) ?? null} />
              {row.event === undefined ? null : (
                <span class="event-row__name" data-testid="stream-event-name">
                  {row.event}
                </span>
              )}
              <span class="event-row__summary" data-testid="stream-event-summary">
                {summaryOf(position, row.data)}
              </span>
              <span class="event-row__data" data-testid="stream-event-data">
                {row.data.slice(0, ROW_DATA_CHARS)}
              </span>
            </>
          );
        }}
      />
      {event === undefined ? (
        <p class="muted event-browser__hint">Select an event to see all of its data (↑/↓ move).</p>
      ) : (
        <EventData event={event} />
      )}
    </div>
  );
}

/** "+550 ms": when the event arrived after the request started. */
function EventTime({ ms }: { readonly ms: number | null }) {
  if (ms === null) return null;
  return <span class="event-row__time" data-testid="stream-event-time">{`+${formatDuration(ms)}`}</span>;
}
