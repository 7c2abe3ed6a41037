import type { NormalizedServerTool } from '../../../../decode/index';
import { Missing } from '../DetailSection';
import { PrettyJson, usePrettyJson } from '../json/PrettyJson';

/**
 * A tool the provider ran itself (web search, code execution) in the answer: its own kind of item,
 * not a tool call, since the app neither runs it nor sends a result back.
 */
export function ConversationServerTool({ tool }: { readonly tool: NormalizedServerTool }) {
  return (
    <div class="tool-call server-tool-turn" data-testid="conversation-server-tool">
      <div class="tool-call__head">
        <span class="tool-call__name" data-testid="conversation-server-tool-name">
          {tool.name}
        </span>{' '}
        <span class="badge" data-testid="conversation-server-tool-mark">
          ran by the provider
        </span>
      </div>
      <ServerToolJson label="arguments" text={tool.arguments} testid="conversation-server-tool-arguments" />
      <details class="server-tool-turn__result">
        <summary class="muted">result</summary>
        <ServerToolJson label="" text={tool.result} testid="conversation-server-tool-result" />
      </details>
    </div>
  );
}

function ServerToolJson({ label, text, testid }: { readonly label: string; readonly text: string | null; readonly testid: string }) {
  const runs = usePrettyJson(text ?? '');
  return (
    <div>
      {label === '' ? null : <span class="muted">{label} </span>}
      {text === null ? <Missing text="not sent" /> : <PrettyJson text={text} runs={runs} testid={testid} />}
    </div>
  );
}
