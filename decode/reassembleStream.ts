import type { JsonRecord } from './lenientFields';
import { nonEmptyStringAt, numberAt, recordAt, recordsIn, stringAt } from './lenientFields';
import type {
  ContractIssue,
  NormalizedAnnotation,
  NormalizedChoice,
  NormalizedCompletion,
  NormalizedTokenLogprob,
  NormalizedUsage,
} from './model';
import { citationsOf, normalizeLogprobs, normalizeUsage } from './normalizeCompletion';
import { argumentsPiece, contentPieces, normalizeAnnotation, reasoningOf } from './normalizeMessage';
import type { PlainDelta } from './plainDelta';
import { plainDeltaReader } from './plainDelta';

type PlainDeltaReader = NonNullable<ReturnType<typeof plainDeltaReader>>;

/**
 * Folds the chunks of a stream into one completion, per choice index. Text is collected in arrays
 * and joined once at the end, so a stream of 200,000 deltas costs linear time.
 */

interface ToolCallState {
  id: string;
  type: string;
  name: string;
  readonly argumentParts: string[];
}

interface ChoiceState {
  readonly index: number;
  role: string | undefined;
  readonly contentParts: string[];
  sawContent: boolean;
  readonly reasoningParts: string[];
  readonly refusalParts: string[];
  readonly annotations: NormalizedAnnotation[];
  readonly toolCalls: ToolCallState[];
  readonly toolCallsByIndex: Map<number, ToolCallState>;
  finishReason: string | null;
  readonly finishHistory: { reason: string; event: number }[];
  functionCall: { name: string; readonly argumentParts: string[] } | undefined;
  logprobContent: NormalizedTokenLogprob[] | null;
  logprobRefusal: NormalizedTokenLogprob[] | null;
  sawLogprobs: boolean;
}

const newChoice = (index: number): ChoiceState => ({
  index,
  role: undefined,
  contentParts: [],
  sawContent: false,
  reasoningParts: [],
  refusalParts: [],
  annotations: [],
  toolCalls: [],
  toolCallsByIndex: new Map(),
  finishReason: null,
  finishHistory: [],
  functionCall: undefined,
  logprobContent: null,
  logprobRefusal: null,
  sawLogprobs: false,
});

const newToolCall = (choice: ChoiceState): ToolCallState => {
  const call: ToolCallState = { id: '', type: 'function', name: '', argumentParts: [] };
  choice.toolCalls.push(call);
  return call;
};

/**
 * Which accumulated call a delta continues. OpenAI numbers them with `index`. Mistral sends no
 * index (2024 streams not even an id), Together sends `index: -1` and `id: null` on continuations:
 * there a delta with a new id or a name starts a call, anything else continues the last one.
 */
const slotFor = (choice: ChoiceState, delta: JsonRecord): ToolCallState => {
  const index = numberAt(delta, 'index');
  const id = nonEmptyStringAt(delta, 'id');
  const name = nonEmptyStringAt(recordAt(delta, 'function'), 'name');
  if (index !== undefined && index >= 0) {
    const existing = choice.toolCallsByIndex.get(index);
    // A provider that numbers every parallel call 0 still gives each its own id and name.
    const reused = existing !== undefined && id !== undefined && existing.id !== '' && existing.id !== id && name !== undefined;
    if (existing !== undefined && !reused) return existing;
    const call = newToolCall(choice);
    choice.toolCallsByIndex.set(index, call);
    return call;
  }
  if (id !== undefined) return choice.toolCalls.find((call) => call.id === id) ?? newToolCall(choice);
  const last = choice.toolCalls[choice.toolCalls.length - 1];
  return name !== undefined || last === undefined ? newToolCall(choice) : last;
};

const mergeToolCall = (choice: ChoiceState, delta: JsonRecord): void => {
  const call = slotFor(choice, delta);
  const id = nonEmptyStringAt(delta, 'id');
  if (id !== undefined && call.id === '') call.id = id;
  const type = nonEmptyStringAt(delta, 'type');
  if (type !== undefined) call.type = type;
  const fn = recordAt(delta, 'function');
  const name = nonEmptyStringAt(fn, 'name');
  if (name !== undefined) call.name = name;
  const piece = argumentsPiece(fn?.arguments);
  if (piece !== undefined) call.argumentParts.push(piece);
};

