import type { JsonRecord } from '../../lenientFields';
import { nonEmptyStringAt, stringAt } from '../../lenientFields';
import type { NormalizedCompletion, NormalizedMessage, NormalizedToolCall } from '../../model';
import { countsOf, createdSeconds, normalizeToolCall, piecesOf, secondsOfTime } from './normalize';
import type { PlainLine } from './plainLine';

export interface OllamaReassembler {
  /** Adds one response object (a JSON body, or an NDJSON line that is not an error). */
  readonly add: (record: JsonRecord) => void;
  /** Adds a plain line (plainLine.ts) as `add` would, from what its reader found. */
  readonly addPlain: (line: PlainLine) => void;
  readonly result: () => NormalizedCompletion;
}

/**
 * Folds Ollama's response objects into one completion with one choice: the text and thinking
 * collected in arrays and joined once (linear in the body), tool calls in order (Ollama sends
 * each call whole, arguments and all, in one line), the model and time from the first line that
 * has them, `done_reason` and each usage count from the last line that reports them. Ollama has
 * no id and no object name: both null. A JSON body is a stream of one.
 */
export const createOllamaReassembler = (): OllamaReassembler => {
  let model: string | null = null;
  let created: number | null = null;
  let role: string | undefined;
  const contentParts: string[] = [];
  let sawContent = false;
  const thinkingParts: string[] = [];
  const toolCalls: NormalizedToolCall[] = [];
  let finishReason: string | null = null;
  let prompt: number | null = null;
  let completion: number | null = null;
  let sawUsage = false;

  /** The text of one object; `role` and `thinking` only when non-empty. */
  const addText = (pieceRole: string | undefined, content: string | undefined, thinking: string | undefined): void => {
    role ??= pieceRole;
    if (content !== undefined) {
      sawContent = true;
      contentParts.push(content);
    }
    if (thinking !== undefined) thinkingParts.push(thinking);
  };

  const add = (record: JsonRecord): void => {
    model ??= nonEmptyStringAt(record, 'model') ?? null;
    created ??= createdSeconds(record) ?? null;
    const pieces = piecesOf(record);
    addText(pieces.role, pieces.content, pieces.thinking);
    for (const call of pieces.toolCalls) toolCalls.push(normalizeToolCall(call));
    const reason = stringAt(record, 'done_reason');
    if (reason !== undefined) finishReason = reason;
    const counts = countsOf(record);
    if (counts.prompt !== undefined) prompt = counts.prompt;
    if (counts.completion !== undefined) completion = counts.completion;
    sawUsage ||= counts.prompt !== undefined || counts.completion !== undefined;
  };

  /** A plain line has no tool calls, finish reason or counts: only the reads above that find something. */
  const addPlain = (line: PlainLine): void => {
    model ??= line.model === '' ? null : line.model;
    created ??= secondsOfTime(line.createdAt) ?? null;
    addText(line.role === '' ? undefined : line.role, line.content, line.thinking === '' ? undefined : line.thinking);
  };

  const result = (): NormalizedCompletion => {
    const message: NormalizedMessage = { role: role ?? 'assistant', content: sawContent ? contentParts.join('') : null };
    const reasoning = thinkingParts.join('');
    if (reasoning !== '') message.reasoning = reasoning;
    if (toolCalls.length > 0) message.tool_calls = toolCalls;
    return {
      id: null,
      object: null,
      created,
      model,
      choices: [{ index: 0, finish_reason: finishReason, message }],
      // Ollama reports no total: it stays null rather than a sum (issue 13).
      usage: sawUsage ? { prompt_tokens: prompt, completion_tokens: completion, total_tokens: null } : null,
    };
  };

  return { add, addPlain, result };
};
