import { Missing } from './DetailSection';
import { PrettyJson, usePrettyJson } from './json/PrettyJson';

type Props = {
  /** "tool call", or "function_call" for the deprecated single call of older OpenAI responses. */
  readonly label: string;
  readonly name: string;
  /** null for function_call, which has no id. */
  readonly callId: string | null;
  readonly args: string;
  /** What the tool returned, when the response carries it (an AI SDK route runs the app's tools itself). */
  readonly result?: string;
};

/** A tool call: function name and id, then its arguments, pretty-printed (numbers as sent) when they are JSON. */
export function ToolCallView({ label, name, callId, args, result }: Props) {
  const runs = usePrettyJson(args);
  const resultRuns = usePrettyJson(result ?? '');
  return (
    <div class="field tool-call" data-testid="detail-tool-call">
      <dt class="field__label">{label}</dt>
      <dd class="field__value">
        <div class="tool-call__head">
          <span class="tool-call__name" data-testid="detail-tool-call-name">
            {name}
          </span>
          {callId === null ? null : (
            <span class="muted" data-testid="detail-tool-call-id">
              {callId === '' ? 'no id' : callId}
            </span>
          )}
        </div>
        {args === '' ? <Missing text="(no arguments)" /> : <PrettyJson text={args} runs={runs} testid="detail-tool-call-arguments" />}
        {runs !== null || args === '' ? null : (
          <span class="warning-text" data-testid="detail-tool-call-invalid-json">
            arguments are not valid JSON: shown as sent
          </span>
        )}
        {result === undefined ? null : (
          <div class="tool-call__result" data-testid="detail-tool-call-result">
            <span class="muted">result</span>
            <PrettyJson text={result} runs={resultRuns} testid="detail-tool-call-result-json" />
          </div>
        )}
      </dd>
    </div>
  );
}
