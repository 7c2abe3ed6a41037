import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureIssues } from '../../contract/failureIssues';
import type { ValueScan } from '../../parseJson';
import { DATA_PARTS } from './codecs';
import type { DataPartKind } from './codecs';
import { isPlainLine } from './plainLine';

/** A line read by its own keys must be one the walk against its codec finds conforming, with nothing to list. */

const kindOf = (code: string): DataPartKind => {
  const kind = DATA_PARTS.get(code);
  if (kind === undefined) throw new Error(`no part ${code}`);
  return kind;
};

const anyValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(2 ** 60, -1e21, 2 ** 53 + 2, 12.5, null, true),
);
/** A field left out at times (JSON.stringify drops it), or, for `rarely`, most of the time. */
const often = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 4 });
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

/** A field of the type its codec asks for, mostly; anything at times. */
const aString = fc.oneof({ arbitrary: fc.string({ maxLength: 4 }), weight: 4 }, { arbitrary: anyValue, weight: 1 });
const aCount = fc.oneof(fc.nat(), fc.constantFrom(null, 2 ** 60, 2 ** 53 + 2, 12.5), anyValue);
const aUsage = fc.oneof(
  { arbitrary: fc.record({ promptTokens: often(aCount), completionTokens: often(aCount), totalTokens: rarely(aCount) }), weight: 4 },
  { arbitrary: anyValue, weight: 1 },
);

/** The fields each part's codec names, each present or not, right or wrong, and sometimes one more. */
const FIELDS: Readonly<Record<string, Record<string, fc.Arbitrary<unknown>>>> = {
  f: { messageId: often(aString) },
  b: { toolCallId: often(aString), toolName: often(aString) },
  c: { toolCallId: often(aString), argsTextDelta: often(aString) },
  i: { data: often(aString) },
  j: { signature: often(aString) },
  k: { mimeType: often(aString), data: often(aString) },
  d: { finishReason: often(aString), usage: often(aUsage), isContinued: often(fc.oneof(fc.boolean(), anyValue)) },
  e: { finishReason: often(aString), usage: often(aUsage), isContinued: often(fc.oneof(fc.boolean(), anyValue)) },
  9: { toolCallId: often(aString), toolName: often(aString), args: often(anyValue) },
};

const line = fc.constantFrom(...DATA_PARTS.keys()).chain((code) =>
  fc.tuple(
    fc.constant(code),
    fc
      .oneof({ arbitrary: fc.record({ ...(FIELDS[code] ?? {}), extra: rarely(anyValue) }), weight: 4 }, { arbitrary: anyValue, weight: 1 })
      // As it arrives: JSON text parsed (the generated numbers survive the round trip).
      .map((value): unknown => JSON.parse(JSON.stringify(value))),
  ),
);

const freshScan = (): ValueScan => ({ tooDeep: false, hugeNumber: false });

describe('plain data stream lines', () => {
  it('are read by their own keys only when the walk finds them conforming with no extension, and scan as the walk does', () => {
    let plainSeen = 0;
    fc.assert(
      fc.property(line, ([code, value]) => {
        const kind = kindOf(code);
        const scan = freshScan();
        if (!isPlainLine(kind, value, scan)) {
          expect(scan).toEqual(freshScan());
          return;
        }
        plainSeen += 1;
        const walkScan = freshScan();
        expect(new FailureIssues(kind.codec).check(value, walkScan)).toEqual({ extensions: [], issues: [] });
        expect(scan).toEqual(walkScan);
      }),
      { numRuns: 3000 },
    );
    // The generator reaches plain lines often enough for the property to say something.
    expect(plainSeen).toBeGreaterThan(300);
  });

  it('are the flat parts and finish parts the SDK writes; not a part with another field or a field of another type', () => {
    const plain = (code: string, text: string): boolean => isPlainLine(kindOf(code), JSON.parse(text), freshScan());
    expect(plain('f', '{"messageId":"msg-1"}')).toBe(true);
    expect(plain('c', '{"toolCallId":"call_1","argsTextDelta":"{\\""}')).toBe(true);
    expect(plain('e', '{"finishReason":"stop","usage":{"promptTokens":13,"completionTokens":8},"isContinued":false}')).toBe(true);
    expect(plain('d', '{"finishReason":"unknown","usage":{"promptTokens":null,"completionTokens":null}}')).toBe(true);
    expect(plain('d', '{"finishReason":"stop"}')).toBe(true);
    // isContinued belongs to a step's finish only: on the message's it is an extension.
    expect(plain('d', '{"finishReason":"stop","isContinued":false}')).toBe(false);
    expect(plain('e', '{"finishReason":"stop","usage":{"promptTokens":1,"completionTokens":2,"totalTokens":3}}')).toBe(false);
    expect(plain('e', '{"usage":{"promptTokens":1,"completionTokens":2}}')).toBe(false);
    expect(plain('f', '{"messageId":7}')).toBe(false);
    expect(plain('b', '{"toolCallId":"call_1"}')).toBe(false);
    expect(plain('f', '{"messageId":"m","extra":1}')).toBe(false);
    expect(plain('9', '{"toolCallId":"c","toolName":"n","args":{}}')).toBe(false);
    expect(plain('0', '"text"')).toBe(false);
  });

  it('note a count beyond 2^53 in the scan', () => {
    const scan = freshScan();
    expect(
      isPlainLine(
        kindOf('d'),
        JSON.parse('{"finishReason":"stop","usage":{"promptTokens":123456789012345678901,"completionTokens":1}}'),
        scan,
      ),
    ).toBe(true);
    expect(scan).toEqual({ tooDeep: false, hugeNumber: true });
  });
});
