import * as t from 'io-ts';

/**
 * What a codec allows, in words a user reads in an issue's `expected`: `one of stop, length,
 * tool_calls, content_filter, function_call`, `a whole number`, `a string or null`, `an array of
 * whole numbers`, not io-ts's names (`FinishReason`, `Int`, `Array<Int> | null`). Worked out from
 * the codec itself, so a value added to an enum shows up here with nothing else to change. Object
 * codecs keep their name in brackets (`an object (Usage)`): their fields are listed by the issues
 * inside them, and the name says which part of the contract is meant.
 */
export const expectedText = (codec: unknown): string => wordsOf(codec).one;

/** The values of an enum as a user reads them: `one of auto, low, high`; a lone value quoted. */
export const choiceText = (values: readonly string[]): string => {
  if (values.length === 1) return JSON.stringify(values[0]);
  return `one of ${values.map(shownChoice).join(', ')}`;
};

interface Words {
  /** `a whole number`: what one value should be. */
  readonly one: string;
  /** `whole numbers`: what each element of an array should be. */
  readonly many: string;
}

/** A plain word is shown bare (`tool_calls`, `chat.completion`); anything else quoted (`""`, `a b`). */
const shownChoice = (value: string): string => (/^[\w.-]+$/.test(value) ? value : JSON.stringify(value));

const members = (codec: t.UnionType<t.Mixed[]> | t.IntersectionType<t.Mixed[]>): readonly unknown[] => {
  const types: unknown = codec.types;
  return t.UnknownArray.is(types) ? types : [];
};

/** A name someone chose (`Usage`, `HAR log`), not one io-ts made up from the fields (`{ a: string }`). */
const chosenName = (codec: t.Mixed): string | undefined => (/[{}&|<>[\]]/.test(codec.name) ? undefined : codec.name);

const objectWords = (codec: t.Mixed): Words => {
  const name = chosenName(codec);
  return name === undefined ? { one: 'an object', many: 'objects' } : { one: `an object (${name})`, many: `objects (${name})` };
};

const isObjectCodec = (codec: unknown): boolean =>
  codec instanceof t.InterfaceType ||
  codec instanceof t.PartialType ||
  codec instanceof t.ExactType ||
  codec instanceof t.IntersectionType ||
  (codec instanceof t.UnionType && members(codec).length > 0 && members(codec).every(isObjectCodec));

/** Unions inside unions flattened: `nullable(t.union([...]))` lists every member at one level. */
const flatMembers = (codec: unknown): unknown[] =>
  codec instanceof t.UnionType && !isObjectCodec(codec) ? members(codec).flatMap(flatMembers) : [codec];

/** The string values a member allows when it is an enum (t.keyof) or a string literal. */
const choicesOf = (codec: unknown): readonly string[] | undefined => {
  if (codec instanceof t.KeyofType) {
    const keys: unknown = codec.keys;
    return t.UnknownRecord.is(keys) ? Object.keys(keys) : undefined;
  }
  if (codec instanceof t.LiteralType) {
    const value: unknown = codec.value;
    return t.string.is(value) ? [value] : undefined;
  }
  return undefined;
};

/** `a, b or c`. */
const alternatives = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;

const unionWords = (codec: t.Mixed): Words => {
  const choices: string[] = [];
  const others: Words[] = [];
  for (const member of flatMembers(codec)) {
    const values = choicesOf(member);
    if (values === undefined) others.push(wordsOf(member));
    else choices.push(...values);
  }
  const one = [...(choices.length === 0 ? [] : [choiceText(choices)]), ...others.map((words) => words.one)];
  const many = [...(choices.length === 0 ? [] : [`values (${choiceText(choices)})`]), ...others.map((words) => words.many)];
  return { one: alternatives(one), many: alternatives(many) };
};

const describe = (codec: unknown): Words => {
  if (!(codec instanceof t.Type)) return { one: 'a value', many: 'values' };
  // t.Int is io-ts's refinement of t.number by Number.isInteger.
  if (codec === t.Int) return { one: 'a whole number', many: 'whole numbers' };
  if (codec instanceof t.StringType) return { one: 'a string', many: 'strings' };
  if (codec instanceof t.NumberType) return { one: 'a number', many: 'numbers' };
  if (codec instanceof t.BooleanType) return { one: 'true or false', many: 'booleans (true or false)' };
  if (codec instanceof t.NullType) return { one: 'null', many: 'nulls' };
  // Never fails, so never quoted in an issue; worded for completeness (the HAR's content.size).
  if (codec instanceof t.UnknownType) return { one: 'any value', many: 'values' };
  if (codec instanceof t.KeyofType || (codec instanceof t.LiteralType && t.string.is(codec.value))) {
    const text = choiceText(choicesOf(codec) ?? []);
    return { one: text, many: `values (${text})` };
  }
  if (codec instanceof t.LiteralType) return { one: String(codec.value), many: `values ${String(codec.value)}` };
  if (codec instanceof t.ArrayType) {
    const element = wordsOf(codec.type).many;
    return { one: `an array of ${element}`, many: `arrays of ${element}` };
  }
  if (codec instanceof t.AnyArrayType) return { one: 'an array', many: 'arrays' };
  if (codec instanceof t.AnyDictionaryType || codec instanceof t.DictionaryType) return { one: 'an object', many: 'objects' };
  if (isObjectCodec(codec)) return objectWords(codec);
  if (codec instanceof t.UnionType) return unionWords(codec);
  if (codec instanceof t.ReadonlyType) return wordsOf(codec.type);
  if (codec instanceof t.RefinementType) {
    // A narrower value than its base allows: say both (`a number (Positive)`).
    const base = wordsOf(codec.type);
    return { one: `${base.one} (${codec.name})`, many: `${base.many} (${codec.name})` };
  }
  return { one: codec.name, many: codec.name };
};

/** Worked out once per codec: a stream whose chunks fail alike asks about the same codecs each time. */
const known = new WeakMap<object, Words>();

const wordsOf = (codec: unknown): Words => {
  if (typeof codec !== 'object' || codec === null) return describe(codec);
  let words = known.get(codec);
  if (words === undefined) {
    words = describe(codec);
    known.set(codec, words);
  }
  return words;
};
