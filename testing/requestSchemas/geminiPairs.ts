import type { SchemaPair } from './schemaPair';
import { REMOTE_REF_SCHEMA } from './schemaPair';

/**
 * Gemini pairs: `functionDeclarations[].parameters` and `generationConfig.responseSchema` in
 * Gemini's OpenAPI style (upper-case types). Gemini sends arguments as objects, so they are always
 * JSON: no unparseable-arguments pair here.
 */
const URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';

const WEATHER_OPENAPI = {
  type: 'OBJECT',
  properties: {
    city: { type: 'STRING' },
    unit: { type: 'STRING', enum: ['celsius', 'fahrenheit'] },
    days: { type: 'INTEGER', nullable: true },
  },
  required: ['city', 'unit'],
};

const ITEMS_OPENAPI = {
  type: 'OBJECT',
  properties: {
    items: {
      type: 'ARRAY',
      items: { type: 'OBJECT', properties: { name: { type: 'STRING' }, price: { type: 'NUMBER' } }, required: ['name', 'price'] },
    },
  },
  required: ['items'],
};

const CONTENTS = [{ role: 'user', parts: [{ text: 'Weather in Paris for three days?' }] }];

const weatherRequest = (declaration: Readonly<Record<string, unknown>> = { parameters: WEATHER_OPENAPI }): unknown => ({
  contents: CONTENTS,
  tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'Forecast for a city', ...declaration }] }],
});

const reply = (parts: readonly unknown[]): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: JSON.stringify({
    candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 60, candidatesTokenCount: 12, totalTokenCount: 72 },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'resp-schema-1',
  }),
});

const callReply = (name: string, args: unknown): { mimeType: string; body: string } => reply([{ functionCall: { name, args } }]);

export const GEMINI_PAIRS: readonly SchemaPair[] = [
  {
    name: 'gemini-wrong-enum',
    format: 'gemini',
    breaks: 'unit "C" is not one of the enum values (OpenAPI-style parameters)',
    url: URL,
    request: weatherRequest(),
    response: callReply('get_weather', { city: 'Paris', unit: 'C' }),
  },
  {
    name: 'gemini-missing-required',
    format: 'gemini',
    breaks: 'required field "city" is missing from the args',
    url: URL,
    request: weatherRequest(),
    response: callReply('get_weather', { unit: 'celsius', days: null }),
  },
  {
    name: 'gemini-wrong-type',
    format: 'gemini',
    breaks: 'days is a string, not an integer (parametersJsonSchema)',
    url: URL,
    request: weatherRequest({
      parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] },
    }),
    response: callReply('get_weather', { city: 'Paris', days: 'three' }),
  },
  {
    name: 'gemini-unknown-tool',
    format: 'gemini',
    breaks: 'the functionCall names get_forecast, which the request did not declare',
    url: URL,
    request: weatherRequest(),
    response: callReply('get_forecast', { city: 'Paris' }),
  },
  {
    name: 'gemini-output-missing-field',
    format: 'gemini',
    breaks: 'responseSchema (OpenAPI style) asks for items[].price; the second item has none',
    url: URL,
    request: { contents: CONTENTS, generationConfig: { responseMimeType: 'application/json', responseSchema: ITEMS_OPENAPI } },
    response: reply([{ text: '{"items":[{"name":"Soup","price":6.5},{"name":"Bread"}]}' }]),
  },
  {
    name: 'gemini-unreadable-schema',
    format: 'gemini',
    breaks: 'parametersJsonSchema $refs another document, which is never fetched',
    url: URL,
    request: weatherRequest({ parametersJsonSchema: REMOTE_REF_SCHEMA }),
    response: callReply('get_weather', { city: 'Paris' }),
  },
];