const nonEmptyString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** mergeDelta for a plain delta: the same steps, from the fields it has. */
const mergePlainDelta = (choice: ChoiceState, delta: PlainDelta): void => {
  choice.role ??= nonEmptyString(delta.role);
  if (typeof delta.content === 'string') {
    choice.sawContent = true;
    choice.contentParts.push(delta.content);
  }
  // reasoningOf with no thinking parts and no reasoning_details.
  const reasoning = nonEmptyString(delta.reasoningContent) ?? nonEmptyString(delta.reasoning);
  if (reasoning !== undefined) choice.reasoningParts.push(reasoning);
};

const mergeDelta = (choice: ChoiceState, delta: JsonRecord, readPlain: PlainDeltaReader | undefined): void => {
  const plain = readPlain?.(delta);
  if (plain !== undefined) {
    mergePlainDelta(choice, plain);
    return;
  }
  choice.role ??= nonEmptyStringAt(delta, 'role');
  const pieces = contentPieces(delta.content);
  if (pieces.text !== null) {
    choice.sawContent = true;
    choice.contentParts.push(pieces.text);
  }
  const reasoning = reasoningOf(delta, pieces.thinking);
  if (reasoning !== undefined) choice.reasoningParts.push(reasoning);
  const refusal = nonEmptyStringAt(delta, 'refusal');
  if (refusal !== undefined) choice.refusalParts.push(refusal);
  for (const call of recordsIn(delta.tool_calls)) mergeToolCall(choice, call);
  // Search models stream their url_citation annotations in deltas.
  for (const annotation of recordsIn(delta.annotations)) choice.annotations.push(normalizeAnnotation(annotation));
  const functionCall = recordAt(delta, 'function_call');
  if (functionCall !== undefined) {
    choice.functionCall ??= { name: '', argumentParts: [] };
    const name = nonEmptyStringAt(functionCall, 'name');
    if (name !== undefined) choice.functionCall.name = name;
    const piece = argumentsPiece(functionCall.arguments);
    if (piece !== undefined) choice.functionCall.argumentParts.push(piece);
  }
};

const appendTokens = (into: NormalizedTokenLogprob[] | null, tokens: NormalizedTokenLogprob[] | null) => {
  if (tokens === null) return into;
  const list = into ?? [];
  for (const token of tokens) list.push(token);
  return list;
};

const mergeChoice = (choice: ChoiceState, record: JsonRecord, event: number, readPlain: PlainDeltaReader | undefined): void => {
  // Azure's late content-filter chunks have choices without a delta: nothing to add to the text.
  const delta = recordAt(record, 'delta');
  if (delta !== undefined) mergeDelta(choice, delta, readPlain);
  const finish = stringAt(record, 'finish_reason');
  if (finish !== undefined) {
    choice.finishHistory.push({ reason: finish, event });
    choice.finishReason = finish;
  }
  const logprobs = normalizeLogprobs(record.logprobs);
  if (logprobs !== undefined) {
    choice.sawLogprobs = true;
    choice.logprobContent = appendTokens(choice.logprobContent, logprobs.content);
    choice.logprobRefusal = appendTokens(choice.logprobRefusal, logprobs.refusal);
  }
};

const finishChoice = (choice: ChoiceState): NormalizedChoice => {
  const message: NormalizedChoice['message'] = {
    role: choice.role ?? 'assistant',
    content: choice.sawContent ? choice.contentParts.join('') : null,
  };
  const reasoning = choice.reasoningParts.join('');
  if (reasoning !== '') message.reasoning = reasoning;
  const refusal = choice.refusalParts.join('');
  if (refusal !== '') message.refusal = refusal;
  if (choice.toolCalls.length > 0) {
    message.tool_calls = choice.toolCalls.map((call) => ({
      id: call.id,
      type: call.type,
      function: { name: call.name, arguments: call.argumentParts.join('') },
    }));
  }
  if (choice.annotations.length > 0) message.annotations = choice.annotations;
  if (choice.functionCall !== undefined && choice.functionCall.name !== '') {
    message.function_call = { name: choice.functionCall.name, arguments: choice.functionCall.argumentParts.join('') };
  }
  const normalized: NormalizedChoice = { index: choice.index, finish_reason: choice.finishReason, message };
  if (choice.sawLogprobs) normalized.logprobs = { content: choice.logprobContent, refusal: choice.logprobRefusal };
  return normalized;
};

