import { describe, expect, it } from 'vitest';
import type { DecodedExchange } from '../../model';
import { EXPECTED, decodeFixture } from '../../../testing/geminiFixtureExpectations';

describe('what the corpus shows beyond the table', () => {
  const decode = (name: string): DecodedExchange | null => {
    const expected = EXPECTED[name];
    return expected === undefined ? null : decodeFixture(name, expected);
  };

  it('keeps a streamed answer thought signature after the joined thoughts (gemini-stream-thoughts-1)', () => {
    const blocks = decode('gemini-stream-thoughts-1.sse')?.completion?.choices[0]?.message.reasoning_blocks;
    // Four thought parts without signatures make one block; the signature rides on the first answer part.
    expect(blocks?.map((block) => block.type)).toEqual(['thought', 'thoughtSignature']);
    expect(blocks?.[0]?.text).toHaveLength(1575);
    expect(blocks?.[1]?.signature?.startsWith('CiIB0e2Kb6Syj1a961Ef')).toBe(true);
    expect(blocks?.[1]?.signature?.endsWith('TiOIFZ1EgMKlqm/dH8k=')).toBe(true);
    expect(blocks?.[1]?.signature).toHaveLength(6152);
  });

  it('keeps the signature of a streamed function call (gemini-stream-toolcall-1)', () => {
    const blocks = decode('gemini-stream-toolcall-1.sse')?.completion?.choices[0]?.message.reasoning_blocks;
    expect(blocks?.map((block) => block.type)).toEqual(['thoughtSignature']);
    expect(blocks?.[0]?.signature?.startsWith('EpwICpkIAXLI2nxlU6gs')).toBe(true);
    expect(blocks?.[0]?.signature?.endsWith('5owonoBDAXOk15QuFyU=')).toBe(true);
    expect(blocks?.[0]?.signature).toHaveLength(1408);
  });

  it('cites the grounded sources over the answer’s characters, Gemini’s UTF-8 byte offsets turned into string indexes (gemini-stream-grounding-1)', () => {
    const message = decode('gemini-stream-grounding-1.sse')?.completion?.choices[0]?.message;
    const annotations = message?.annotations;
    // Bytes 235–375 of the UTF-8 text: characters 235–371 (the four ° before byte 375 are two bytes each).
    expect(annotations?.[0]).toEqual({
      type: 'grounding',
      url: 'https://www.google.com/search?q=weather+in+San Francisco, CA,+US',
      title: 'Weather information for San Francisco, CA, US',
      start_index: 235,
      end_index: 371,
    });
    // The support citing chunks [4, 1] gives two citations of one segment (bytes 755–881).
    expect(annotations?.slice(6, 8).map((annotation) => [annotation.title, annotation.start_index, annotation.end_index])).toEqual([
      ['accuweather.com', 749, 875],
      ['timeanddate.com', 749, 875],
    ]);
    // The last segment ends at byte 932 of a text of 926 characters (six of them are °, two bytes each): at its end.
    expect(annotations?.[8]?.end_index).toBe(926);
    expect(message?.content).toHaveLength(926);
    // Each span of the answer is exactly the segment text its support quotes, as the body sends it.
    // Support 1, bytes 376–444 after four two-byte ° signs: characters 372–439.
    const second = annotations?.[1];
    expect([second?.start_index, second?.end_index]).toEqual([372, 439]);
    expect(message?.content?.slice(372, 439)).toBe('Another report indicates a temperature of 68°F with passing clouds.');
  });

  it('cites the url_context source from offset 0 when proto3 left startIndex out (gemini-json-grounding-1)', () => {
    expect(decode('gemini-json-grounding-1.json')?.completion?.choices[0]?.message.annotations).toEqual([
      { type: 'grounding', url: 'https://ai.pydantic.dev', title: 'Pydantic AI', start_index: 0, end_index: 131 },
    ]);
  });

  it('lists finishMessage, which the API reference does not list, as an extension (gemini-json-toolcall-1)', () => {
    expect(decode('gemini-json-toolcall-1.json')?.extensions).toEqual([
      { path: 'candidates[0].finishMessage', value: 'Model generated function call(s).' },
    ]);
  });

  it('says in words that the prompt was blocked (gemini-json-prompt-blocked-1)', () => {
    expect(decode('gemini-json-prompt-blocked-1.json')?.issues).toEqual([
      { severity: 'warning', path: 'promptFeedback', message: 'the prompt was blocked: Message' },
    ]);
  });

  it('reports the bare error after the events as the stream error, at its own event (gemini-stream-error-1)', () => {
    const decoded = decode('gemini-stream-error-1.sse');
    expect(decoded?.issues).toEqual([
      { severity: 'error', path: 'events[2]', message: 'the stream reported an error: The operation was cancelled.' },
    ]);
    expect(decoded?.stream?.eventList?.[2]?.data.startsWith('{\n  "error": {\n    "code": 499,')).toBe(true);
  });

  it('reads the error body against its own contract, details kept (gemini-error-400-1)', () => {
    const decoded = decode('gemini-error-400-1.json');
    expect(decoded?.issues).toEqual([]);
    expect(decoded?.extensions).toEqual([]);
  });

  it('summarizes the request with the model and stream mode of the URL', () => {
    const request = decode('gemini-stream-text-1.sse')?.request;
    expect(request).toEqual({
      model: 'gemini-2.0-flash-exp',
      stream: true,
      messages: 1,
      conversation: [{ role: 'user', content: 'Hello' }],
    });
  });
});
