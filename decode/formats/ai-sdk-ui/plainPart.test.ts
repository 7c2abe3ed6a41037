import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureIssues } from '../../contract/failureIssues';
import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { parseJson } from '../../parseJson';
import { PLAIN_PART_FIELDS, uiPartCodec } from './codecs';
import { emptyPlainPart, readPlainPart } from './plainPart';
import { UiMessageAssembler } from './reassemble';

/** A part read by its own keys must be one the walk against its codec finds conforming, with nothing to list. */

const PLAIN_TYPES = [...PLAIN_PART_FIELDS.keys()];

/** Arrays nested `levels` deep around a 1: past the 128 levels parseJson allows, from about 126 here. */
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
};

const anyValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 120, max: 130 }).map(nested),
  fc.constantFrom(2 ** 60, -1e21, 2 ** 53 + 2),
);
/** A provider record's keys: the replay marks the assembler reads (partFields.ts, markReasoning) and others. */
const providerKey = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom('signature', 'thoughtSignature', 'redactedData', 'reasoningEncryptedContent', 'itemId'),
);
const providerMetadata = fc.oneof(
  fc.dictionary(fc.constantFrom('openai', 'anthropic', 'google'), fc.dictionary(providerKey, anyValue, { maxKeys: 3 })),
  anyValue,
);
const part = fc
  .record(
    {
      type: fc.constantFrom(...PLAIN_TYPES),
      // Few ids, so that deltas of one reasoning block come in runs and blocks interleave.
      id: fc.oneof(fc.constantFrom('r0', 'r1', 't'), fc.string({ maxLength: 8 }), anyValue),
      delta: fc.oneof(fc.string({ maxLength: 8 }), anyValue),
      providerMetadata,
      extra: anyValue,
    },
    { requiredKeys: ['type'] },
  )
  // As it arrives: JSON text parsed (the generated numbers and nesting survive the round trip).
  .map((value) => JSON.stringify(value));

const freshScan = (): ValueScan => ({ tooDeep: false, hugeNumber: false });

const parsedPart = (text: string): JsonRecord => {
  const parsed = parseJson(text, Number.POSITIVE_INFINITY);
  if (E.isLeft(parsed)) throw new Error('unparsable');
  return parsed.right.value as JsonRecord;
};

const fieldsOf = (record: JsonRecord): readonly string[] => PLAIN_PART_FIELDS.get(String(record.type)) ?? [];

describe('plain UI stream parts', () => {
  it('are read by their own keys only when the walk finds them conforming with no extension, and scan as parseJson does', () => {
    fc.assert(
      fc.property(part, (text) => {
        const record = parsedPart(text);
        const scan = freshScan();
        if (!readPlainPart(record, fieldsOf(record), scan, emptyPlainPart())) {
          expect(scan).toEqual(freshScan());
          return;
        }
        const codec = uiPartCodec(String(record.type));
        if (codec === undefined) throw new Error('no codec');
        const walkScan = freshScan();
        const walked = new FailureIssues(codec).check(record, walkScan);
        expect(walked).toEqual({ extensions: [], issues: [] });
        expect(scan).toEqual(walkScan);
        // parseJson's own scan of the same text says the same.
        const scanned = parseJson(text);
        expect(E.isLeft(scanned) && scanned.left.reason === 'depth').toBe(scan.tooDeep);
        if (E.isRight(scanned)) expect(scanned.right.mayHoldPreciseNumbers).toBe(scan.hugeNumber);
      }),
      { numRuns: 2000 },
    );
  });

  it('give the assembler the fields it would read from the part: the same message, fed plain or whole', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (texts) => {
        const whole = new UiMessageAssembler();
        const fed = new UiMessageAssembler();
        const plain = emptyPlainPart();
        for (const text of texts) {
          const record = parsedPart(text);
          const type = String(record.type);
          whole.add(type, record);
          if (readPlainPart(record, fieldsOf(record), freshScan(), plain)) fed.addPlain(type, plain);
          else fed.add(type, record);
        }
        expect(fed.result()).toEqual(whole.result());
      }),
      { numRuns: 2000 },
    );
  });

  it('are the deltas the SDK writes, with or without providerMetadata; not a part with another field or a field of another type', () => {
    const plain = (text: string): boolean => {
      const record = parsedPart(text);
      return readPlainPart(record, fieldsOf(record), freshScan(), emptyPlainPart());
    };
    expect(plain('{"type":"text-delta","id":"t","delta":"Hel"}')).toBe(true);
    expect(plain('{"type":"reasoning-delta","id":"r:0","delta":" x","providerMetadata":{"openai":{"itemId":"rs_1"}}}')).toBe(true);
    expect(plain('{"type":"text-start","id":"t","providerMetadata":{}}')).toBe(true);
    expect(plain('{"type":"text-delta","id":"t"}')).toBe(false);
    expect(plain('{"type":"text-delta","id":"t","delta":"a","extra":1}')).toBe(false);
    expect(plain('{"type":"text-delta","id":7,"delta":"a"}')).toBe(false);
    expect(plain('{"type":"text-end","id":"t","delta":"a"}')).toBe(false);
    expect(plain('{"type":"text-delta","id":"t","delta":"a","providerMetadata":{"openai":"x"}}')).toBe(false);
  });

  it('have their providerMetadata scanned: a huge number or nesting past 128 levels in it is found', () => {
    const scanOf = (text: string): ValueScan => {
      const scan = freshScan();
      const record = parsedPart(text);
      expect(readPlainPart(record, fieldsOf(record), scan, emptyPlainPart())).toBe(true);
      return scan;
    };
    // The part is level 1, providerMetadata 2, a provider record 3, its field's value 4: 125 arrays reach 128.
    const deep = (levels: number): string =>
      `{"type":"text-delta","id":"t","delta":"a","providerMetadata":{"p":{"x":${JSON.stringify(nested(levels))}}}}`;
    expect(scanOf(deep(125))).toEqual({ tooDeep: false, hugeNumber: false });
    expect(scanOf(deep(126))).toEqual({ tooDeep: true, hugeNumber: false });
    expect(scanOf('{"type":"text-start","id":"t","providerMetadata":{"p":{"seed":123456789012345678901}}}')).toEqual({
      tooDeep: false,
      hugeNumber: true,
    });
  });
});
