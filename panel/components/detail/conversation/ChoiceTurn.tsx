import type { FormatInfo, NormalizedChoice, NormalizedMessage } from '../../../../decode/index';
import { nativeLabel } from '../../../format/nativeFieldLabels';
import type { MessageFormat } from '../../../settings/panelSettings';
import { AnnotationList } from '../response/AnnotationList';
import { AnswerSequence, unplacedServerTools } from './AnswerSequence';
import type { SchemaChecksOf } from '../schema/schemaChecks';
import { SchemaMark } from '../schema/SchemaMark';
import { SchemaSpot } from '../schema/SchemaSpot';
import { ConversationServerTool } from './ConversationServerTool';
import { ConversationToolCall } from './ConversationToolCall';
import type { ConversationLinks } from './conversationLinks';
import { MessageText } from './MessageText';

type Props = {
  readonly choice: NormalizedChoice;
  readonly format: MessageFormat;
  /** The exchange's wire format: why it stopped is named as the format names it (`stop_reason`). */
  readonly wire: FormatInfo;
  readonly links: ConversationLinks;
  /** The choice's position in the completion's choices: schema issues name it so (`choices[0]`). */
  readonly position: number;
  readonly schema: SchemaChecksOf;
};

/**
 * The response's message as the conversation's next turn: reasoning (marked when signed or
 * redacted), refusal, content, tool calls, the tools the provider ran, citations, why it stopped.
 */
export function ChoiceTurn({ choice, format, wire, links, position, schema }: Props) {
  const { message } = choice;
  const contentChecks = schema({ kind: 'content', choice: position });
  const marks = reasoningMarks(message);
  // Text blocks and server tools in the response's order, unless the content is shown at a schema issue's spot.
  const segments = message.content !== null && contentChecks.spot === null ? message.segments : undefined;
  const serverTools = message.server_tools ?? [];
  return (
    <div class="turn__body">
      {message.reasoning === undefined && marks.length === 0 ? null : (
        <details class="reasoning" data-testid="conversation-reasoning">
          <summary>
            Reasoning <span class="muted">({(message.reasoning ?? '').length.toLocaleString('en-US')} characters)</span>
            {marks.map((mark) => (
              <span key={mark} class="badge reasoning__mark" data-testid="conversation-reasoning-mark" data-mark={mark}>
                {mark}
              </span>
            ))}
          </summary>
          {message.reasoning === undefined ? null : (
            <MessageText text={message.reasoning} format={format} testid="conversation-reasoning-text" />
          )}
        </details>
      )}
      {message.refusal === undefined ? null : (
        <div class="refusal" data-testid="conversation-refusal" role="note">
          <span class="badge badge--warning">refusal</span>
          <p class="refusal__text" data-testid="conversation-refusal-text">
            {message.refusal}
          </p>
        </div>
      )}
      {contentChecks.issues.length === 0 ? null : (
        <p class="schema-mark-line">
          <SchemaMark issues={contentChecks.issues} onSelect={contentChecks.showInValidation} />
        </p>
      )}
      {segments !== undefined && message.content !== null ? (
        <AnswerSequence content={message.content} segments={segments} serverTools={serverTools} format={format} />
      ) : message.content !== null && contentChecks.spot !== null ? (
        <SchemaSpot text={message.content} checks={contentChecks} name={`the content of choice ${position}`} />
      ) : message.content === null && (message.refusal !== undefined || message.tool_calls !== undefined) ? null : (
        <MessageText text={message.content} format={format} />
      )}
      {(message.tool_calls ?? []).map((call, index) => (
        <ConversationToolCall
          key={index}
          call={call}
          linkKey={null}
          links={links}
          schema={schema({ kind: 'tool_call', choice: position, index })}
        />
      ))}
      {message.function_call === undefined ? null : (
        <ConversationToolCall
          call={{ id: '', type: 'function_call', function: message.function_call }}
          linkKey={null}
          links={links}
          schema={schema({ kind: 'function_call', choice: position })}
        />
      )}
      {(segments === undefined ? serverTools : unplacedServerTools(segments, serverTools)).map((tool, index) => (
        <ConversationServerTool key={index} tool={tool} />
      ))}
      {message.annotations === undefined || message.annotations.length === 0 ? null : (
        <div class="turn__citations" data-testid="conversation-citations">
          <span class="muted">Sources</span>
          <AnnotationList annotations={message.annotations} />
        </div>
      )}
      <p class="turn__finish muted">
        {nativeLabel(wire, 'finish_reason')}{' '}
        <code data-testid="conversation-finish-reason">
          {choice.finish_reason ?? (wire.name === 'openai-chat' ? 'null' : 'not reported')}
        </code>
      </p>
    </div>
  );
}

/**
 * What the joined reasoning text cannot say: "signed" when a block carried a signature the app
 * must send back, "redacted" when the provider sent only encrypted data (Anthropic's
 * redacted_thinking), so the text shown is not all the model thought.
 */
function reasoningMarks(message: NormalizedMessage): string[] {
  const blocks = message.reasoning_blocks ?? [];
  const marks: string[] = [];
  if (blocks.some((block) => block.signature !== undefined)) marks.push('signed');
  if (blocks.some((block) => block.data !== undefined && block.text === undefined)) marks.push('redacted');
  return marks;
}
