import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkContract } from '../../contract/walkContract';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { parseSse } from '../../sse';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { STREAM_EVENT_CODECS } from './codecs';
import { plainBlockDeltaReader } from './plainBlockDelta';

/**
 * The plain-delta reader stands in for the walk of a content_block_delta: whatever it reads as
 * plain, the walk must find conforming, with no extension, no huge number and no deep nesting,
 * and the reader's index, type and fragment must be the event's own. Held to the walk itself.
 */

const FORMAT = 'anthropic-messages';
const codec = STREAM_EVENT_CODECS.get('content_block_delta');

/** Every content_block_delta of the recorded streams, parsed. */
const recordedDeltas: JsonRecord[] = formatFixtureNames(FORMAT)
  .filter((name) => name.endsWith('.sse'))
  .flatMap((name) => parseSse(readFormatFixture(FORMAT, name)).events)
  .flatMap((event) => {
    const record = event.event === 'content_block_delta' ? recordOf(JSON.parse(event.data)) : undefined;
    return record === undefined ? [] : [record];
  });

/** What the walk says of an event: conforms, its extensions, what its scan found. */
const walked = (event: JsonRecord) => {
  if (codec === undefined) throw new Error('no content_block_delta codec');
  const extensions: string[] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const conforms = walkContract(codec, event, (steps) => extensions.push(steps.join('.')), { places: [], reusable: true }, scan);
  return { conforms, extensions, scan };
};

const read = plainBlockDeltaReader(false);

/** A copy of the reader's answer (it is overwritten by the next read). */
const readCopy = (event: JsonRecord) => {
  const plain = read?.(event);
  return plain === undefined ? undefined : { ...plain };
};

const FIELD_OF: Record<string, string> = {
  text_delta: 'text',
  thinking_delta: 'thinking',
  signature_delta: 'signature',
  input_json_delta: 'partial_json',
};

/** One change to a plain delta event: a key added (last or first), removed, or its value replaced by anything. */
interface Change {
  readonly where: 'event' | 'delta';
  readonly how: 'set' | 'set first' | 'drop' | 'rename fragment';
  readonly key: string;
  readonly value: unknown;
}
const change: fc.Arbitrary<Change> = fc.record({
  where: fc.constantFrom('event', 'delta'),
  how: fc.constantFrom('set', 'set first', 'drop', 'rename fragment'),
  key: fc.constantFrom('type', 'index', 'delta', 'text', 'thinking', 'signature', 'partial_json', 'citation', 'extra'),
  value: fc.anything({ maxDepth: 3 }),
});

/** `record` with `key` set to `value` as its first key (or in its own place, when it has it). */
const withFirst = (record: JsonRecord, key: string, value: unknown): JsonRecord => ({ [key]: value, ...record, [key]: value });

/** `record` without `key`. */
const without = (record: JsonRecord, key: string): JsonRecord =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

const changes: fc.Arbitrary<readonly Change[]> = fc.oneof(
  { arbitrary: fc.constant([]), weight: 1 },
  { arbitrary: fc.array(change, { minLength: 1, maxLength: 2 }), weight: 2 },
);

/** A plain delta event with up to two changes, as JSON.parse would hand it over (no undefined, no -0, no NaN). */
const nearlyPlain = fc
  .record({
    index: fc.oneof(fc.nat(), fc.double(), fc.constant(2 ** 60), fc.constant(-(2 ** 60))),
    type: fc.constantFrom('text_delta', 'thinking_delta', 'signature_delta', 'input_json_delta', 'citations_delta', 'sparkle_delta'),
    fragment: fc.string(),
    changes,
  })
  .map(({ index, type, fragment, changes }) => {
    const field = FIELD_OF[type] ?? 'text';
    let delta: JsonRecord = { type, [field]: fragment };
    let event: JsonRecord = { type: 'content_block_delta', index };
    for (const { where, how, key, value } of changes) {
      const target = where === 'event' ? event : delta;
      let changed: JsonRecord = target;
      if (how === 'set') changed = { ...target, [key]: value };
      else if (how === 'set first') changed = withFirst(target, key, value);
      else if (how === 'drop') changed = without(target, key);
      else if (where === 'delta') changed = { ...without(target, field), [key]: fragment };
      if (where === 'event') event = changed;
      else delta = changed;
    }
    if (!changes.some((one) => one.where === 'event' && one.key === 'delta')) event = { ...event, delta };
    const parsed: unknown = JSON.parse(JSON.stringify(event));
    return recordOf(parsed) ?? {};
  });

describe('anthropic-messages: a plain content_block_delta is what the walk finds plain', () => {
  it('reads every recorded text, thinking, signature and tool-input delta, with its own index, type and fragment', () => {
    const plain = recordedDeltas.filter((event) => read?.(event) !== undefined);
    // 10 input_json_delta, 13 text_delta (websearch), thinking and signature deltas: all but the citation.
    expect(recordedDeltas.length).toBeGreaterThan(100);
    expect(recordedDeltas.length - plain.length).toBe(1);
    for (const event of recordedDeltas) {
      const plainRead = readCopy(event);
      const delta = recordOf(event.delta);
      if (plainRead === undefined) {
        expect(delta?.type).toBe('citations_delta');
        continue;
      }
      const type = String(delta?.type);
      expect(plainRead).toEqual({ index: event.index, type, fragment: delta?.[FIELD_OF[type] ?? ''] });
      expect(walked(event)).toEqual({ conforms: true, extensions: [], scan: { tooDeep: false, hugeNumber: false } });
    }
  });

  it('reads as plain only what the walk finds conforming with no extension and nothing to scan for', () => {
    let plainSeen = 0;
    let otherSeen = 0;
    fc.assert(
      fc.property(nearlyPlain, (event) => {
        const plainRead = readCopy(event);
        const walk = walked(event);
        const clean = walk.conforms && walk.extensions.length === 0 && !walk.scan.hugeNumber && !walk.scan.tooDeep;
        // Not plain: the walk decides, whatever it finds (a delta with a null `text` beside its
        // partial_json is clean to it, and simply not read here).
        if (plainRead === undefined) {
          otherSeen += 1;
          return;
        }
        const delta = recordOf(event.delta);
        plainSeen += 1;
        expect(clean).toBe(true);
        const type = String(delta?.type);
        expect(plainRead).toEqual({ index: event.index, type, fragment: delta?.[FIELD_OF[type] ?? ''] });
      }),
      { numRuns: 3_000 },
    );
    expect(plainSeen).toBeGreaterThan(150);
    expect(otherSeen).toBeGreaterThan(300);
  });

  it('is not used while Object.prototype has an enumerable property (the walk then asks io-ts)', () => {
    expect(plainBlockDeltaReader(true)).toBeUndefined();
  });
});
