import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatFixturePath } from '../../testing/fixtureFiles';
import { framingUnits } from './framing-units';

/** The pieces a replayed stream is written in: one per event, line or array element, and together the exact recorded bytes. */
const recorded = (folder: string, name: string): Buffer => readFileSync(formatFixturePath(folder, name));
const pieces = (body: Buffer, framing: Parameters<typeof framingUnits>[1]) =>
  framingUnits(body, framing).map((piece) => piece.toString('utf8'));

describe('framingUnits', () => {
  it("cuts Gemini's data-only SSE at its \\r\\n\\r\\n separators (gemini-stream-text-1.sse: three events)", () => {
    const body = recorded('gemini', 'gemini-stream-text-1.sse');
    const units = pieces(body, 'sse');
    expect(units).toHaveLength(3);
    expect(units.every((unit) => unit.startsWith('data: {"candidates"'))).toBe(true);
    expect(Buffer.from(units.join('')).equals(body)).toBe(true);
  });

  it('cuts the JSON-array stream before each "," and "]" line (vertex-jsonarray-stream-1.json: two elements, then the bracket)', () => {
    const body = recorded('gemini', 'vertex-jsonarray-stream-1.json');
    const units = pieces(body, 'json-array');
    expect(units.map((unit) => unit.charAt(0))).toEqual(['[', ',', ']']);
    expect(Buffer.from(units.join('')).equals(body)).toBe(true);
  });

  it('cuts NDJSON after each line, keeping a last line without a newline (ollama-chat-stream-text-1.ndjson: six lines)', () => {
    const body = recorded('ollama', 'ollama-chat-stream-text-1.ndjson');
    const units = pieces(body, 'ndjson');
    expect(units).toHaveLength(6);
    expect(units.at(-1)?.endsWith('"eval_duration":2381751000}')).toBe(true);
    expect(Buffer.from(units.join('')).equals(body)).toBe(true);
  });

  it('cuts the AI SDK data stream after each part (openai-data-text-1.txt: f:, seven 0:, e:, d:)', () => {
    const body = recorded('ai-sdk-data', 'openai-data-text-1.txt');
    const units = pieces(body, 'data-stream');
    expect(units.map((unit) => unit.slice(0, 2)).filter((code) => code !== '\n')).toEqual([
      'f:',
      '0:',
      '0:',
      '0:',
      '0:',
      '0:',
      '0:',
      '0:',
      'e:',
      'd:',
    ]);
    expect(Buffer.from(units.join('')).equals(body)).toBe(true);
  });

  it('cuts a bare text stream word by word and leaves a JSON body whole', () => {
    expect(pieces(Buffer.from('The capital of France is Paris.'), 'text')).toEqual(['The ', 'capital ', 'of ', 'France ', 'is ', 'Paris.']);
    expect(pieces(Buffer.from('{"a":1}\n'), 'json')).toEqual(['{"a":1}\n']);
  });
});
