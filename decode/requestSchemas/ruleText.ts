/** How values and JSON Schema types are named in the messages a user reads. */

const MAX_SHOWN = 60;

/** A value as JSON, cut when long: `"C"`, `2.5`, `{"a":1}`. */
export const shown = (value: unknown): string => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};

/** Enum values as a user reads them: strings bare, the rest as JSON (`celsius, fahrenheit, null`). */
export const listed = (values: unknown): string =>
  Array.isArray(values) ? values.map((value) => (typeof value === 'string' ? value : shown(value))).join(', ') : shown(values);

/** What kind of JSON value this is: `a string`, `an array`, `null`. */
export const kindOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number (integer)',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** A `type` rule in words: `a string or null`. */
export const typeWords = (type: unknown): string => {
  const names = Array.isArray(type) ? type : [type];
  return names.map((name) => (typeof name === 'string' ? (TYPE_WORDS[name] ?? name) : shown(name))).join(' or ');
};

/** What the value is, for `; got ...`: its kind, or the number itself when only its wholeness is wrong. */
export const gotKind = (type: unknown, value: unknown): string =>
  typeof value === 'number' && (type === 'integer' || (Array.isArray(type) && type.includes('integer'))) ? String(value) : kindOf(value);

/** Length as JSON Schema counts it: in code points, not UTF-16 units. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
export const codePoints = (text: string): number => text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
