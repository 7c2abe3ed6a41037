import type { JsonRecord } from '../../lenientFields';
import { nonEmptyStringAt, stringAt } from '../../lenientFields';
import type { NormalizedCompletion, NormalizedMessage, NormalizedToolCall } from '../../model';
import { secondsOfTime } from './goTime';
import { countsOf, createdSeconds, normalizeToolCall, piecesOf } from './normalize';
import type { PlainLine } from './plainLine';

export interface OllamaReassembler {
  /** Adds one response object (a JSON body, or an NDJSON line that is not an error). */
  add(record: JsonRecord): void;
  /** Adds a plain line (plainLine.ts) as `add` would, from what its reader found. */
  addPlain(line: PlainLine): void;
  result(): NormalizedCompletion;
}

/**
 * Folds Ollama's response objects into one completion with one choice: the text and thinking
 * collected in arrays and joined once (linear in the body), tool calls in order (Ollama sends
 * each call whole, arguments and all, in one line), the model and time from the first line that
 * has them, `done_reason` and each usage count from the last line that reports them. Ollama has
 * no id and no object name: both null. A JSON body is a stream of one. A class, not closures over
 * local state: one object per body instead of one per method (each JSON body makes one).
 */
class OllamaFold implements OllamaReassembler {
  #model: string | null = null;
  #created: number | null = null;
  #role: string | undefined = undefined;
  readonly #contentParts: string[] = [];
  #sawContent = false;
  readonly #thinkingParts: string[] = [];
  readonly #toolCalls: NormalizedToolCall[] = [];
  #finishReason: string | null = null;
  #prompt: number | null = null;
  #completion: number | null = null;
  #sawUsage = false;

  add(record: JsonRecord): void {
    this.#model ??= nonEmptyStringAt(record, 'model') ?? null;
    this.#created ??= createdSeconds(record) ?? null;
    const pieces = piecesOf(record);
    this.#addText(pieces.role, pieces.content, pieces.thinking);
    for (const call of pieces.toolCalls) this.#toolCalls.push(normalizeToolCall(call));
    const reason = stringAt(record, 'done_reason');
    if (reason !== undefined) this.#finishReason = reason;
    const counts = countsOf(record);
    if (counts.prompt !== undefined) this.#prompt = counts.prompt;
    if (counts.completion !== undefined) this.#completion = counts.completion;
    this.#sawUsage ||= counts.prompt !== undefined || counts.completion !== undefined;
  }

  /** A plain line has no tool calls: the reads of `add` from what its reader found. */
  addPlain(line: PlainLine): void {
    this.#model ??= line.model === '' ? null : line.model;
    this.#created ??= secondsOfTime(line.createdAt) ?? null;
    this.#addText(line.role === '' ? undefined : line.role, line.content, line.thinking === '' ? undefined : line.thinking);
    if (line.finishReason !== undefined) this.#finishReason = line.finishReason;
    if (line.prompt !== undefined) this.#prompt = line.prompt;
    if (line.completion !== undefined) this.#completion = line.completion;
    this.#sawUsage ||= line.prompt !== undefined || line.completion !== undefined;
  }

  result(): NormalizedCompletion {
    const message: NormalizedMessage = { role: this.#role ?? 'assistant', content: this.#sawContent ? this.#contentParts.join('') : null };
    const reasoning = this.#thinkingParts.join('');
    if (reasoning !== '') message.reasoning = reasoning;
    if (this.#toolCalls.length > 0) message.tool_calls = this.#toolCalls;
    return {
      id: null,
      object: null,
      created: this.#created,
      model: this.#model,
      choices: [{ index: 0, finish_reason: this.#finishReason, message }],
      // Ollama reports no total: it stays null rather than a sum (issue 13).
      usage: this.#sawUsage ? { prompt_tokens: this.#prompt, completion_tokens: this.#completion, total_tokens: null } : null,
    };
  }

  /** The text of one object; `role` and `thinking` only when non-empty. */
  #addText(role: string | undefined, content: string | undefined, thinking: string | undefined): void {
    this.#role ??= role;
    if (content !== undefined) {
      this.#sawContent = true;
      this.#contentParts.push(content);
    }
    if (thinking !== undefined) this.#thinkingParts.push(thinking);
  }
}

export const createOllamaReassembler = (): OllamaReassembler => new OllamaFold();
