import type { NormalizedToolCall } from '../../../decode/model';
import { prettyJsonText } from '../../format/jsonText';
import { Missing } from './DetailSection';

type Props = { readonly call: NormalizedToolCall };

/** A tool call: function name and id, then its arguments, pretty-printed when they are JSON. */
export function ToolCallView({ call }: Props) {
  const args = prettyJsonText(call.function.arguments);
  return (
    <div class="field tool-call" data-testid="detail-tool-call">
      <dt class="field__label">tool call</dt>
      <dd class="field__value">
        <div class="tool-call__head">
          <span class="tool-call__name" data-testid="detail-tool-call-name">{call.function.name}</span>
          <span class="muted" data-testid="detail-tool-call-id">{call.id === '' ? 'no id' : call.id}</span>
        </div>
        {call.function.arguments === '' ? (
          <Missing text="(no arguments)" />
        ) : (
          <pre class="code-block" data-testid="detail-tool-call-arguments" data-json={args.isJson}>
            {args.text}
          </pre>
        )}
        {args.isJson || call.function.arguments === '' ? null : <span class="warning-text">arguments are not valid JSON</span>}
      </dd>
    </div>
  );
}
