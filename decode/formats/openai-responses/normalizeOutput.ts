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
import { normalizeAnnotation } from '../../normalizeMessage';

/**
 * A response's `output` items read into one assistant message, leniently (whatever the codecs
 * said): the text of every message item's `output_text` parts joined as sent, the reasoning of
 * every reasoning item, `function_call` items as tool calls, and the built-in tools OpenAI ran
 * itself as server tools.
 */

/**
 * Reasoning pieces (summary parts, reasoning_text parts) are separate paragraphs: OpenAI's summary
 * parts each start with their own bold title, so they are joined with a blank line, not run together.
 */
export const REASONING_SEPARATOR = '\n\n';

/** Client-run tools: the app executes them, so they are tool calls; `arguments` as sent. */
const toolCallOf = (item: JsonRecord, type: string): NormalizedToolCall | undefined => {
  if (type === 'function_call') {
    return {
      id: stringAt(item, 'call_id') ?? '',
      type: 'function',
      function: { name: stringAt(item, 'name') ?? '', arguments: stringAt(item, 'arguments') ?? '' },
    };
  }
  if (type === 'custom_tool_call') {
    return {
      id: stringAt(item, 'call_id') ?? '',
      type: 'custom',
      function: { name: stringAt(item, 'name') ?? '', arguments: stringAt(item, 'input') ?? '' },
    };
  }
  return undefined;
};

/** Items of tools that run on the client and are not function tools: not server tools, not shown as calls. */
const CLIENT_ITEMS: ReadonlySet<string> = new Set([
  'computer_call',
  'local_shell_call',
  'shell_call',
  'apply_patch_call',
  'tool_search_call',
]);

const jsonText = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** What the tool was asked: web search's `action`, file search's `queries`, the interpreter's code, an MCP tool's arguments. */
const serverToolArguments = (item: JsonRecord): string | null => {
  if (item.action !== undefined) return jsonText(item.action);
  if (item.queries !== undefined) return jsonText({ queries: item.queries });
  if (item.code !== undefined) return jsonText({ code: item.code, container_id: item.container_id ?? null });
  // mcp_call sends its arguments as JSON text already.
  const sent = stringAt(item, 'arguments');
  return sent ?? jsonText(item.input);
};

/** What it gave back: file search's results, the interpreter's outputs, an MCP tool's output or error, the image. */
const serverToolResult = (item: JsonRecord): string | null =>
  jsonText(item.results ?? item.outputs ?? item.output ?? item.error ?? item.result);

/** A `*_call` item of a built-in tool: named by its type without `_call`, an MCP call by its own name. */
const serverToolOf = (item: JsonRecord, type: string): NormalizedServerTool | undefined => {
  if (!type.endsWith('_call') || CLIENT_ITEMS.has(type)) return undefined;
  const name = type === 'mcp_call' ? (stringAt(item, 'name') ?? 'mcp') : type.slice(0, -'_call'.length);
  return { id: stringAt(item, 'id') ?? '', name, arguments: serverToolArguments(item), result: serverToolResult(item) };
};

/** The texts of a reasoning item: its summary parts, then any raw reasoning_text parts. */
const reasoningTexts = (item: JsonRecord): string[] => {
  const texts: string[] = [];
  for (const part of recordsIn(item.summary)) {
    const text = stringAt(part, 'text');
    if (text !== undefined && text !== '') texts.push(text);
  }
  for (const part of recordsIn(item.content)) {
    const text = stringAt(part, 'text');
    if (stringAt(part, 'type') === 'reasoning_text' && text !== undefined && text !== '') texts.push(text);
  }
  return texts;
};

export const normalizeOutput = (output: unknown): NormalizedMessage => {
  const texts: string[] = [];
  let sawText = false;
  const refusals: string[] = [];
  const reasoning: string[] = [];
  const blocks: NormalizedReasoningBlock[] = [];
  const calls: NormalizedToolCall[] = [];
  const serverTools: NormalizedServerTool[] = [];
  const annotations: NormalizedAnnotation[] = [];
  // Each output_text part's span of the joined text and each server tool, in output order.
  const segments: NormalizedSegment[] = [];
  let length = 0;
  for (const item of recordsIn(output)) {
    const type = stringAt(item, 'type') ?? '';
    if (type === 'message') {
      for (const part of recordsIn(item.content)) {
        const partType = stringAt(part, 'type');
        if (partType === 'output_text') {
          sawText = true;
          const text = stringAt(part, 'text') ?? '';
          texts.push(text);
          segments.push({ type: 'text', start: length, end: length + text.length });
          length += text.length;
          for (const annotation of recordsIn(part.annotations)) annotations.push(normalizeAnnotation(annotation));
        } else if (partType === 'refusal') {
          refusals.push(stringAt(part, 'refusal') ?? '');
        }
      }
    } else if (type === 'reasoning') {
      const itemTexts = reasoningTexts(item);
      reasoning.push(...itemTexts);
      const block: NormalizedReasoningBlock = { type: 'reasoning' };
      if (itemTexts.length > 0) block.text = itemTexts.join(REASONING_SEPARATOR);
      const encrypted = stringAt(item, 'encrypted_content');
      if (encrypted !== undefined) block.data = encrypted;
      if (block.text !== undefined || block.data !== undefined) blocks.push(block);
    } else {
      const call = toolCallOf(item, type);
      if (call !== undefined) calls.push(call);
      const serverTool = call === undefined ? serverToolOf(item, type) : undefined;
      if (serverTool !== undefined) {
        segments.push({ type: 'server_tool', index: serverTools.length });
        serverTools.push(serverTool);
      }
    }
  }
  const message: NormalizedMessage = { role: 'assistant', content: sawText ? texts.join('') : null };
  if (reasoning.length > 0) message.reasoning = reasoning.join(REASONING_SEPARATOR);
  if (refusals.length > 0) message.refusal = refusals.join('');
  if (calls.length > 0) message.tool_calls = calls;
  if (annotations.length > 0) message.annotations = annotations;
  if (serverTools.length > 0) message.server_tools = serverTools;
  if (blocks.length > 0) message.reasoning_blocks = blocks;
  if (serverTools.length > 0 || texts.length > 1) message.segments = segments;
  return message;
};
