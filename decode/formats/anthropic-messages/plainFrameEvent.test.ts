import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkContract } from '../../contract/walkContract';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { parseSse } from '../../sse';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { STREAM_EVENT_CODECS } from './codecs';
import { plainFrameEventReader } from './plainFrameEvent';

/**
 * The plain framing-event reader stands in for the walk of a ping, message_stop,
 * content_block_stop or content_block_start: whatever it reads as plain, the walk must find
 * conforming, with no extension, no huge number and no deep nesting, and the reader's type, index
 * and block must be the event's own. Held to the walk itself.
 */

const FORMAT = 'anthropic-messages';
const FRAME_TYPES = ['ping', 'message_stop', 'content_block_stop', 'content_block_start'];

/** Every event of the recorded streams, parsed. */
const recordedEvents: JsonRecord[] = formatFixtureNames(FORMAT)
  .filter((name) => name.endsWith('.sse'))
  .flatMap((name) => parseSse(readFormatFixture(FORMAT, name)).events)
  .flatMap((event) => {
    let value: unknown;
    try {
      value = JSON.parse(event.data);
    } catch {
      return [];
    }
    const record = recordOf(value);
    return record === undefined ? [] : [record];
  });

/** What the walk says of an event, against the codec of its own type: conforms, its extensions, what its scan found. */
const walked = (event: JsonRecord) => {
  const codec = typeof event.type === 'string' ? STREAM_EVENT_CODECS.get(event.type) : undefined;
  if (codec === undefined) return { conforms: false, extensions: [], scan: { tooDeep: false, hugeNumber: false } };
  const extensions: string[] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const conforms = walkContract(codec, event, (steps) => extensions.push(steps.join('.')), { places: [], reusable: true }, scan);
  return { conforms, extensions, scan };
};

const read = plainFrameEventReader(false);

/** A copy of the reader's answer (it is overwritten by the next read). */
const readCopy = (event: JsonRecord) => {
  const plain = read?.(event);
  return plain === undefined ? undefined : { ...plain };
};

/** What the reader must answer for a plain event: its own type, index (0 when it has none) and block. */
const expectedOf = (event: JsonRecord) => ({
  type: event.type,
  index: typeof event.index === 'number' ? event.index : 0,
  block: event.type === 'content_block_start' ? event.content_block : undefined,
});

/** One change to a plain event: a key added (last or first), removed, or its value replaced by anything. */
interface Change {
  readonly where: 'event' | 'block';
  readonly how: 'set' | 'set first' | 'drop';
  readonly key: string;
  readonly value: unknown;
}
const change: fc.Arbitrary<Change> = fc.record({
  where: fc.constantFrom('event', 'block'),
  how: fc.constantFrom('set', 'set first', 'drop'),
  key: fc.constantFrom(
    'type',
    'index',
    'content_block',
    'text',
    'thinking',
    'signature',
    'data',
    'citations',
    'input',
    '__proto__',
    'extra',
  ),
  value: fc.oneof(fc.anything({ maxDepth: 3 }), fc.constantFrom('', 'ping', 'text', 'thinking', 'content_block_stop')),
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

/** A plain framing event with up to two changes, as JSON.parse would hand it over (no undefined, no -0, no NaN). */
const nearlyPlain = fc
  .record({
    type: fc.constantFrom(...FRAME_TYPES, 'content_block_delta', 'message_delta'),
    index: fc.oneof(fc.nat(), fc.double(), fc.constant(2 ** 60), fc.constant(-(2 ** 60))),
    blockType: fc.constantFrom('text', 'thinking', 'redacted_thinking', 'tool_use'),
    text: fc.string(),
    changes,
  })
  .map(({ type, index, blockType, text, changes }) => {
    let block: JsonRecord = blockType === 'thinking' ? { type: blockType, thinking: text, signature: '' } : { type: blockType, text };
    let event: JsonRecord = { type };
    if (type === 'content_block_stop' || type === 'content_block_start') event.index = index;
    for (const { where, how, key, value } of changes) {
      const target = where === 'event' ? event : block;
      let changed: JsonRecord;
      if (how === 'set') changed = { ...target, [key]: value };
      else if (how === 'set first') changed = withFirst(target, key, value);
      else changed = without(target, key);
      if (where === 'event') event = changed;
      else block = changed;
    }
    const blockReplaced = changes.some((one) => one.where === 'event' && one.key === 'content_block');
    if (type === 'content_block_start' && !blockReplaced) event = { ...event, content_block: block };
    const parsed: unknown = JSON.parse(JSON.stringify(event));
    return recordOf(parsed) ?? {};
  });

describe('anthropic-messages: a plain framing event is what the walk finds plain', () => {
  it('reads every recorded ping, message_stop and content_block_stop, and the text and thinking content_block_starts', () => {
    const framing = recordedEvents.filter((event) => FRAME_TYPES.includes(String(event.type)));
    const plain = framing.filter((event) => read?.(event) !== undefined);
    // 5 streams of 6 carry blocks: 14 starts, 13 stops, 5 message_stops, 7 pings (counted with grep).
    expect(framing.length).toBe(39);
    for (const event of framing) {
      const plainRead = readCopy(event);
      if (plainRead === undefined) {
        // Left to the walk: a block with an id, input, data, citations or a result.
        expect(event.type).toBe('content_block_start');
        const block = recordOf(event.content_block);
        expect(block?.type === 'text' ? Object.keys(block) : block?.type).not.toEqual(['type', 'text']);
        continue;
      }
      expect(plainRead).toEqual(expectedOf(event));
      expect(walked(event)).toEqual({ conforms: true, extensions: [], scan: { tooDeep: false, hugeNumber: false } });
    }
    // Eight of the 14 starts are a bare text (7) or thinking (1) block; the other six (two redacted
    // thinking, a tool_use, a server_tool_use, a search result, a text with citations) are walked.
    expect(framing.length - plain.length).toBe(6);
  });

  it('reads no other event as plain', () => {
    for (const event of recordedEvents.filter((one) => !FRAME_TYPES.includes(String(one.type)))) expect(read?.(event)).toBeUndefined();
  });

  it('reads as plain only what the walk finds conforming with no extension and nothing to scan for', () => {
    let plainSeen = 0;
    let otherSeen = 0;
    fc.assert(
      fc.property(nearlyPlain, (event) => {
        const plainRead = readCopy(event);
        if (plainRead === undefined) {
          otherSeen += 1;
          return;
        }
        plainSeen += 1;
        const walk = walked(event);
        expect(walk).toEqual({ conforms: true, extensions: [], scan: { tooDeep: false, hugeNumber: false } });
        expect(plainRead).toEqual(expectedOf(event));
      }),
      { numRuns: 4_000 },
    );
    expect(plainSeen).toBeGreaterThan(200);
    expect(otherSeen).toBeGreaterThan(400);
  });

  it('is not used while Object.prototype has an enumerable property (the walk then asks io-ts)', () => {
    expect(plainFrameEventReader(true)).toBeUndefined();
  });
});
