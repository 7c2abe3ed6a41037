import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkContract } from '../../contract/walkContract';
import { pathText } from '../../contract/walkPath';
import { decodeExchange } from '../../decodeExchange';
import type { JsonRecord } from '../../lenientFields';
import { nonEmptyStringAt, recordOf, stringAt } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { codecOf, eventNameOf, lineKindOf } from './lineKind';
import { piecesOf } from './normalize';
import type { PlainLine } from './plainLine';
import { plainLineReader } from './plainLine';
import { createOllamaReassembler } from './reassemble';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The plain-line reader stands in for the contract walk and the reassembler's reads on the lines
 * it accepts: it must accept only lines of which the walk finds nothing to say, and read them as
 * the reads do.
 */

const readerOrFail = (): ((value: unknown) => PlainLine | undefined) => {
  const reader = plainLineReader();
  if (reader === undefined) throw new Error('Object.prototype is clean here: the reader must exist');
  return reader;
};

/** A copy of what the reader found (its answer object is reused by the next call). */
const readPlain = (record: JsonRecord): PlainLine | undefined => {
  const plain = readerOrFail()(record);
  return plain === undefined ? undefined : { ...plain };
};

const recordFrom = (text: string): JsonRecord => {
  const record = recordOf(JSON.parse(text));
  if (record === undefined) throw new Error(`not an object: ${text}`);
  return record;
};

const streamLines = (name: string): JsonRecord[] =>
  readFormatFixture('ollama', name)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(recordFrom);

