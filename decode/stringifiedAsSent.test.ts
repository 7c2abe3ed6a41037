import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSse } from './sse';
import { formatFixtureNames, readFormatFixture } from '../testing/fixtureFiles';
import { stringifiedAsSent } from './stringifiedAsSent';

/**
 * stringifiedAsSent stands in for JSON.stringify of a value inside a parsed payload: whatever it
 * answers must be exactly JSON.stringify's output, for any JSON text the value was parsed from,
 * and for text JSON.stringify wrote it must answer. Held to JSON.stringify itself, on texts written
 * every way JSON allows: whitespace, escapes of any character, numbers written otherwise, a key
 * sent twice, keys JSON.parse reorders.
 */

/** Characters of every kind JSON.stringify treats apart: plain, Latin-1, a pair and lone surrogates, quote, backslash, controls. */
const character = fc.constantFrom(
  'a',
  'Z',
  '1',
  ' ',
  '/',
  'é',
  'ÿ',
  '😀',
  '\ud800',
  '\udfff',
  '"',
  '\\',
  '\n',
  '\u0001',
  '\u001f',
  '\u2028',
);
const text = fc.string({ unit: character, maxLength: 6 });
/** Keys as JSON.parse makes them, integer-like ones (reordered first) and `__proto__` included. */
const key = fc.oneof(text, fc.constantFrom('0', '7', '12', '4294967295', '__proto__', 'toJSON', 'type', 'content'));
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1e-7, 2 ** 60, 0.1),
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));

/** Choices for a writer, read in turn and again from the start. */
class Choices {
  #next = 0;
  constructor(private readonly picks: readonly number[]) {}
  pick(of: number): number {
    const picked = this.picks[this.#next % this.picks.length] ?? 0;
    this.#next += 1;
    return picked % of;
  }
}

/** A choice: mostly 3, which every writer below reads as writing it as JSON.stringify does. */
const choice = fc.oneof({ weight: 4, arbitrary: fc.constant(3) }, fc.nat());

const space = (choices: Choices): string => ['', '', '', '', ' ', '\n', '\t '][choices.pick(7)] ?? '';

/** A string's JSON with characters escaped otherwise at times (`\u0061`, `\/`). */
const writeString = (string: string, choices: Choices): string => {
  let written = '"';
  for (const char of string) {
    const unit = char.charCodeAt(0);
    const choice = choices.pick(8);
    if (choice === 0)
      for (let index = 0; index < char.length; index += 1) written += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
    else if (choice === 1 && char === '/') written += '\\/';
    // A lone surrogate as it is: JSON.parse takes it, JSON.stringify writes it escaped.
    else if (choice === 2 && unit >= 0xd800 && unit <= 0xdfff) written += char;
    else written += JSON.stringify(char).slice(1, -1);
  }
  return `${written}"`;
};

/** A number's JSON, written otherwise at times where JSON.parse reads the same number. */
const writeNumber = (number: number, choices: Choices): string => {
  const canonical = JSON.stringify(number);
  const choice = choices.pick(6);
  if (choice === 0 && Number.isInteger(number) && !canonical.includes('e')) return `${canonical}.0`;
  if (choice === 1 && Number.isInteger(number) && !canonical.includes('e')) return `${canonical}e0`;
  if (choice === 2 && number === 0) return '-0';
  return canonical;
};

/** A value of the same shape and lengths as another, but not equal to it: what a key sent twice may carry first. */
const decoyOf = (value: unknown): unknown => {
  if (typeof value === 'string') return 'q'.repeat(value.length) === value ? 'r'.repeat(value.length) : 'q'.repeat(value.length);
  if (typeof value === 'number') return value === 1 ? 2 : 1;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length === 0 ? [0] : value.map(decoyOf);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, decoyOf(item)]));
  return 0;
};

