import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFixtureNames, readFormatFixture } from '../testing/fixtureFiles';
import { cannotBeOneJsonValue } from './doomedJson';
import { parseResponseBody } from './responseBody';

const throwsOnParse = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

/** What JSON.parse says of a text it refuses: the message a text body's failure must carry. */
const engineMessage = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${text} parsed`);
};

const ollamaStream = '{"model":"phi3","done":false}\n{"model":"phi3","done":true}\n';

describe('cannotBeOneJsonValue: only certainties', () => {
  it('answers true only for texts JSON.parse refuses: random JSON, pretty or one per line, and random text', () => {
    const line = fc.json({ maxDepth: 3 });
    const texts = fc.oneof(
      line,
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value, null, 2)),
      fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
      fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => `${lines.join('\r\n')}\r\n`),
      fc
        .tuple(fc.constantFrom('', ' ', '\n', '\t'), line, fc.constantFrom('\n', '\n\n', ' \n '), fc.string())
        .map((parts) => parts.join('')),
      fc.string(),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\n', ' ', '0', '1', ':', ',', 'e', '-', '.', 'true', 'null') }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        if (cannotBeOneJsonValue(text)) expect(throwsOnParse(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells NDJSON, data streams and pages apart from JSON without parsing them whole', () => {
    expect(cannotBeOneJsonValue(ollamaStream)).toBe(true);
    expect(cannotBeOneJsonValue('f:{"messageId":"m1"}\n0:"Hi"\n')).toBe(true);
    expect(cannotBeOneJsonValue('<html><title>502</title></html>')).toBe(true);
    // Left to JSON.parse: one value, however it is laid out, and scalars alone.
    expect(cannotBeOneJsonValue('{\n  "a": 1\n}\n')).toBe(false);
    expect(cannotBeOneJsonValue('{"a": 1}\n\n  \n')).toBe(false);
    expect(cannotBeOneJsonValue('{"a": {"b": 1}\n}')).toBe(false);
    expect(cannotBeOneJsonValue(' -1.5e3 ')).toBe(false);
    expect(cannotBeOneJsonValue('null')).toBe(false);
  });

  it('tells a line-delimited body by the characters around its first line break, parsing nothing', () => {
    const parse = vi.spyOn(JSON, 'parse');
    // A close, then anything but `,` `}` `]`: no JSON text goes on like that.
    expect(cannotBeOneJsonValue('{"a":1}\r\n  {"a":2}')).toBe(true);
    expect(cannotBeOneJsonValue('[1]\n"x"')).toBe(true);
    expect(cannotBeOneJsonValue('{"a":"x}"}  \n7')).toBe(true);
    // A close followed by what may follow a close, or a first line that does not end in one: left to JSON.parse.
    expect(cannotBeOneJsonValue('{"a":[{"b":1}\n,{"b":2}]}')).toBe(false);
    expect(cannotBeOneJsonValue('[[1]\n]')).toBe(false);
    expect(cannotBeOneJsonValue('{"a":1,\n"b":2}')).toBe(false);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('agrees with JSON.parse on every recorded body of every format', () => {
    for (const format of ['openai-responses', 'anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ollama']) {
      for (const name of formatFixtureNames(format)) {
        const text = readFormatFixture(format, name);
        // Every JSON file is parsed; an NDJSON or data stream is refused without the doomed parse.
        const refused = cannotBeOneJsonValue(text);
        if (name.endsWith('.json')) expect({ name, refused }).toEqual({ name, refused: false });
        if (name.endsWith('.ndjson') || name.includes('-data-')) expect({ name, refused }).toEqual({ name, refused: true });
        if (refused) expect(throwsOnParse(text)).toBe(true);
      }
    }
  });
});

describe('parseResponseBody on a body that is not one JSON text', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands an NDJSON stream over as text without JSON.parse failing on the whole body', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const parsed = parseResponseBody(ollamaStream, 'application/x-ndjson');
    expect(parsed.kind).toBe('text');
    expect(parse.mock.calls.map(([text]) => text)).not.toContain(ollamaStream);
  });

  it('still gives the engine’s own message for the failure, when a format reads it', () => {
    const page = '<html><head><title>502 Bad Gateway</title></head></html>';
    for (const body of [ollamaStream, 'f:{"messageId":"m1"}\n0:"Hi"\n', page, '\uFEFF{"a":1}\n{"a":2}']) {
      const parsed = parseResponseBody(body, 'application/json');
      const json = body.replace(/^\uFEFF/, '');
      // Read field by field: the failure is a getter (asked of JSON.parse only when read), not an own field.
      expect(parsed.kind === 'text' ? { kind: parsed.kind, text: parsed.text, failure: parsed.failure } : parsed).toEqual({
        kind: 'text',
        text: body,
        failure: { reason: 'syntax', message: engineMessage(json) },
      });
    }
  });
});
