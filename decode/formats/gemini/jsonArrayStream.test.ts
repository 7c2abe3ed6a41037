import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { firstArrayElement, readJsonArrayStream } from './jsonArrayStream';

const FIRST = '{"candidates": [{"content": {"parts": [{"text": "Hel"}], "role": "model"}}]}';
const LAST = '{"candidates": [{"content": {"parts": [{"text": "lo ]}\\" ,"}], "role": "model"}, "finishReason": "STOP"}]}';

describe('readJsonArrayStream', () => {
  it('splits the elements as sent, strings holding brackets and quotes included', () => {
    expect(readJsonArrayStream(`[${FIRST}\r\n,\r\n${LAST}\n]`)).toEqual({
      elements: [FIRST, LAST],
      closed: true,
      trailing: '',
      cut: undefined,
    });
  });

  it('keeps the element a cut body stops inside, and the text after the closing ]', () => {
    expect(readJsonArrayStream(`[${FIRST},\n${LAST.slice(0, 40)}`)).toEqual({
      elements: [FIRST],
      closed: false,
      trailing: '',
      cut: LAST.slice(0, 40),
    });
    expect(readJsonArrayStream(`[${FIRST}]\n{"error": {"code": 500}}\n`)).toEqual({
      elements: [FIRST],
      closed: true,
      trailing: '{"error": {"code": 500}}',
      cut: undefined,
    });
    expect(readJsonArrayStream('{"a": 1}')).toBeUndefined();
    expect(firstArrayElement(`  [${FIRST}, {"cut`)).toBe(FIRST);
    expect(firstArrayElement('[{"cut')).toBeUndefined();
  });
});

describe('a JSON-array stream JSON.parse refuses', () => {
  const whole = readFormatFixture('gemini', 'vertex-jsonarray-stream-1.json');

  it('parsed whole, it lists each element as sent (whitespace and all), as a cut one does', () => {
    const decoded = decodeResponseBody(whole, { mimeType: 'application/json' });
    const second = whole.slice(whole.indexOf('\n,\n') + 3, whole.lastIndexOf('}') + 1);
    expect(decoded.stream?.eventList?.map((event) => event.data)).toEqual([
      whole.slice(whole.indexOf('{'), whole.indexOf('\n,\n')),
      second,
    ]);
    // Pretty-printed as Vertex sent it, not written back compact.
    expect(decoded.stream?.eventList?.[0]?.data.startsWith('{\n')).toBe(true);
  });

  it('cut after its first element: the text so far, not done, and the missing finishReason said', () => {
    // The second element starts at the "\n,\n{" after the first; cut 100 characters into it.
    const cutAt = whole.indexOf('\n,\n') + 100;
    const decoded = decodeResponseBody(whole.slice(0, cutAt), { mimeType: 'application/json' });
    expect(decoded.format).toBe('gemini');
    expect(decoded.kind).toBe('stream');
    expect(decoded.completion?.choices[0]?.message.content).toBe(
      ' A daisy is growing up through a pile of brown and yellow fall leaves. The daisy has white petals with a yellow center. The leaves are all different shapes',
    );
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['error', 'events[1]', 'event data is not JSON (malformed or cut)'],
      ['warning', 'events', 'the JSON array stops before its closing ]: the body was cut'],
      ['error', 'events', 'the stream ended without finishReason (cut or truncated)'],
    ]);
  });

  it('followed by a bare error object: the error, and the stream not done', () => {
    const body = `${whole}\n{"error": {"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}}\n`;
    const decoded = decodeResponseBody(body, { mimeType: 'application/json' });
    expect(decoded.format).toBe('gemini');
    expect(decoded.error).toEqual({ message: 'The model is overloaded.', type: 'UNAVAILABLE', code: 503 });
    expect(decoded.stream?.events).toBe(3);
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.issues).toEqual([
      { severity: 'error', path: 'events[2]', message: 'the stream reported an error: The model is overloaded.' },
    ]);
  });
});
