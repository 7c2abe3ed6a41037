import type { JsonRecord } from '../../lenientFields';
import { recordsIn, stringAt } from '../../lenientFields';
import type {
  NormalizedAnnotation,
  NormalizedMessage,
  NormalizedReasoningBlock,
  NormalizedServerTool,
  NormalizedToolCall,
} from '../../model';

/**
 * An assistant message's content blocks turned into the normalized message: text blocks joined
 * into `content` (their citations into `annotations`), thinking into `reasoning` and
 * `reasoning_blocks`, tool_use into `tool_calls`, and the tools Anthropic ran itself
 * (server_tool_use, mcp_tool_use) paired with their result blocks into `server_tools`. The JSON
 * body and a reassembled stream both come here, so both read alike.
 */

/** A content block as normalization reads it. */
export interface ReadBlock {
  /** The block as sent; in a stream, as content_block_start began it with its deltas joined in. */
  readonly block: JsonRecord;
  /** A stream's joined `input_json_delta` fragments for a tool block; undefined in a JSON body. */
  readonly inputText?: string;
}

/** Blocks that ask for a tool Anthropic (or an MCP server it connects to) runs, not the app. */
const SERVER_TOOL_USE = new Set(['server_tool_use', 'mcp_tool_use']);

/** A server tool's result block: `web_search_tool_result`, `code_execution_tool_result`, ..., `mcp_tool_result`. */
const isServerToolResult = (type: string): boolean => type.endsWith('_tool_result');

/**
 * A tool's arguments as JSON text: a stream's fragments as sent (the first is always empty, so an
 * empty join means none came), else the JSON of the block's `input`; "{}" when there is neither.
 */
const argumentsOf = ({ block, inputText }: ReadBlock): string => {
  if (inputText !== undefined && inputText !== '') return inputText;
  const input = block.input;
  return input === undefined ? '{}' : JSON.stringify(input);
};

/** Where a citation points; `char_location` and kin name a document rather than a URL. */
const annotationOf = (citation: JsonRecord, start: number, end: number): NormalizedAnnotation => ({
  type: stringAt(citation, 'type') ?? '',
  url: stringAt(citation, 'url') ?? null,
  title: stringAt(citation, 'title') ?? stringAt(citation, 'document_title') ?? null,
  // A citation belongs to its whole text block: its span in the joined content.
  start_index: start,
  end_index: end,
});

export const messageFromBlocks = (role: string, blocks: readonly ReadBlock[]): NormalizedMessage => {
  const texts: string[] = [];
  const thoughts: string[] = [];
  const reasoningBlocks: NormalizedReasoningBlock[] = [];
  const toolCalls: NormalizedToolCall[] = [];
  const annotations: NormalizedAnnotation[] = [];
  const serverTools: NormalizedServerTool[] = [];
  const serverToolsById = new Map<string, NormalizedServerTool>();
  let length = 0;
  let sawText = false;
  let sawThinking = false;
  for (const read of blocks) {
    const { block } = read;
    const type = stringAt(block, 'type') ?? '';
    if (type === 'text') {
      const text = stringAt(block, 'text') ?? '';
      sawText = true;
      texts.push(text);
      for (const citation of recordsIn(block.citations)) annotations.push(annotationOf(citation, length, length + text.length));
      length += text.length;
    } else if (type === 'thinking') {
      const text = stringAt(block, 'thinking') ?? '';
      sawThinking = true;
      thoughts.push(text);
      const reasoning: NormalizedReasoningBlock = { type, text };
      const signature = stringAt(block, 'signature');
      if (signature !== undefined) reasoning.signature = signature;
      reasoningBlocks.push(reasoning);
    } else if (type === 'redacted_thinking') {
      const reasoning: NormalizedReasoningBlock = { type };
      const data = stringAt(block, 'data');
      if (data !== undefined) reasoning.data = data;
      reasoningBlocks.push(reasoning);
    } else if (type === 'tool_use') {
      toolCalls.push({
        id: stringAt(block, 'id') ?? '',
        type: 'function',
        function: { name: stringAt(block, 'name') ?? '', arguments: argumentsOf(read) },
      });
    } else if (SERVER_TOOL_USE.has(type)) {
      const tool: NormalizedServerTool = {
        id: stringAt(block, 'id') ?? '',
        name: stringAt(block, 'name') ?? '',
        arguments: argumentsOf(read),
        result: null,
      };
      serverTools.push(tool);
      serverToolsById.set(tool.id, tool);
    } else if (isServerToolResult(type)) {
      const id = stringAt(block, 'tool_use_id') ?? '';
      const result = block.content === undefined ? null : JSON.stringify(block.content);
      const tool = serverToolsById.get(id);
      // A result whose call is not in this message (sent in an earlier turn): shown on its own.
      if (tool === undefined) serverTools.push({ id, name: type.slice(0, -'_tool_result'.length), arguments: null, result });
      else tool.result = result;
    }
  }
  const message: NormalizedMessage = { role, content: sawText ? texts.join('') : null };
  if (sawThinking) message.reasoning = thoughts.join('');
  if (reasoningBlocks.length > 0) message.reasoning_blocks = reasoningBlocks;
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (annotations.length > 0) message.annotations = annotations;
  if (serverTools.length > 0) message.server_tools = serverTools;
  return message;
};