describe('the recorded streams', () => {
  it('every line is plain, the done line with its reason, counts and durations, read as its text says', () => {
    expect(streamLines('ollama-chat-stream-thinking-1.ndjson').map(readPlain)).toEqual([
      {
        kind: 'chat',
        model: 'qwen3:32b',
        createdAt: '2026-01-10T16:33:10.345334612Z',
        done: false,
        role: 'assistant',
        content: '',
        thinking: 'Okay',
      },
      {
        kind: 'chat',
        model: 'qwen3:32b',
        createdAt: '2026-01-10T16:33:10.361056315Z',
        done: false,
        role: 'assistant',
        content: '',
        thinking: ',',
      },
      {
        kind: 'chat',
        model: 'qwen3:32b',
        createdAt: '2026-01-10T16:33:10.593873744Z',
        done: true,
        role: 'assistant',
        content: '',
        finishReason: 'length',
        prompt: 15,
        completion: 20,
        durations: [
          { path: 'total_duration', value: 5977577983 },
          { path: 'load_duration', value: 5650132100 },
          { path: 'prompt_eval_duration', value: 33848612 },
          { path: 'eval_duration', value: 279354534 },
        ],
      },
    ]);
    const text = streamLines('ollama-chat-stream-text-1.ndjson').map(readPlain);
    expect(text.map((line) => line?.content)).toEqual(['This ', 'is ', 'test ', 'completion ', 'response', '']);
    expect(text.slice(0, 5).every((line) => line?.model === 'phi3' && line.role === 'assistant' && !line.done)).toBe(true);
  });

  it('a value that is no object is no plain line', () => {
    const reader = readerOrFail();
    expect([null, [], ['model'], 'text', 5, true].map((value) => reader(value))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('a /api/generate line with `response` and a top-level `thinking` is plain; the same `thinking` in a chat line is not', () => {
    const generate = { model: 'qwen3', created_at: '2025-05-01T10:00:00Z', response: '', thinking: 'Hmm', done: false };
    expect(readPlain(generate)).toEqual({
      kind: 'generate',
      model: 'qwen3',
      createdAt: '2025-05-01T10:00:00Z',
      done: false,
      role: undefined,
      content: '',
      thinking: 'Hmm',
    });
    const chat = {
      model: 'qwen3',
      created_at: '2025-05-01T10:00:00Z',
      message: { role: 'assistant', content: '' },
      thinking: 'Hmm',
      done: false,
    };
    expect(readPlain(chat)).toBeUndefined();
  });
});

/** What the walk finds of a line: conforms, its extensions (path and value, in order), the scan's two flags. */
const walked = (record: JsonRecord) => {
  const extensions: { path: string; value: unknown }[] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const found = (steps: readonly (string | number)[], value: unknown) => extensions.push({ path: pathText(steps), value });
  const conforms = walkContract(codecOf(lineKindOf(record)), record, found, undefined, scan);
  return { conforms, extensions, tooDeep: scan.tooDeep, hugeNumber: scan.hugeNumber };
};

/** What the decode reads of a line (normalize.ts, lineKind.ts), to compare with the reader's answer. */
const readByFields = (record: JsonRecord) => {
  const pieces = piecesOf(record);
  return {
    kind: lineKindOf(record),
    event: eventNameOf(record, lineKindOf(record)),
    model: stringAt(record, 'model'),
    createdAt: stringAt(record, 'created_at'),
    role: pieces.role,
    content: pieces.content,
    thinking: pieces.thinking,
    toolCalls: pieces.toolCalls.length,
    doneReason: record.done_reason,
    counts: [record.prompt_eval_count, record.eval_count],
  };
};

/** Lines near the plain ones: each key kept, dropped or given another value, and maybe one more key. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constantFrom(0, 1.5, 2 ** 60, null, [], {}, ['x'], { role: 'assistant', content: 'x' }),
);
const maybe = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | 'drop' | { other: unknown }> =>
  fc.oneof(
    { weight: 20, arbitrary: value },
    fc.constant('drop' as const),
    anyValue.map((other) => ({ other })),
  );
const nearPlainLine = fc
  .record({
    chat: fc.boolean(),
    model: maybe(fc.string({ maxLength: 3 })),
    createdAt: maybe(fc.constantFrom('2024-07-02T11:45:16.216898458Z', 'not a time', '')),
    done: maybe(fc.boolean()),
    role: maybe(fc.constantFrom('assistant', '')),
    content: maybe(fc.string({ maxLength: 3 })),
    thinking: fc.oneof(fc.constant('drop' as const), maybe(fc.string({ maxLength: 3 }))),
    // The last line's fields, any of them, in any order, now and then twice or of another type.
    final: fc.array(
      fc.tuple(
        fc.constantFrom(
          'done_reason',
          'prompt_eval_count',
          'eval_count',
          'total_duration',
          'load_duration',
          'prompt_eval_duration',
          'eval_duration',
        ),
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom('stop', 'length', '', 0, 15, 239, 5977577983, 58123571935) },
          fc.constantFrom(-3, 1.5, -0, 2 ** 53 - 1, 2 ** 53, 2 ** 60, 1e300, null, '15', [], {}, { n: 1 }, true),
        ),
      ),
      { maxLength: 5 },
    ),
    // Another key in a third of the lines: one the contract defines, one it does not, or a kind's own.
    extra: fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      fc.tuple(
        fc.constantFrom('done_reason', 'eval_count', 'images', 'tool_calls', 'x_other', 'error', 'response', 'message', '__proto__'),
        anyValue,
      ),
    ),
  })
  .map(({ chat, model, createdAt, done, role, content, thinking, final, extra }) => {
    const fields: string[] = [];
    const put = (key: string, value: unknown): void => {
      if (value === 'drop') return;
      const actual = typeof value === 'object' && value !== null && 'other' in value ? value.other : value;
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(actual)}`);
    };
    put('model', model);
    put('created_at', createdAt);
    if (chat) {
      const message: string[] = [];
      for (const [key, value] of [
        ['role', role],
        ['content', content],
        ['thinking', thinking],
      ] as const) {
        if (value === 'drop') continue;
        const actual = typeof value === 'object' && 'other' in value ? value.other : value;
        message.push(`${JSON.stringify(key)}:${JSON.stringify(actual)}`);
      }
      fields.push(`"message":{${message.join(',')}}`);
    } else {
      put('response', content);
      put('thinking', thinking);
    }
    put('done', done);
    for (const [key, value] of final) fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    // Written as text, as a stream line is: a `__proto__` key is then an own property, as JSON.parse makes it.
    if (extra !== null) fields.push(`${JSON.stringify(extra[0])}:${JSON.stringify(extra[1])}`);
    return recordFrom(`{${fields.join(',')}}`);
  });

describe('the reader accepts only lines the walk has nothing to say of, and reads them as the fields are read', () => {
  it('on lines near the plain ones', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearPlainLine, (record) => {
        const plain = readPlain(record);
        if (plain === undefined) return;
        accepted += 1;
        expect(walked(record)).toEqual({ conforms: true, extensions: plain.durations ?? [], tooDeep: false, hugeNumber: false });
        const read = readByFields(record);
        expect(read).toEqual({
          kind: plain.kind,
          event: plain.done ? 'done' : plain.kind === 'generate' ? 'response' : 'message',
          model: plain.model,
          createdAt: plain.createdAt,
          role: plain.role === '' ? undefined : plain.role,
          content: plain.content,
          thinking: plain.thinking === '' ? undefined : plain.thinking,
          toolCalls: 0,
          doneReason: plain.finishReason,
          counts: [plain.prompt, plain.completion],
        });
        expect(nonEmptyStringAt(record, 'model')).toBe(plain.model === '' ? undefined : plain.model);
      }),
      { numRuns: 3000 },
    );
    // The property is about accepted lines: make sure there were many.
    expect(accepted).toBeGreaterThan(500);
  });

  it('the reassembler folds accepted lines by the reader as it folds them by their fields', () => {
    fc.assert(
      fc.property(fc.array(nearPlainLine, { maxLength: 8 }), (records) => {
        const byFields = createOllamaReassembler();
        const byReader = createOllamaReassembler();
        const reader = readerOrFail();
        for (const record of records) {
          byFields.add(record);
          const plain = reader(record);
          if (plain === undefined) byReader.add(record);
          else byReader.addPlain(plain);
        }
        expect(byReader.result()).toEqual(byFields.result());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a script that touched Object.prototype', () => {
  const withProperty = (name: string, enumerable: boolean, check: () => void): void => {
    Reflect.defineProperty(Object.prototype, name, { value: 'inherited', enumerable, configurable: true, writable: true });
    try {
      check();
    } finally {
      Reflect.deleteProperty(Object.prototype, name);
    }
  };

  it('leaves no reader while a field read is inherited, or any property is enumerable: lines then take the walk', () => {
    withProperty('done_reason', false, () => {
      expect(plainLineReader()).toBeUndefined();
    });
    withProperty('polluted', true, () => {
      expect(plainLineReader()).toBeUndefined();
    });
    expect(plainLineReader()).toBeDefined();
  });
});

describe('a stream decodes the same by the reader as by the walk', () => {
  const decodeStream = (body: string) =>
    decodeExchange(bareChatExchange({ url: 'http://localhost:11434/api/chat', mimeType: 'application/x-ndjson', body }));

  /** The decode with no reader: an enumerable property on Object.prototype sends every line through the walk. */
  const decodeByWalk = (body: string) => whilePrototypePolluted(() => decodeStream(body));

  it('every recorded stream, and streams of lines near the plain ones: issues, completion, events and their names', () => {
    const recorded = formatFixtureNames('ollama')
      .filter((name) => name.endsWith('.ndjson'))
      .map((name) => readFormatFixture('ollama', name));
    for (const body of recorded) expect(decodeStream(body)).toEqual(decodeByWalk(body));
    fc.assert(
      fc.property(fc.array(nearPlainLine, { minLength: 2, maxLength: 6 }), (records) => {
        const body = records.map((record) => JSON.stringify(record)).join('\n');
        expect(decodeStream(body)).toEqual(decodeByWalk(body));
      }),
      { numRuns: 500 },
    );
  });
});
