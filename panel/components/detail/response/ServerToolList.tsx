import type { NormalizedServerTool } from '../../../../decode/index';
import { Missing } from '../DetailSection';
import { PrettyJson, usePrettyJson } from '../json/PrettyJson';

/** A result longer than this (characters as sent) starts collapsed: a web search's pages run to kilobytes. */
const COLLAPSE_ABOVE = 400;

/**
 * Tools the provider ran itself (web search, code execution, web fetch), apart from the tool calls
 * the app has to run: name and id, then arguments and result as pretty JSON.
 */
export function ServerToolList({ tools }: { readonly tools: readonly NormalizedServerTool[] }) {
  return (
    <ul class="server-tools" data-testid="detail-server-tools">
      {tools.map((tool, position) => (
        <ServerToolItem key={`${tool.id}-${position}`} tool={tool} />
      ))}
    </ul>
  );
}

function ServerToolItem({ tool }: { readonly tool: NormalizedServerTool }) {
  return (
    <li class="server-tool" data-testid="detail-server-tool">
      <div class="tool-call__head">
        <span class="tool-call__name" data-testid="detail-server-tool-name">
          {tool.name}
        </span>
        <span class="muted" data-testid="detail-server-tool-id">
          {tool.id === '' ? 'no id' : tool.id}
        </span>
        <span class="server-tool__mark">ran by the provider</span>
      </div>
      <div class="server-tool__part">
        <span class="muted">arguments</span>
        {tool.arguments === null ? <Missing text="not sent" /> : <JsonPart text={tool.arguments} testid="detail-server-tool-arguments" />}
      </div>
      <div class="server-tool__part">
        {tool.result === null ? (
          <>
            <span class="muted">result</span> <Missing text="not sent" />
          </>
        ) : (
          <details class="server-tool__result" open={tool.result.length <= COLLAPSE_ABOVE}>
            <summary class="muted" data-testid="detail-server-tool-result-toggle">
              result ({tool.result.length.toLocaleString('en-US')} characters)
            </summary>
            <JsonPart text={tool.result} testid="detail-server-tool-result" />
          </details>
        )}
      </div>
    </li>
  );
}

function JsonPart({ text, testid }: { readonly text: string; readonly testid: string }) {
  const runs = usePrettyJson(text);
  return <PrettyJson text={text} runs={runs} testid={testid} />;
}
