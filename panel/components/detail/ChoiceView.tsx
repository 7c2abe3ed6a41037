import type { FormatInfo, NormalizedChoice } from '../../../decode/index';
import { nativeLabel } from '../../format/nativeFieldLabels';
import { Field, FieldList, Missing } from './DetailSection';
import { AnnotationList } from './response/AnnotationList';
import { LogprobsView } from './response/LogprobsView';
import { ReasoningBlockList } from './response/ReasoningBlockList';
import { ServerToolList } from './response/ServerToolList';
import { LongText } from './text/LongText';
import { ToolCallView } from './ToolCallView';

type Props = {
  readonly choice: NormalizedChoice;
  /** The exchange's wire format: finish_reason is shown under its own name (`stop_reason`, `finishReason`). */
  readonly format: FormatInfo;
};

/**
 * One choice: role, content as text, reasoning/refusal when present, reasoning blocks, tool calls,
 * the provider's own tools, annotations, finish_reason, logprobs.
 */
export function ChoiceView({ choice, format }: Props) {
  const { message } = choice;
  return (
    <article class="choice" data-testid="detail-choice">
      <h4 class="choice__title">
        Choice <span data-testid="detail-choice-index">{choice.index}</span>
      </h4>
      <FieldList>
        <Field label="role" testid="detail-choice-role" mono>
          {message.role}
        </Field>
        <Field label="content" testid="detail-choice-content">
          {message.content === null ? (
            <Missing text="null" />
          ) : message.content === '' ? (
            <Missing text="(empty)" />
          ) : (
            <LongText text={message.content} class="text-block" />
          )}
        </Field>
        {message.reasoning === undefined ? null : (
          <Field label="reasoning" testid="detail-choice-reasoning">
            <LongText text={message.reasoning} class="text-block" />
          </Field>
        )}
        {message.reasoning_blocks === undefined || message.reasoning_blocks.length === 0 ? null : (
          <Field label="reasoning blocks" testid="detail-choice-reasoning-blocks">
            <ReasoningBlockList blocks={message.reasoning_blocks} />
          </Field>
        )}
        {message.refusal === undefined ? null : (
          <Field label="refusal" testid="detail-choice-refusal">
            <LongText text={message.refusal} class="text-block" />
          </Field>
        )}
        {(message.tool_calls ?? []).map((call, position) => (
          <ToolCallView
            key={`${call.id}-${position}`}
            label="tool call"
            name={call.function.name}
            callId={call.id}
            args={call.function.arguments}
            {...(call.result === undefined ? {} : { result: call.result })}
          />
        ))}
        {message.function_call === undefined ? null : (
          <ToolCallView label="function_call" name={message.function_call.name} callId={null} args={message.function_call.arguments} />
        )}
        {message.server_tools === undefined || message.server_tools.length === 0 ? null : (
          <Field label="server tools" testid="detail-choice-server-tools">
            <ServerToolList tools={message.server_tools} />
          </Field>
        )}
        <Field label={nativeLabel(format, 'finish_reason')} testid="detail-choice-finish-reason" mono>
          {choice.finish_reason === null ? (
            <Missing text={format.name === 'openai-chat' ? 'null' : 'not reported'} />
          ) : (
            choice.finish_reason
          )}
        </Field>
        {message.annotations === undefined ? null : (
          <Field label="annotations" testid="detail-choice-annotations">
            <AnnotationList annotations={message.annotations} />
          </Field>
        )}
        {choice.logprobs === undefined ? null : (
          <Field label="logprobs" testid="detail-choice-logprobs">
            <LogprobsView logprobs={choice.logprobs} />
          </Field>
        )}
      </FieldList>
    </article>
  );
}
