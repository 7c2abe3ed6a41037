import { useMemo } from 'preact/hooks';
import { formatClockTime } from '../../../format/time';
import { streamEnds } from '../../../format/contractNames';
import { DetailSection, Field, FieldList } from '../DetailSection';
import { StreamEventBrowser } from '../events/StreamEventBrowser';
import { streamEventsOf } from '../events/streamEvents';
import type { DetailTabProps } from '../tabs/tabProps';
import { liveTiming } from '../../../timing/liveTiming';
import { LiveSpeedText } from './LiveSpeedText';
import { LiveTimingSection } from './LiveTimingSection';
import { OutputSpeedText } from './OutputSpeedText';
import { outputSpeed, timingBreakdown } from './harPhases';
import { TimingWaterfall } from './TimingWaterfall';
import './timing.css';

/**
 * How long the exchange took and, for a stream, what arrived: the HAR phases as a waterfall,
 * the total, the output speed, and every event in order. A stream the Live tap saw (issue 14)
 * also gets its time per event: first byte, first and last token, gaps, stalls, a timeline.
 */
export function TimingTab({ captured, decoded }: DetailTabProps) {
  const breakdown = timingBreakdown(captured.timings, captured.durationMs);
  const stream = useMemo(() => streamEventsOf(captured, decoded), [captured, decoded]);
  const speed = outputSpeed(decoded.completion?.usage?.completion_tokens ?? null, captured.timings, decoded.stream !== null);
  // Framing the body again and reading every event: once per exchange shown, not per render.
  const live = useMemo(() => liveTiming(captured, decoded, stream?.events), [captured, decoded, stream]);
  return (
    <div class="timing-tab" data-testid="timing-tab">
      <DetailSection title="Timing" testid="timing-section">
        <div class="timing-tab__block">
          <p class="muted timing-tab__started">
            Started at <span data-testid="timing-started">{formatClockTime(captured.startedAt)}</span>
          </p>
          <TimingWaterfall breakdown={breakdown} />
        </div>
        <FieldList>
          <Field label="output speed" testid="timing-tokens-per-second">
            {live === null ? <OutputSpeedText speed={speed} /> : <LiveSpeedText speed={live.speed} />}
          </Field>
        </FieldList>
      </DetailSection>
      {live === null ? null : <LiveTimingSection timing={live} />}
      {decoded.stream === null || stream === null ? null : (
        <DetailSection title={`Stream events (${decoded.stream.events.toLocaleString('en-US')})`} testid="timing-stream">
          <FieldList>
            <Field label="events" testid="timing-stream-events">
              {decoded.stream.events.toLocaleString('en-US')}
            </Field>
            {decoded.stream.comments === undefined || decoded.stream.comments === 0 ? null : (
              <Field label="comment lines" testid="timing-stream-comments">
                {decoded.stream.comments.toLocaleString('en-US')}
              </Field>
            )}
            <Field label={`ended with ${streamEnds[decoded.format]}`} testid="timing-stream-done">
              {decoded.stream.done ? 'yes' : 'no'}
            </Field>
          </FieldList>
          <div class="timing-tab__block">
            <p class="muted timing-tab__note" data-testid="timing-events-note">
              {live === null ? (
                <>
                  The browser records when the response started and finished, not when each event arrived, so events are listed in order
                  without times of their own. Turn on Live in the toolbar before the request to record when each event arrives.
                </>
              ) : (
                'Each event’s arrival time is on the timeline above and in the list.'
              )}
              {stream.from === 'body' ? ' Events parsed by the panel from the body.' : ''}
            </p>
            <StreamEventBrowser
              events={stream.events}
              label="Stream events"
              testid="timing-events"
              arrivedMs={live === null ? undefined : live.timeOfListed}
            />
          </div>
        </DetailSection>
      )}
    </div>
  );
}