/** "A choice that finishes twice" (Together: tool_calls, then stop) is worth a warning. */
const finishIssues = (choice: ChoiceState): ContractIssue[] => {
  // Almost every choice finishes once: nothing to filter.
  if (choice.finishHistory.length < 2) return [];
  const distinct = choice.finishHistory.filter((entry, i, all) => i === 0 || all[i - 1]?.reason !== entry.reason);
  if (distinct.length < 2) return [];
  return [
    {
      severity: 'warning',
      path: `choices[${choice.index}].finish_reason`,
      message: `the choice finished more than once: ${distinct.map((entry) => `${entry.reason} (event ${entry.event})`).join(', then ')}; the last is kept`,
      expected: 'one finish_reason per choice',
      actual: distinct.map((entry) => JSON.stringify(entry.reason)).join(', '),
    },
  ];
};

export interface StreamReassembler {
  /** Adds one parsed chunk; `event` is its index among the stream's events. */
  readonly add: (chunk: JsonRecord, event: number) => void;
  readonly result: () => { completion: NormalizedCompletion; issues: ContractIssue[] };
}

export const createStreamReassembler = (): StreamReassembler => {
  const choices = new Map<number, ChoiceState>();
  const header: { id: string; model: string; created: number | null } = { id: '', model: '', created: null };
  let systemFingerprint: string | null | undefined;
  let serviceTier: string | null | undefined;
  let usage: NormalizedUsage | null = null;
  let citations: string[] | undefined;
  const readPlain = plainDeltaReader();

  const add = (chunk: JsonRecord, event: number): void => {
    // Azure's first chunk has id "", model "" and created 0: take the first real values.
    if (header.id === '') header.id = stringAt(chunk, 'id') ?? '';
    if (header.model === '') header.model = stringAt(chunk, 'model') ?? '';
    // Once known, created and the fingerprint stay: most chunks need not be read for them.
    if (header.created === null || header.created === 0) {
      const created = numberAt(chunk, 'created');
      if (created !== undefined) header.created = created;
    }
    if (typeof systemFingerprint !== 'string') {
      const fingerprint = stringAt(chunk, 'system_fingerprint');
      if (fingerprint !== undefined && fingerprint !== '') systemFingerprint = fingerprint;
      // Asked in this order: once it is null, no chunk need be asked for the key.
      else if (systemFingerprint === undefined && 'system_fingerprint' in chunk) systemFingerprint = null;
    }
    const tier = stringAt(chunk, 'service_tier');
    if (tier !== undefined) serviceTier = tier;
    // The last usage reported anywhere wins, but a later `usage: null` never erases it; older Groq
    // streams report it only in x_groq.usage.
    const reported = normalizeUsage(chunk.usage) ?? normalizeUsage(recordAt(chunk, 'x_groq')?.usage);
    if (reported !== null) usage = reported;
    citations = citationsOf(chunk) ?? citations;
    const records = recordsIn(chunk.choices);
    for (let position = 0; position < records.length; position += 1) {
      const record = records[position];
      if (record === undefined) continue;
      const index = numberAt(record, 'index') ?? position;
      let choice = choices.get(index);
      if (choice === undefined) {
        choice = newChoice(index);
        choices.set(index, choice);
      }
      mergeChoice(choice, record, event, readPlain);
    }
  };

  const result = () => {
    const ordered = [...choices.values()].sort((a, b) => a.index - b.index);
    const completion: NormalizedCompletion = {
      id: header.id,
      // The reassembled whole is a completion, as openai-node's finalChatCompletion() calls it.
      object: 'chat.completion',
      created: header.created,
      model: header.model,
      choices: ordered.map(finishChoice),
      usage,
    };
    if (systemFingerprint !== undefined) completion.system_fingerprint = systemFingerprint;
    if (serviceTier !== undefined) completion.service_tier = serviceTier;
    if (citations !== undefined) completion.citations = citations;
    return { completion, issues: ordered.flatMap(finishIssues) };
  };

  return { add, result };
};
