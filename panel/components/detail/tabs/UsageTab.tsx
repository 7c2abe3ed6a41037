import type { NormalizedUsage } from '../../../../decode/index';
import { formatInfo } from '../../../../decode/index';
import { CountText } from '../precise/CountText';
import { UsageBar } from '../usage/UsageBar';
import { UsageDetails, UsageExtras } from '../usage/UsageDetails';
import { UsageMismatchWarning } from '../usage/UsageMismatchWarning';
import '../usage/usage.css';
import type { DetailTabProps } from './tabProps';

/**
 * decode/ lists detail counts the contract does not name (OpenRouter's video_tokens) as extensions
 * too; they are already in the details list, so they are not repeated among the extras.
 */
function shownAsDetail(path: string, usage: NormalizedUsage | null): boolean {
  const [, side, name] = /^usage\.(prompt|completion)_tokens_details\.([^.]+)$/.exec(path) ?? [];
  if (name === undefined) return false;
  const details = side === 'prompt' ? usage?.prompt_tokens_details : usage?.completion_tokens_details;
  return details !== undefined && name in details;
}

/** Token usage: the three counts, their details, a prompt/completion bar, provider extras, and whether they add up. */
export function UsageTab({ decoded }: DetailTabProps) {
  const usage = decoded.completion?.usage ?? null;
  const extras = (decoded.extensions ?? []).filter(
    (extension) => extension.path.startsWith('usage.') && !shownAsDetail(extension.path, usage),
  );
  if (usage === null) {
    return (
      <div class="usage-tab">
        <p class="notice" data-testid="usage-not-reported">
          Usage not reported.
          {decoded.kind === 'stream' && decoded.format === 'openai-chat'
            ? ' A stream reports usage only when the request asks for it (stream_options: {"include_usage": true}).'
            : ''}
        </p>
        <UsageExtras extras={extras} />
      </div>
    );
  }
  // Each count under the name its format gives it (Anthropic's input_tokens, Gemini's promptTokenCount).
  const { label: formatLabel, nativeNames: native } = formatInfo(decoded.format);
  const counts = [
    { label: 'prompt', key: 'prompt_tokens', name: native.prompt_tokens, value: usage.prompt_tokens },
    { label: 'completion', key: 'completion_tokens', name: native.completion_tokens, value: usage.completion_tokens },
    { label: 'total', key: 'total_tokens', name: native.total_tokens, value: usage.total_tokens },
  ] as const;
  return (
    <div class="usage-tab">
      <UsageMismatchWarning usage={usage} format={decoded.format} />
      <dl class="usage-counts">
        {counts.map((item) => (
          <div class="usage-counts__item" key={item.key}>
            <dt>
              {item.label} <code class="muted">{item.name ?? `not in ${formatLabel}`}</code>
            </dt>
            <dd class={item.value === null ? 'usage-counts__value missing' : 'usage-counts__value'} data-testid={`usage-${item.label}`}>
              <CountText
                value={item.value}
                path={`usage.${item.key}`}
                precise={decoded.preciseNumbers}
                notReported={item.name === null ? `not reported by ${formatLabel}` : 'not reported'}
              />
            </dd>
          </div>
        ))}
      </dl>
      <UsageBar usage={usage} />
      <UsageDetails title="Prompt details" side="prompt" details={usage.prompt_tokens_details} precise={decoded.preciseNumbers} />
      <UsageDetails
        title="Completion details"
        side="completion"
        details={usage.completion_tokens_details}
        precise={decoded.preciseNumbers}
      />
      <UsageExtras extras={extras} />
    </div>
  );
}