/** The value as JSON text, written any way JSON allows. */
const write = (value: unknown, choices: Choices): string => {
  if (typeof value === 'string') return writeString(value, choices);
  if (typeof value === 'number') return writeNumber(value, choices);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${space(choices)}${value.map((item) => write(item, choices)).join(`${space(choices)},${space(choices)}`)}${space(choices)}]`;
  const members: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    // A key sent twice: JSON.parse keeps the first place and the last value.
    if (choices.pick(9) === 0)
      members.push(`${writeString(name, choices)}:${write(choices.pick(2) === 0 ? item : decoyOf(item), choices)}`);
    members.push(`${writeString(name, choices)}${space(choices)}:${space(choices)}${write(item, choices)}`);
  }
  // Keys in another order at times: JSON.parse puts integer-like keys first.
  if (choices.pick(5) === 0) members.reverse();
  return `{${space(choices)}${members.join(',')}${space(choices)}}`;
};

/** A payload whose `a.b` is the value, with other members around both. */
const payload = fc
  .record({
    before: fc.dictionary(key, value, { maxKeys: 2 }),
    inner: fc.dictionary(key, value, { maxKeys: 2 }),
    after: fc.dictionary(key, value, { maxKeys: 2 }),
    target: value,
  })
  .map(({ before, inner, after, target }) => {
    const root: Record<string, unknown> = {};
    Object.assign(root, before);
    root.a = { ...inner, b: target };
    Object.assign(root, after);
    return root;
  });

const PATH = ['a', 'b'];

/** What JSON.stringify writes of `a.b` of a parsed payload, undefined where there is none. */
const expectedOf = (parsed: unknown): string | undefined => {
  const a: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'a') : undefined;
  const b: unknown = typeof a === 'object' && a !== null && !Array.isArray(a) && Object.hasOwn(a, 'b') ? Reflect.get(a, 'b') : undefined;
  return b === undefined ? undefined : JSON.stringify(b);
};

describe('stringifiedAsSent', () => {
  it('answers exactly JSON.stringify of the value, or nothing, whatever way the text was written', () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(payload, fc.array(choice, { minLength: 1, maxLength: 40 }), (root, picks) => {
        const written = write(root, new Choices(picks));
        const parsed: unknown = JSON.parse(written);
        const got = stringifiedAsSent(written, parsed, PATH, false);
        if (got === undefined) declined += 1;
        else {
          answered += 1;
          expect(got).toBe(expectedOf(parsed));
        }
      }),
      { numRuns: 4000 },
    );
    // Both ways taken often enough for the property to mean something.
    expect(answered).toBeGreaterThan(400);
    expect(declined).toBeGreaterThan(400);
  });

  it('answers for any text JSON.stringify wrote', () => {
    fc.assert(
      fc.property(payload, (root) => {
        const written = JSON.stringify(root);
        const parsed: unknown = JSON.parse(written);
        const got = stringifiedAsSent(written, parsed, PATH, false);
        // An object with a toJSON key on the way is left to JSON.stringify (it would call one that is a function).
        if (got !== undefined || !written.includes('"toJSON"')) expect(got).toBe(expectedOf(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers nothing for a path that is not there, and while Object.prototype has an enumerable key', () => {
    const written = '{"a":{"b":[1,"x"]}}';
    const parsed: unknown = JSON.parse(written);
    expect(stringifiedAsSent(written, parsed, PATH, false)).toBe('[1,"x"]');
    expect(stringifiedAsSent(written, parsed, ['a', 'c'], false)).toBeUndefined();
    expect(stringifiedAsSent(written, parsed, ['b'], false)).toBeUndefined();
    expect(stringifiedAsSent(written, parsed, PATH, true)).toBeUndefined();
  });

  it('answers nothing where JSON.stringify would call a toJSON (one added to Object.prototype or Array.prototype)', () => {
    const written = '{"a":{"b":[{"c":1}]}}';
    const parsed: unknown = JSON.parse(written);
    for (const prototype of [Object.prototype, Array.prototype]) {
      Object.defineProperty(prototype, 'toJSON', { value: () => 'replaced', configurable: true, writable: true });
      try {
        const got = stringifiedAsSent(written, parsed, PATH, false);
        expect(got === undefined || got === expectedOf(parsed)).toBe(true);
      } finally {
        Reflect.deleteProperty(prototype, 'toJSON');
      }
    }
  });

  it('takes the recorded web search result from its event', () => {
    const body = readFormatFixture('anthropic-messages', 'anthropic-stream-websearch-1.sse');
    const event = parseSse(body).events.find((candidate) => candidate.data.includes('"web_search_tool_result"'));
    expect(event).toBeDefined();
    const data = event?.data ?? '';
    const parsed: unknown = JSON.parse(data);
    const got = stringifiedAsSent(data, parsed, ['content_block', 'content'], false);
    expect(got).toBeDefined();
    expect(got).toBe(JSON.stringify(Reflect.get(Reflect.get(Object(parsed), 'content_block'), 'content')));
    expect(formatFixtureNames('anthropic-messages')).toContain('anthropic-stream-websearch-1.sse');
  });
});
