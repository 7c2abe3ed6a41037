import type { TimingBreakdown } from './harPhases';
import { formatDuration } from '../../../format/duration';

type Props = { readonly breakdown: TimingBreakdown };

/**
 * One row per HAR phase: its name, a bar placed on the request's timeline, its duration. Bar
 * offsets and widths are percentages set through Preact style objects (CSSOM, which the panel's
 * `style-src 'self'` CSP allows, unlike style attributes).
 */
export function TimingWaterfall({ breakdown }: Props) {
  const { phases, timelineMs, totalMs } = breakdown;
  const percent = (ms: number): string => `${timelineMs > 0 ? Math.min(100, (ms / timelineMs) * 100) : 0}%`;
  return (
    <table class="timing-waterfall" data-testid="timing-waterfall">
      <tbody>
        {phases.map((phase) => (
          <tr key={phase.name} class="timing-waterfall__row" data-testid="timing-phase" data-phase={phase.name}>
            <th scope="row" class="timing-waterfall__label">
              {phase.label}
            </th>
            <td class="timing-waterfall__track">
              {phase.ms === null ? null : (
                <span
                  class={`timing-waterfall__bar timing-waterfall__bar--${phase.name}`}
                  style={{ marginLeft: percent(phase.startMs), width: percent(phase.ms) }}
                />
              )}
            </td>
            <td class="timing-waterfall__value" data-testid="timing-phase-value">
              {phase.ms === null ? '—' : formatDuration(phase.ms)}
            </td>
          </tr>
        ))}
        <tr class="timing-waterfall__row timing-waterfall__row--total">
          <th scope="row" class="timing-waterfall__label">
            Total
          </th>
          <td class="timing-waterfall__track" />
          <td class="timing-waterfall__value" data-testid="timing-total">
            {totalMs === null ? 'not recorded' : formatDuration(totalMs)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
