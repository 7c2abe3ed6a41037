import type { JsonRecord } from '../../lenientFields';
import { recordsIn, stringAt } from '../../lenientFields';
import type {
  NormalizedAnnotation,
  NormalizedMessage,
  NormalizedReasoningBlock,
  NormalizedSegment,
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

/** Blocks that ask for a tool Anthropic (or an MCP server it connects to) runs, not the app. */
const SERVER_TOOL_USE = new Set(['server_tool_use', 'mcp_tool_use']);

/** A server tool's result block: `web_search_tool_result`, `code_execution_tool_result`, ..., `mcp_tool_result`. */
const isServerToolResult = (type: string): boolean => type.endsWith('_tool_result');

/**
 * A tool's arguments as JSON text: a stream's fragments as sent (the first is always empty, so an
 * empty join means none came), else the JSON of the block's `input`; "{}" when there is neither.
 */
const argumentsOf = (block: JsonRecord, inputText: string | undefined): string => {
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

/**
 * A message's blocks, the JSON body's as sent or a stream's as built; `inputTexts[i]` is block i's
 * joined `input_json_delta` fragments, when a stream sent any.
 */
export const messageFromBlocks = (
  role: string,
  blocks: readonly JsonRecord[],
  inputTexts?: readonly (string | undefined)[],
): NormalizedMessage => {
  // Each list is made when its first entry comes: a message has one or two kinds of block, and
  // this runs once per exchange.
  let texts: string[] | undefined;
  let thoughts: string[] | undefined;
  let reasoningBlocks: NormalizedReasoningBlock[] | undefined;
  let toolCalls: NormalizedToolCall[] | undefined;
  let annotations: NormalizedAnnotation[] | undefined;
  let serverTools: NormalizedServerTool[] | undefined;
  let serverToolsById: Map<string, NormalizedServerTool> | undefined;
  // Where each text block and server tool came, for a view that shows a search between two paragraphs.
  const segments: NormalizedSegment[] = [];
  let length = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] ?? {};
    const type = stringAt(block, 'type') ?? '';
    if (type === 'text') {
      const text = stringAt(block, 'text') ?? '';
      (texts ??= []).push(text);
      for (const citation of recordsIn(block.citations)) (annotations ??= []).push(annotationOf(citation, length, length + text.length));
      segments.push({ type: 'text', start: length, end: length + text.length });
      length += text.length;
    } else if (type === 'thinking') {
      const text = stringAt(block, 'thinking') ?? '';
      (thoughts ??= []).push(text);
      const reasoning: NormalizedReasoningBlock = { type, text };
      const signature = stringAt(block, 'signature');
      if (signature !== undefined) reasoning.signature = signature;
      (reasoningBlocks ??= []).push(reasoning);
    } else if (type === 'redacted_thinking') {
      const reasoning: NormalizedReasoningBlock = { type };
      const data = stringAt(block, 'data');
      if (data !== undefined) reasoning.data = data;
      (reasoningBlocks ??= []).push(reasoning);
    } else if (type === 'tool_use') {
      (toolCalls ??= []).push({
        id: stringAt(block, 'id') ?? '',
        type: 'function',
        function: { name: stringAt(block, 'name') ?? '', arguments: argumentsOf(block, inputTexts?.[index]) },
      });
    } else if (SERVER_TOOL_USE.has(type)) {
      const tool: NormalizedServerTool = {
        id: stringAt(block, 'id') ?? '',
        name: stringAt(block, 'name') ?? '',
        arguments: argumentsOf(block, inputTexts?.[index]),
        result: null,
      };
      segments.push({ type: 'server_tool', index: (serverTools ??= []).length });
      serverTools.push(tool);
      (serverToolsById ??= new Map()).set(tool.id, tool);
    } else if (isServerToolResult(type)) {
      const id = stringAt(block, 'tool_use_id') ?? '';
      const result = block.content === undefined ? null : JSON.stringify(block.content);
      const tool = serverToolsById?.get(id);
      // A result whose call is not in this message (sent in an earlier turn): shown on its own.
      if (tool === undefined) {
        segments.push({ type: 'server_tool', index: (serverTools ??= []).length });
        serverTools.push({ id, name: type.slice(0, -'_tool_result'.length), arguments: null, result });
      } else tool.result = result;
    }
  }
  const message: NormalizedMessage = { role, content: texts === undefined ? null : joinedText(texts) };
  if (thoughts !== undefined) message.reasoning = joinedText(thoughts);
  if (reasoningBlocks !== undefined) message.reasoning_blocks = reasoningBlocks;
  if (toolCalls !== undefined) message.tool_calls = toolCalls;
  if (annotations !== undefined) message.annotations = annotations;
  if (serverTools !== undefined) message.server_tools = serverTools;
  if (serverTools !== undefined || (texts?.length ?? 0) > 1) message.segments = segments;
  return message;
};

/** The texts as one; most messages have one text block, which needs no join. */
const joinedText = (texts: readonly string[]): string => (texts.length === 1 ? (texts[0] ?? '') : texts.join(''));
