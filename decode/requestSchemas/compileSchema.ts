import { Validator } from '@cfworker/json-schema';
import type { OutputUnit, Schema, SchemaDraft } from '@cfworker/json-schema';
import { recordOf } from '../lenientFields';
import { unreadableReason } from './unreadableSchema';

/**
 * One of the request's schemas, compiled once per exchange and used for every value it judges.
 * `@cfworker/json-schema` interprets schemas (no eval, so it runs under the extension's CSP) and
 * never fetches: a `$ref` to another document is refused here before it could be looked for.
 */
export type CompiledSchema =
  | { readonly kind: 'ready'; readonly root: Schema | boolean; readonly validate: (value: unknown) => ValidationOutcome }
  | { readonly kind: 'unreadable'; readonly reason: string };

export type ValidationOutcome =
  { readonly kind: 'errors'; readonly errors: readonly OutputUnit[] } | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * `$schema` picks the draft. Without one, 2020-12: the schemas apps send without `$schema` come
 * mostly from Pydantic v2 (2020-12, `$defs`) and from hand-written OpenAI tool definitions that
 * use nothing drafts disagree on; zod-to-json-schema, which writes draft-07, says so in `$schema`.
 */
export const draftOf = (schema: unknown): SchemaDraft => {
  const declared = recordOf(schema)?.$schema;
  if (typeof declared !== 'string') return '2020-12';
  if (declared.includes('draft-04') || declared.includes('draft-03')) return '4';
  if (declared.includes('draft-06') || declared.includes('draft-07')) return '7';
  if (declared.includes('2019-09')) return '2019-09';
  return '2020-12';
};

const thrownText = (thrown: unknown): string =>
  `the validator gave up (${thrown instanceof Error ? (thrown.message.split('\n')[0] ?? '') : String(thrown)})`;

const isSchema = (value: unknown): value is Schema | boolean => typeof value === 'boolean' || recordOf(value) !== undefined;

export const compileSchema = (schema: unknown): CompiledSchema => {
  if (!isSchema(schema)) return { kind: 'unreadable', reason: 'it is not a JSON Schema object' };
  const reason = unreadableReason(schema);
  if (reason !== undefined) return { kind: 'unreadable', reason };
  let validator: Validator;
  try {
    validator = new Validator(schema, draftOf(schema), false);
  } catch (thrown) {
    return { kind: 'unreadable', reason: thrownText(thrown) };
  }
  // A schema that throws once (a regex the engine refuses deep inside) throws for every value: remembered.
  let failure: string | undefined;
  const validate = (value: unknown): ValidationOutcome => {
    if (failure !== undefined) return { kind: 'unreadable', reason: failure };
    try {
      return { kind: 'errors', errors: validator.validate(value).errors };
    } catch (thrown) {
      failure = thrownText(thrown);
      return { kind: 'unreadable', reason: failure };
    }
  };
  return { kind: 'ready', root: schema, validate };
};
