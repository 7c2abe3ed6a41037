import type { FormatName } from '../model';

/**
 * What the request promised the app would get back (issue 15): the tools it offered, each with its
 * JSON Schema, and the shape it asked the content to take. Schemas are `unknown` until compiled.
 */
export interface ToolContract {
  /** undefined when the tool declares no parameters (its arguments are then not checked). */
  readonly schema: unknown;
  /**
   * Whether the provider must keep to the schema: `declared` (`strict: true`), `by default` (a
   * Responses function tool without `strict: false`), or `no`.
   */
  readonly strict: 'declared' | 'by default' | 'no';
  /** OpenAPI-style (Gemini's `parameters`): type names are upper-case and `nullable` is a field. */
  readonly openApi: boolean;
}

export type OutputContract =
  /** The content must be a JSON object (`response_format: {type: "json_object"}`). */
  | { readonly kind: 'json_object' }
  /** The content must be JSON, of any shape (Ollama's `format: "json"`, Gemini's responseMimeType). */
  | { readonly kind: 'json' }
  | { readonly kind: 'schema'; readonly schema: unknown; readonly strict: boolean; readonly openApi: boolean };

export interface RequestContract {
  /** The tools offered, by name; empty when the request offered none. */
  readonly tools: ReadonlyMap<string, ToolContract>;
  readonly output: OutputContract | undefined;
}

/** Reads one format's request body (already parsed to an object) for its contract. */
export type ContractReader = (request: Readonly<Record<string, unknown>>) => RequestContract;

export type ContractReaders = Partial<Readonly<Record<FormatName, ContractReader>>>;
