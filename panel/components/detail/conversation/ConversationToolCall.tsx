import type { NormalizedToolCall } from '../../../../decode/index';
import { PrettyJson, usePrettyJson } from '../json/PrettyJson';
import type { SchemaChecks } from '../schema/schemaChecks';
import { SchemaMark } from '../schema/SchemaMark';
import { SchemaSpot } from '../schema/SchemaSpot';
import type { ConversationLinks } from './conversationLinks';

type Props = {
  readonly call: NormalizedToolCall;
  /** Position key ("3.0") when this call can be the target of a tool result's link. */
  readonly linkKey: string | null;
  readonly links: ConversationLinks;
  /** A response's call: its issues against the request's schema (a mark) and the spot Validation sent here. */
  readonly schema?: SchemaChecks;
};

/** One tool call inside a turn: name, id, arguments; a link on to the result(s) that answer it. */
export function ConversationToolCall({ call, linkKey, links, schema }: Props) {
  const runs = usePrettyJson(call.function.arguments);
  const resultRuns = usePrettyJson(call.result ?? '');
  const highlighted = linkKey !== null && links.highlighted === linkKey;
  const results = linkKey === null ? [] : links.resultsOf(linkKey);
  return (
    <div
      class={highlighted ? 'conversation-call conversation-call--highlighted' : 'conversation-call'}
      data-testid="conversation-tool-call"
      data-link-key={linkKey ?? undefined}
      data-highlighted={String(highlighted)}
      tabIndex={-1}
    >
      <div class="conversation-call__head">
        <span class="badge">{call.type === 'function' ? 'tool call' : call.type}</span>{' '}
        <span class="tool-call__name" data-testid="conversation-tool-call-name">
          {call.function.name}
        </span>{' '}
        <span class="muted" data-testid="conversation-tool-call-id">
          {/* A call sent without an id (Gemini, Ollama before 0.12) is answered by its tool's name. */}
          {call.id !== '' ? call.id : results.length > 0 ? 'no id: linked by name' : 'no id'}
        </span>
        {results.map((result) => (
          <button
            key={result.key}
            type="button"
            class="link-button"
            data-testid="conversation-call-result-link"
            onClick={() => {
              links.reveal(result.key);
            }}
          >
            result: message #{result.position + 1} ↓
          </button>
        ))}
        {schema === undefined ? null : <SchemaMark issues={schema.issues} onSelect={schema.showInValidation} />}
      </div>
      {schema !== undefined && schema.spot !== null ? (
        <SchemaSpot text={call.function.arguments} checks={schema} name={`the arguments of ${call.function.name}`} />
      ) : call.function.arguments === '' ? (
        <p class="missing">(no arguments)</p>
      ) : (
        <PrettyJson text={call.function.arguments} runs={runs} testid="conversation-tool-call-arguments" />
      )}
      {runs !== null || call.function.arguments === '' ? null : (
        <p class="warning-text" data-testid="conversation-tool-call-invalid">
          arguments are not valid JSON: shown as sent
        </p>
      )}
      {call.result === undefined ? null : (
        // A tool the app's own server ran (an AI SDK route): its output came in the same response.
        <div class="conversation-call__result" data-testid="conversation-tool-call-result">
          <span class="muted">result, from the app's server</span>
          <PrettyJson text={call.result} runs={resultRuns} testid="conversation-tool-call-result-json" />
        </div>
      )}
    </div>
  );
}
