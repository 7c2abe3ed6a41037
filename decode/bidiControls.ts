import { NO_ISSUES } from './issueLog';
import type { ContractIssue, NormalizedCompletion, RequestSummary } from './model';

/**
 * Bidirectional override and isolate characters (LRE, RLE, PDF, LRO, RLO: U+202A–U+202E; LRI, RLI,
 * FSI, PDI: U+2066–U+2069) reorder how text is displayed without changing what it is: "Trojan
 * Source" (CVE-2021-42574). In a model name, a tool name or a URL they can make a developer read
 * `gpt-4o` or `get_weather` or `https://docs.example.com` where something else is. Decoding keeps
 * the text as it came (the panel renders text only); these places get a warning.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const MAX_SHOWN = 80;

export const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with each control written out (`\u202e`), so the issue itself cannot be reordered. */
const revealed = (text: string): string => {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(shown).replace(BIDI_CONTROLS, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16)}`);
};

const hasBidiControls = (text: string | null | undefined): text is string => text !== null && text !== undefined && BIDI_CONTROL.test(text);

/** The warning for text known to hold controls; the path is made only then. */
const warning = (path: string, what: string, text: string): ContractIssue => {
  const found = [...new Set(text.match(BIDI_CONTROLS) ?? [])].map(codePoint).join(', ');
  return {
    severity: 'warning',
    path,
    message: `${what} holds bidirectional control characters (${found}): it may display differently from what it is (Trojan Source)`,
    expected: 'text without bidirectional override or isolate characters',
    actual: `string ${revealed(text)}`,
  };
};

const NO_NAMES: readonly string[] = [];
const NO_MESSAGES: NonNullable<RequestSummary['conversation']> = [];

/**
 * The exchange's URL and the response's model, tool names and citation URLs. Paths are those of
 * the normalized completion the panel shows (for a stream, the reassembled one). Called for every
 * exchange, so paths and the array are made only for text that holds controls (NO_ISSUES else).
 */
export const responseBidiIssues = (url: string | null, completion: NormalizedCompletion | null): readonly ContractIssue[] => {
  let issues: ContractIssue[] | undefined;
  if (hasBidiControls(url)) issues = [warning('url', 'the request URL', url)];
  if (completion === null) return issues ?? NO_ISSUES;
  if (hasBidiControls(completion.model)) (issues ??= []).push(warning('model', 'the model name', completion.model));
  // Indexed loops, not entries(): an iterator and a pair per element, for every exchange, found nothing almost always.
  const choices = completion.choices;
  for (let c = 0; c < choices.length; c += 1) {
    const message = choices[c]?.message;
    if (message === undefined) continue;
    const { tool_calls: calls, function_call: functionCall, annotations } = message;
    for (let k = 0; k < (calls?.length ?? 0); k += 1) {
      const name = calls?.[k]?.function.name;
      if (hasBidiControls(name))
        (issues ??= []).push(warning(`choices[${c}].message.tool_calls[${k}].function.name`, 'the tool name', name));
    }
    if (hasBidiControls(functionCall?.name))
      (issues ??= []).push(warning(`choices[${c}].message.function_call.name`, 'the function name', functionCall.name));
    for (let k = 0; k < (annotations?.length ?? 0); k += 1) {
      const annotationUrl = annotations?.[k]?.url;
      if (hasBidiControls(annotationUrl))
        (issues ??= []).push(warning(`choices[${c}].message.annotations[${k}].url`, 'the citation URL', annotationUrl));
    }
  }
  const citations = completion.citations;
  for (let k = 0; k < (citations?.length ?? 0); k += 1) {
    const citation = citations?.[k];
    if (hasBidiControls(citation)) (issues ??= []).push(warning(`citations[${k}]`, 'the citation URL', citation));
  }
  return issues ?? NO_ISSUES;
};

/** The request's model and tool names; paths name the fields of DecodedExchange.request. NO_ISSUES when none. */
export const requestBidiIssues = (request: RequestSummary | null): readonly ContractIssue[] => {
  if (request === null) return NO_ISSUES;
  let issues: ContractIssue[] | undefined;
  if (hasBidiControls(request.model)) issues = [warning('request.model', 'the requested model name', request.model)];
  const toolNames = request.toolNames ?? NO_NAMES;
  for (let k = 0; k < toolNames.length; k += 1) {
    const name = toolNames[k];
    if (hasBidiControls(name)) (issues ??= []).push(warning(`request.toolNames[${k}]`, 'the offered tool name', name));
  }
  const conversation = request.conversation ?? NO_MESSAGES;
  for (let m = 0; m < conversation.length; m += 1) {
    const calls = conversation[m]?.tool_calls;
    for (let k = 0; k < (calls?.length ?? 0); k += 1) {
      const name = calls?.[k]?.function.name;
      if (hasBidiControls(name))
        (issues ??= []).push(warning(`request.conversation[${m}].tool_calls[${k}].function.name`, 'the tool name', name));
    }
  }
  return issues ?? NO_ISSUES;
};
