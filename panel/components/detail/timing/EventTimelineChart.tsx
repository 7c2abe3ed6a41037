import { formatDuration } from '../../../format/duration';
import type { LiveTiming } from '../../../timing/liveTiming';

type Props = { readonly timing: LiveTiming };

/** The chart's drawing width in viewBox units; events closer than half a unit share one tick. */
const WIDTH = 600;
const HEIGHT = 40;
const TICK_TOP = 8;
const TICK_BOTTOM = 32;

type Tick = { readonly x: number; readonly token: boolean; readonly events: number };

/**
 * One tick per position on the strip (events in one chunk, or closer than half a unit, share it);
 * a tick is a token's when any of its events carries one (asked only until one does).
 */
function ticksOf(timing: LiveTiming, xOf: (ms: number) => number): Tick[] {
  const byX = new Map<number, { token: boolean; events: number }>();
  timing.events.forEach((event, position) => {
    const x = Math.round(xOf(event.atMs) * 2) / 2;
    const tick = byX.get(x);
    if (tick === undefined) byX.set(x, { token: timing.isToken(position), events: 1 });
    else {
      tick.token ||= timing.isToken(position);
      tick.events += 1;
    }
  });
  return [...byX].map(([x, tick]) => ({ x, ...tick }));
}

/** What the chart shows, in words, for its accessible name. */
function summary(timing: LiveTiming): string {
  const parts = [`${timing.events.length.toLocaleString('en-US')} events over ${formatDuration(timing.spanMs)}`];
  if (timing.ttftMs !== null) parts.push(`first token at ${formatDuration(timing.ttftMs)}`);
  if (timing.ttltMs !== null) parts.push(`last token at ${formatDuration(timing.ttltMs)}`);
  const stall = timing.gaps?.longest;
  if (stall !== undefined) parts.push(`longest stall ${formatDuration(stall.ms)} before event #${stall.eventIndex}`);
  return `Event timeline: ${parts.join('; ')}`;
}

/**
 * The stream's events on one strip from the request's start (left) to its end (right): a tick per
 * event (accent: carries a token; muted: other events), the wait for the response headers dashed,
 * the longest stall shaded. Positions are clamped to the strip: the times come from the page.
 * Colours are the theme's variables (timing.css), so both themes read it.
 */
export function EventTimelineChart({ timing }: Props) {
  const span = timing.spanMs > 0 ? timing.spanMs : 1;
  const xOf = (ms: number): number => Math.min(WIDTH, Math.max(0, (ms / span) * WIDTH));
  const stall = timing.gaps?.longest;
  const stallEnd = stall === undefined ? null : xOf(stall.atMs);
  const stallStart = stall === undefined ? null : xOf(stall.atMs - stall.ms);
  return (
    <figure class="timing-chart">
      <svg
        class="timing-chart__svg"
        data-testid="timing-event-chart"
        data-events={timing.events.length}
        role="img"
        aria-label={summary(timing)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
      >
        <rect class="timing-chart__track" x="0" y="4" width={WIDTH} height={HEIGHT - 8} />
        {stallStart === null || stallEnd === null || stall === undefined || stall.ms <= 0 ? null : (
          <rect
            class="timing-chart__stall"
            data-testid="timing-chart-stall"
            data-event={stall.eventIndex}
            x={stallStart}
            y="4"
            width={Math.max(1, stallEnd - stallStart)}
            height={HEIGHT - 8}
          />
        )}
        {timing.ttfbMs === null ? null : (
          <line
            class="timing-chart__response"
            data-testid="timing-chart-response"
            x1={xOf(timing.ttfbMs)}
            x2={xOf(timing.ttfbMs)}
            y1="2"
            y2={HEIGHT - 2}
          />
        )}
        {ticksOf(timing, xOf).map((tick) => (
          <line
            key={tick.x}
            class={tick.token ? 'timing-chart__tick timing-chart__tick--token' : 'timing-chart__tick'}
            data-testid="timing-chart-tick"
            data-events={tick.events}
            x1={tick.x}
            x2={tick.x}
            y1={TICK_TOP}
            y2={TICK_BOTTOM}
          />
        ))}
      </svg>
      <figcaption class="timing-chart__axis muted">
        <span>0</span>
        <span>{formatDuration(timing.spanMs)}</span>
      </figcaption>
    </figure>
  );
}
