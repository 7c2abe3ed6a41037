import { recordAt, recordOf, recordsIn, stringAt } from '../lenientFields';
import type { JsonRecord } from '../lenientFields';
import type { ContractReader, OutputContract, ToolContract } from './requestContract';

/** The contracts of Anthropic's and Gemini's own request shapes. */

/** Anthropic: `tools[]` `{name, input_schema, strict}`; server tools have no input_schema and never become tool calls. */
const anthropicTools = (request: JsonRecord): Map<string, ToolContract> => {
  const tools = new Map<string, ToolContract>();
  for (const tool of recordsIn(request.tools)) {
    const name = stringAt(tool, 'name');
    if (name !== undefined)
      tools.set(name, { schema: tool.input_schema, strict: tool.strict === true ? 'declared' : 'no', openApi: false });
  }
  return tools;
};

/** Anthropic's structured outputs: `output_format: {type: "json_schema", schema}` (the provider then keeps to it). */
const anthropicOutput = (request: JsonRecord): OutputContract | undefined => {
  const format = recordAt(request, 'output_format');
  if (stringAt(format, 'type') !== 'json_schema') return undefined;
  return { kind: 'schema', schema: format?.schema, strict: true, openApi: false };
};

export const anthropicContract: ContractReader = (request) => ({ tools: anthropicTools(request), output: anthropicOutput(request) });

/** Gemini's REST API takes both spellings of a field: `functionDeclarations` and `function_declarations`. */
const either = (record: JsonRecord | undefined, camel: string, snake: string): unknown => record?.[camel] ?? record?.[snake];

/**
 * `tools[].functionDeclarations[]`: `parametersJsonSchema` is JSON Schema; `parameters` is Gemini's
 * OpenAPI-style Schema (upper-case types), read as JSON Schema once normalised.
 */
const geminiTools = (request: JsonRecord): Map<string, ToolContract> => {
  const tools = new Map<string, ToolContract>();
  for (const tool of recordsIn(request.tools)) {
    for (const declaration of recordsIn(either(tool, 'functionDeclarations', 'function_declarations'))) {
      const name = stringAt(declaration, 'name');
      if (name === undefined) continue;
      const jsonSchema = either(declaration, 'parametersJsonSchema', 'parameters_json_schema');
      tools.set(
        name,
        jsonSchema !== undefined
          ? { schema: jsonSchema, strict: 'no', openApi: false }
          : { schema: declaration.parameters, strict: 'no', openApi: true },
      );
    }
  }
  return tools;
};

/** `generationConfig.responseJsonSchema` / `responseSchema`, or a bare `responseMimeType: "application/json"`. */
const geminiOutput = (request: JsonRecord): OutputContract | undefined => {
  const config = either(request, 'generationConfig', 'generation_config');
  const record = recordOf(config);
  const jsonSchema = either(record, 'responseJsonSchema', 'response_json_schema');
  if (jsonSchema !== undefined) return { kind: 'schema', schema: jsonSchema, strict: false, openApi: false };
  const schema = either(record, 'responseSchema', 'response_schema');
  if (schema !== undefined) return { kind: 'schema', schema, strict: false, openApi: true };
  return either(record, 'responseMimeType', 'response_mime_type') === 'application/json' ? { kind: 'json' } : undefined;
};

export const geminiContract: ContractReader = (request) => ({ tools: geminiTools(request), output: geminiOutput(request) });
