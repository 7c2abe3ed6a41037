import { prettyJsonText } from '../../format/jsonText';
import { Missing } from './DetailSection';

type Props = {
  /** "tool call", or "function_call" for the deprecated single call of older OpenAI responses. */
  readonly label: string;
  readonly name: string;
  /** null for function_call, which has no id. */
  readonly callId: string | null;
  readonly args: string;
};

/** A tool call: function name and id, then its arguments, pretty-printed when they are JSON. */
export function ToolCallView({ label, name, callId, args }: Props) {
  const pretty = prettyJsonText(args);
  return (
    <div class="field tool-call" data-testid="detail-tool-call">
      <dt class="field__label">{label}</dt>
      <dd class="field__value">
        <div class="tool-call__head">
          <span class="tool-call__name" data-testid="detail-tool-call-name">{name}</span>
          {callId === null ? null : (
            <span class="muted" data-testid="detail-tool-call-id">{callId === '' ? 'no id' : callId}</span>
          )}
        </div>
        {args === '' ? (
          <Missing text="(no arguments)" />
        ) : (
          <pre class="code-block" data-testid="detail-tool-call-arguments" data-json={pretty.isJson}>
            {pretty.text}
          </pre>
        )}
        {pretty.isJson || args === '' ? null : (
          <span class="warning-text" data-testid="detail-tool-call-invalid-json">arguments are not valid JSON: shown as sent</span>
        )}
      </dd>
    </div>
  );
}
