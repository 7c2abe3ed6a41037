import * as t from 'io-ts';
import { choiceText, expectedText } from './expectedText';
import { indexPath, keyPath, pathWithin } from '../issuePath';
import type { ContractIssue } from '../model';

/**
 * Turns io-ts validation errors into issues a person can act on: one per failing field, with a
 * path like `choices[0].finish_reason`, what the contract expected and what came.
 *
 * io-ts reports every branch of a failed union; we keep the branch the value was evidently meant
 * for (the one that got past the value's own shape, with the fewest errors), or one issue at the
 * union when no branch fits at all. `expected` says what the codec allows in words (expectedText.ts).
 * Severity: an unknown value of an enum (finish_reason
 * "eos_token", service_tier "on_demand") is a warning; everything else is an error.
 */

/**
 * A place in the value where errors are; children by key, in the order first met. A Map, not a
 * list searched per error: an array can have errors in 300,000 elements (TGI's logprob tokens).
 */
interface ErrorNode {
  readonly entry: t.ContextEntry;
  readonly children: Map<string, ErrorNode>;
  readonly errors: t.ValidationError[];
}

const newNode = (entry: t.ContextEntry): ErrorNode => ({ entry, children: new Map(), errors: [] });

const childAt = (node: ErrorNode, entry: t.ContextEntry): ErrorNode => {
  let child = node.children.get(entry.key);
  if (child === undefined) {
    child = newNode(entry);
    node.children.set(entry.key, child);
  }
  return child;
};

const buildTree = (errors: t.Errors): ErrorNode | undefined => {
  let root: ErrorNode | undefined;
  for (const error of errors) {
    const context = error.context;
    const first = context[0];
    if (first === undefined) continue;
    root ??= newNode(first);
    let node = root;
    for (let depth = 1; depth < context.length; depth += 1) {
      const entry = context[depth];
      if (entry !== undefined) node = childAt(node, entry);
    }
    node.errors.push(error);
  }
  return root;
};

const countErrors = (node: ErrorNode): number => {
  let count = node.errors.length;
  for (const child of node.children.values()) count += countErrors(child);
  return count;
};

/** The value did not even have the branch's outer shape (not an object, not a string, ...). */
const failsAtSurface = (node: ErrorNode): boolean => {
  if (node.errors.length > 0) return true;
  if (node.entry.type instanceof t.IntersectionType) {
    for (const child of node.children.values()) if (failsAtSurface(child)) return true;
  }
  return false;
};

/** The members of a union codec, read without trusting io-ts's `any`-typed fields. */
const membersOf = (codec: unknown): readonly unknown[] => {
  if (!(codec instanceof t.UnionType)) return [];
  const types: unknown = codec.types;
  return t.UnknownArray.is(types) ? types : [];
};

const propsOf = (codec: unknown): Record<string, unknown> | undefined => {
  if (!(codec instanceof t.InterfaceType || codec instanceof t.PartialType)) return undefined;
  const props: unknown = codec.props;
  return t.UnknownRecord.is(props) ? props : undefined;
};

/**
 * A function of a codec, worked out once per codec: a stream whose chunks all fail alike asks the
 * same questions of the same codecs for every chunk.
 */
const perCodec = <R>(work: (codec: object) => R): ((codec: object) => R) => {
  const known = new WeakMap<object, { readonly result: R }>();
  return (codec) => {
    let entry = known.get(codec);
    if (entry === undefined) {
      entry = { result: work(codec) };
      known.set(codec, entry);
    }
    return entry.result;
  };
};

const isEnumLike = (codec: unknown): boolean => {
  if (codec instanceof t.KeyofType || codec instanceof t.NullType) return true;
  const members = membersOf(codec);
  return members.some((member) => member instanceof t.KeyofType) && members.every(isEnumLike);
};

const enumLike = perCodec(isEnumLike);

const MAX_SHOWN = 80;

