import type { JsonRecord } from './lenientFields';
import { arrayOf, nonEmptyStringAt, numberAt, recordAt, recordOf, recordsIn, stringAt } from './lenientFields';
import type { NormalizedAnnotation, NormalizedMessage, NormalizedToolCall } from './model';

/**
 * Normalizes one message (or one stream delta) of any provider into text, reasoning, refusal and
 * tool calls. Used for responses, stream deltas and request messages alike.
 */

export interface ContentPieces {
  /** Text parts joined; null when the content held no text at all. */
  readonly text: string | null;
  /** Thinking parts joined (magistral); '' when there were none. */
  readonly thinking: string;
}

const thinkingText = (thinking: unknown): string => {
  if (typeof thinking === 'string') return thinking;
  const texts: string[] = [];
  for (const part of recordsIn(thinking)) texts.push(stringAt(part, 'text') ?? '');
  return texts.join('');
};

/** Content as a string, null, or an array of parts (`text`, magistral's `thinking`, images...). */
export const contentPieces = (content: unknown): ContentPieces => {
  if (typeof content === 'string') return { text: content, thinking: '' };
  const parts = arrayOf(content);
  if (parts === undefined) return { text: null, thinking: '' };
  const texts: string[] = [];
  const thoughts: string[] = [];
  let sawText = false;
  for (const part of recordsIn(parts)) {
    const type = stringAt(part, 'type');
    if (type === 'text') {
      sawText = true;
      texts.push(stringAt(part, 'text') ?? '');
    } else if (type === 'thinking') {
      thoughts.push(thinkingText(part.thinking));
    }
  }
  return { text: sawText ? texts.join('') : null, thinking: thoughts.join('') };
};

/** OpenRouter's reasoning_details: readable text or summaries; encrypted entries carry no text. */
const reasoningDetailsText = (details: unknown): string => {
  if (details === undefined) return '';
  const texts: string[] = [];
  for (const detail of recordsIn(details)) {
    const type = stringAt(detail, 'type');
    if (type === 'reasoning.text') texts.push(stringAt(detail, 'text') ?? '');
    else if (type === 'reasoning.summary') texts.push(stringAt(detail, 'summary') ?? '');
  }
  return texts.join('');
};

/**
 * Reasoning from wherever the provider put it. Several fields can repeat the same text
 * (OpenRouter sends both `reasoning` and `reasoning_details`), so the first non-empty one wins.
 */
export const reasoningOf = (message: JsonRecord, thinking: string): string | undefined => {
  if (thinking !== '') return thinking;
  const direct = nonEmptyStringAt(message, 'reasoning_content') ?? nonEmptyStringAt(message, 'reasoning');
  if (direct !== undefined) return direct;
  const details = reasoningDetailsText(message.reasoning_details);
  return details === '' ? undefined : details;
};

/**
 * JSON text for arguments, undefined when there are none; some providers (Ollama, Mistral's
 * older streams) send an object where OpenAI sends a string.
 */
export const argumentsPiece = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  return JSON.stringify(value);
};

const argumentsText = (value: unknown): string => argumentsPiece(value) ?? '';

/** `{id, type, function: {name, arguments}}` even where the provider omits type (Mistral) or id. */
export const normalizeToolCall = (call: JsonRecord): NormalizedToolCall => {
  const type = stringAt(call, 'type') ?? 'function';
  const custom = recordAt(call, 'custom');
  if (type === 'custom' && custom !== undefined) {
    return {
      id: stringAt(call, 'id') ?? '',
      type,
      function: { name: stringAt(custom, 'name') ?? '', arguments: argumentsText(custom.input) },
    };
  }
  const fn = recordAt(call, 'function');
  return {
    id: stringAt(call, 'id') ?? '',
    type,
    function: { name: stringAt(fn, 'name') ?? '', arguments: argumentsText(fn?.arguments) },
  };
};

export const normalizeAnnotation = (annotation: JsonRecord): NormalizedAnnotation => {
  const citation = recordAt(annotation, 'url_citation') ?? annotation;
  return {
    type: stringAt(annotation, 'type') ?? '',
    url: stringAt(citation, 'url') ?? null,
    title: stringAt(citation, 'title') ?? null,
    start_index: numberAt(citation, 'start_index') ?? null,
    end_index: numberAt(citation, 'end_index') ?? null,
  };
};

/** A whole (non-stream) message. */
export const normalizeMessage = (message: JsonRecord | undefined): NormalizedMessage => {
  const record = message ?? {};
  const pieces = contentPieces(record.content);
  const normalized: NormalizedMessage = { role: stringAt(record, 'role') ?? 'assistant', content: pieces.text };
  const reasoning = reasoningOf(record, pieces.thinking);
  if (reasoning !== undefined) normalized.reasoning = reasoning;
  const refusal = nonEmptyStringAt(record, 'refusal');
  if (refusal !== undefined) normalized.refusal = refusal;
  const toolCalls = recordsIn(record.tool_calls).map(normalizeToolCall);
  if (toolCalls.length > 0) normalized.tool_calls = toolCalls;
  const functionCall = recordOf(record.function_call);
  const functionName = stringAt(functionCall, 'name');
  if (functionName !== undefined && functionName !== '') {
    normalized.function_call = { name: functionName, arguments: argumentsText(functionCall?.arguments) };
  }
  const annotations = recordsIn(record.annotations).map(normalizeAnnotation);
  if (annotations.length > 0) normalized.annotations = annotations;
  return normalized;
};
