import { formatDuration } from '../../../format/duration';
import type { LiveTiming } from '../../../timing/liveTiming';
import { DetailSection, Field, FieldList } from '../DetailSection';
import { EventTimelineChart } from './EventTimelineChart';

type Props = { readonly timing: LiveTiming };

const OUTCOME_NOTES: Readonly<Record<LiveTiming['outcome'], string | null>> = {
  'in-flight': 'In flight: the figures so far.',
  complete: null,
  aborted: 'The page aborted the request: the figures up to then.',
  error: 'The request failed: the figures up to then.',
  stopped: 'Live was turned off while it was in flight: the figures up to then, until the browser reports the request.',
};

/** A time in ms, or why there is none; `data-ms` holds the exact figure for scripts (e2e compares it with a server's pacing). */
function Since({ ms, none }: { readonly ms: number | null; readonly none: string }) {
  return ms === null ? <span class="missing">{none}</span> : <span data-ms={ms}>{formatDuration(ms)}</span>;
}

/**
 * When each event arrived, as the Live tap saw it in the page (issue 14): time to first byte,
 * first and last token, the gaps between events and where the stream stalled longest, and the
 * events on a timeline. Until the browser's own record confirms the body, all of it is what the
 * page reported, and says so.
 */
export function LiveTimingSection({ timing }: Props) {
  const soFar = timing.outcome === 'in-flight' ? ' so far' : '';
  const note = OUTCOME_NOTES[timing.outcome];
  const stall = timing.gaps?.longest;
  return (
    <DetailSection title="Time per event (Live)" testid="timing-live">
      <div class="timing-tab__block">
        <p class="muted timing-tab__note" data-testid="timing-live-source" data-confirmed={String(timing.confirmed)}>
          {timing.confirmed ? (
            'Times taken in the page by the Live tap as each chunk arrived; the body is the browser’s own record.'
          ) : (
            <>
              <span class="badge badge--warning">reported by the page</span> Times and body as the page’s Live tap reported them;
              {timing.browserBodyMissing
                ? ' the browser’s record of the request came without its body, so they stay.'
                : ' the browser’s record replaces the body once the request ends.'}
            </>
          )}
          {note === null ? null : <span data-testid="timing-live-outcome" data-outcome={timing.outcome}>{` ${note}`}</span>}
          {timing.droppedChunks > 0
            ? ` The tap’s buffer was full: it dropped ${timing.droppedChunks.toLocaleString('en-US')} chunk(s).`
            : ''}
          {timing.untimed > 0 ? ` ${timing.untimed.toLocaleString('en-US')} event(s) have no time: the tap did not see their chunks.` : ''}
        </p>
      </div>
      <FieldList>
        <Field label="time to first byte" testid="timing-ttfb">
          <Since ms={timing.ttfbMs} none="the response headers have not arrived" />
        </Field>
        <Field label="time to first token" testid="timing-ttft">
          <Since ms={timing.ttftMs} none="no token yet" />
        </Field>
        <Field label={`time to last token${soFar}`} testid="timing-ttlt">
          <Since ms={timing.ttltMs} none="no token yet" />
        </Field>
        <Field label="gap between events: median" testid="timing-gap-median">
          <Since ms={timing.gaps?.medianMs ?? null} none="fewer than two events" />
        </Field>
        <Field label="gap between events: p95" testid="timing-gap-p95">
          <Since ms={timing.gaps?.p95Ms ?? null} none="fewer than two events" />
        </Field>
        <Field label="longest stall" testid="timing-longest-stall">
          {stall === undefined ? (
            <span class="missing">fewer than two events</span>
          ) : (
            <span data-ms={stall.ms} data-event={stall.eventIndex}>
              {`${formatDuration(stall.ms)} before event #${stall.eventIndex}, at ${formatDuration(stall.atMs)}`}
            </span>
          )}
        </Field>
      </FieldList>
      <div class="timing-tab__block">
        <EventTimelineChart timing={timing} />
      </div>
    </DetailSection>
  );
}
