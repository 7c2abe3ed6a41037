import { recordAt, recordsIn, stringAt } from '../lenientFields';
import type { JsonRecord } from '../lenientFields';
import type { ContractReader, OutputContract, ToolContract } from './requestContract';

/**
 * The contracts of the OpenAI-shaped requests: Chat Completions (and Ollama's native API, which
 * borrows its `tools`) and Responses. Each field is read on its own; what is not there is no rule.
 */

const toolOf = (schema: unknown, strict: unknown): ToolContract => ({
  schema,
  strict: strict === true ? 'declared' : 'no',
  openApi: false,
});

/** `{type: "function", function: {name, parameters, strict}}`: Chat Completions and Ollama. */
export const nestedFunctionTools = (request: JsonRecord): Map<string, ToolContract> => {
  const tools = new Map<string, ToolContract>();
  for (const tool of recordsIn(request.tools)) {
    const fn = recordAt(tool, 'function');
    const name = stringAt(fn, 'name') ?? stringAt(tool, 'name');
    // A custom tool (`{type: "custom", custom: {name}}`) takes free text: offered, never validated.
    const customName = stringAt(recordAt(tool, 'custom'), 'name');
    if (name !== undefined) tools.set(name, toolOf(fn?.parameters, fn?.strict));
    else if (customName !== undefined) tools.set(customName, toolOf(undefined, false));
  }
  return tools;
};

/** `response_format`: `json_object`, or `json_schema` with `json_schema: {schema, strict}`. */
const chatOutput = (request: JsonRecord): OutputContract | undefined => {
  const format = recordAt(request, 'response_format');
  const type = stringAt(format, 'type');
  if (type === 'json_object') return { kind: 'json_object' };
  if (type !== 'json_schema') return undefined;
  const jsonSchema = recordAt(format, 'json_schema');
  return { kind: 'schema', schema: jsonSchema?.schema, strict: jsonSchema?.strict === true, openApi: false };
};

/**
 * The deprecated `functions: [{name, parameters}]` (answered by `message.function_call`, or by
 * `tool_calls` from compatibles that translate them): offered tools too. They have no `strict`.
 */
const legacyFunctions = (request: JsonRecord, tools: Map<string, ToolContract>): Map<string, ToolContract> => {
  for (const fn of recordsIn(request.functions)) {
    const name = stringAt(fn, 'name');
    if (name !== undefined && !tools.has(name)) tools.set(name, toolOf(fn.parameters, false));
  }
  return tools;
};

export const chatContract: ContractReader = (request) => ({
  tools: legacyFunctions(request, nestedFunctionTools(request)),
  output: chatOutput(request),
});

/** Ollama: `format: "json"` (any JSON value) or a JSON Schema object. */
export const ollamaContract: ContractReader = (request) => {
  const format = request.format;
  const output: OutputContract | undefined =
    format === 'json'
      ? { kind: 'json' }
      : recordAt(request, 'format') !== undefined
        ? { kind: 'schema', schema: format, strict: false, openApi: false }
        : undefined;
  return { tools: nestedFunctionTools(request), output };
};

/** Responses: `{type: "function", name, parameters, strict}`; built-in tools are never tool calls. */
const responsesTools = (request: JsonRecord): Map<string, ToolContract> => {
  const tools = new Map<string, ToolContract>();
  for (const tool of recordsIn(request.tools)) {
    const type = stringAt(tool, 'type');
    const name = stringAt(tool, 'name');
    if (name === undefined) continue;
    // Responses makes a function tool strict unless it says `strict: false` (Chat Completions does the opposite).
    if (type === 'function')
      tools.set(name, {
        schema: tool.parameters,
        strict: tool.strict === false ? 'no' : tool.strict === true ? 'declared' : 'by default',
        openApi: false,
      });
    else if (type === 'custom') tools.set(name, toolOf(undefined, false));
  }
  return tools;
};

/** `text.format`: `{type: "json_schema", schema, strict}` or `{type: "json_object"}`. */
const responsesOutput = (request: JsonRecord): OutputContract | undefined => {
  const format = recordAt(recordAt(request, 'text'), 'format');
  const type = stringAt(format, 'type');
  if (type === 'json_object') return { kind: 'json_object' };
  if (type !== 'json_schema') return undefined;
  return { kind: 'schema', schema: format?.schema, strict: format?.strict === true, openApi: false };
};

export const responsesContract: ContractReader = (request) => ({ tools: responsesTools(request), output: responsesOutput(request) });
