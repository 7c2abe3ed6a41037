import type { CapturedExchange, FormatName } from '../../decode/index';
import { bareChatExchange } from '../exchanges';

/**
 * One hand-written request/response pair whose response breaks the request's own schemas in one
 * way (issue 15): for decode's table tests, the CLI's, and the demo server's routes. Browser-safe.
 */
export interface SchemaPair {
  /** Unique, kebab-case: `chat-wrong-enum`. */
  readonly name: string;
  readonly format: FormatName;
  /** What is broken, in a sentence (also in SOURCES.tsv). */
  readonly breaks: string;
  readonly url: string;
  readonly request: unknown;
  readonly response: { readonly mimeType: string; readonly body: string };
}

/** The weather tool every pair offers: enum, required fields, an integer range, no extra fields. */
export const WEATHER_SCHEMA = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    days: { type: 'integer', minimum: 1, maximum: 7 },
  },
  required: ['city', 'unit'],
  additionalProperties: false,
} as const;

/** The structured output every pair asks for: a list of priced items. */
export const ITEMS_SCHEMA = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, price: { type: 'number' } }, required: ['name', 'price'] },
    },
  },
  required: ['items'],
} as const;

/** A schema no validator can read without the network: its one property refers to another document. */
export const REMOTE_REF_SCHEMA = {
  type: 'object',
  properties: { city: { $ref: 'https://schemas.example.com/city.json' } },
} as const;

/** The pair as live capture would hand it over: a POST with the JSON request, the response as sent. */
export const schemaPairExchange = (pair: SchemaPair): CapturedExchange =>
  bareChatExchange({
    id: pair.name,
    url: pair.url,
    requestHeaders: [
      { name: 'content-type', value: 'application/json' },
      ...(pair.format === 'anthropic-messages' ? [{ name: 'anthropic-version', value: '2023-06-01' }] : []),
    ],
    requestBody: JSON.stringify(pair.request),
    responseHeaders: [{ name: 'content-type', value: pair.response.mimeType }],
    mimeType: pair.response.mimeType,
    body: pair.response.body,
  });
