import type { NormalizedChoice } from '../../../decode/index';
import { Field, FieldList, Missing } from './DetailSection';
import { AnnotationList } from './response/AnnotationList';
import { LogprobsView } from './response/LogprobsView';
import { LongText } from './text/LongText';
import { ToolCallView } from './ToolCallView';

type Props = { readonly choice: NormalizedChoice };

/** One choice: role, content as text, reasoning/refusal when present, tool calls, annotations, finish_reason, logprobs. */
export function ChoiceView({ choice }: Props) {
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
          />
        ))}
        {message.function_call === undefined ? null : (
          <ToolCallView label="function_call" name={message.function_call.name} callId={null} args={message.function_call.arguments} />
        )}
        <Field label="finish_reason" testid="detail-choice-finish-reason" mono>
          {choice.finish_reason === null ? <Missing text="null" /> : choice.finish_reason}
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