/** The start of a text that may be megabytes long (an error event, a stray line), for a message. */
export const excerpt = (text: string, max = MAX_SHOWN): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What came, in a few characters: strings quoted, structures by kind. */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing (field absent)';
  if (value === null) return 'null';
  if (t.string.is(value)) return `string ${JSON.stringify(excerpt(value))}`;
  if (t.number.is(value)) return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  if (t.boolean.is(value)) return `boolean ${value}`;
  if (t.UnknownArray.is(value)) return `array of ${value.length}`;
  return 'object';
};

const joinPath = (parent: string, parentCodec: t.Decoder<unknown, unknown>, key: string): string => {
  // Union branches and intersection members are numbered by io-ts; they are not part of the data.
  if (parentCodec instanceof t.UnionType || parentCodec instanceof t.IntersectionType) return parent;
  return parentCodec instanceof t.ArrayType ? indexPath(parent, key) : keyPath(parent, key);
};

/** The literal each member of a union of object codecs has under one key (ToolCall's `type`). */
const findTag = (codec: unknown): { key: string; values: string[] } | undefined => {
  const members = membersOf(codec);
  const first = propsOf(members[0]);
  if (first === undefined) return undefined;
  for (const key of Object.keys(first)) {
    const values: string[] = [];
    for (const member of members) {
      const prop = propsOf(member)?.[key];
      if (prop instanceof t.LiteralType) values.push(String(prop.value));
    }
    if (values.length === members.length) return { key, values };
  }
  return undefined;
};

const tagOf = perCodec(findTag);

const issueAt = (path: string, expected: string, enumLike: boolean, actual: unknown): ContractIssue => {
  const shown = describeValue(actual);
  if (actual === undefined) return { severity: 'error', path, message: 'missing required field', expected, actual: shown };
  if (enumLike && t.string.is(actual)) {
    return { severity: 'warning', path, message: 'value the contract does not list', expected, actual: shown };
  }
  return { severity: 'error', path, message: 'wrong type or value', expected, actual: shown };
};

const leafIssue = (path: string, codec: t.Decoder<unknown, unknown>, actual: unknown): ContractIssue =>
  issueAt(path, expectedText(codec), enumLike(codec), actual);

const collect = (node: ErrorNode, path: string, out: ContractIssue[]): void => {
  const codec = node.entry.type;
  if (codec instanceof t.UnionType) {
    const branches = [...node.children.values()].filter((branch) => !failsAtSurface(branch));
    const tag = tagOf(codec);
    const actual = t.UnknownRecord.is(node.entry.actual) ? node.entry.actual : undefined;
    if (branches.length === 0 && tag !== undefined && actual !== undefined) {
      // A tagged union: io-ts checked only the branch the tag selects, so name the tag itself.
      out.push(issueAt(keyPath(path, tag.key), choiceText(tag.values), true, actual[tag.key]));
      return;
    }
    let best: ErrorNode | undefined;
    let bestCount = Number.POSITIVE_INFINITY;
    for (const branch of branches) {
      const count = countErrors(branch);
      if (count < bestCount) {
        best = branch;
        bestCount = count;
      }
    }
    if (best === undefined) {
      out.push(leafIssue(path, codec, node.entry.actual));
      return;
    }
    collect(best, path, out);
    return;
  }
  if (node.errors.length > 0) {
    out.push(leafIssue(path, codec, node.entry.actual));
    return;
  }
  // Every member of an intersection rejected the value's own shape: one issue, not one per member.
  if (codec instanceof t.IntersectionType && failsAtSurface(node) && [...node.children.values()].every(failsAtSurface)) {
    out.push(leafIssue(path, codec, node.entry.actual));
    return;
  }
  for (const child of node.children.values()) collect(child, joinPath(path, codec, child.entry.key), out);
};

/** The issues of one failed decode; `prefix` places them inside a larger document (`events[3]`). */
export const issuesFromErrors = (errors: t.Errors, prefix = ''): ContractIssue[] => {
  const root = buildTree(errors);
  if (root === undefined) return [];
  const issues: ContractIssue[] = [];
  collect(root, '', issues);
  return prefix === '' ? issues : issues.map((issue) => ({ ...issue, path: pathWithin(prefix, issue.path) }));
};
