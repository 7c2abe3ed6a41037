/**
 * Issue 15's demo cards: each sends a request carrying JSON Schemas and gets an answer that breaks
 * them (schema-bodies.ts). Kept apart from SCENARIOS: "Run all" and the checks built on it
 * (`npm start`, the e2e specs counting exchanges) replay recorded bodies, and these are written by hand.
 */
import type { WireFormatName } from './scenarios';
import type { SchemaCaseName } from './schema-bodies';

export type SchemaScenario = {
  readonly testId: string;
  readonly label: string;
  readonly schemaCase: SchemaCaseName;
  readonly format: WireFormatName;
  /** What the answer breaks, for the card. */
  readonly breaks: string;
};

export const SCHEMA_SCENARIOS: readonly SchemaScenario[] = [
  {
    testId: 'demo-schema-tool-enum',
    label: 'fetch: tool call with a wrong enum value',
    schemaCase: 'chat-tool-enum',
    format: 'openai-chat',
    breaks: 'get_weather is called with unit "C"; its parameters allow celsius or fahrenheit',
  },
  {
    testId: 'demo-schema-structured-required',
    label: 'fetch: structured output missing a required field',
    schemaCase: 'chat-structured-required',
    format: 'openai-chat',
    breaks: 'the weather_report answer has no temperature, which response_format requires',
  },
  {
    testId: 'demo-schema-anthropic-tool-enum',
    label: 'fetch: Anthropic tool_use with a wrong enum value',
    schemaCase: 'anthropic-tool-enum',
    format: 'anthropic-messages',
    breaks: 'the tool_use input has unit "C"; input_schema allows celsius or fahrenheit',
  },
  {
    testId: 'demo-schema-gemini-function-enum',
    label: 'fetch: Gemini functionCall with a wrong enum value',
    schemaCase: 'gemini-function-enum',
    format: 'gemini',
    breaks: 'the functionCall args have unit "C"; the functionDeclaration allows celsius or fahrenheit',
  },
];
