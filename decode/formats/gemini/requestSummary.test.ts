import { describe, expect, it } from 'vitest';
import type { ExchangeHead } from '../wireFormat';
import { summarizeGeminiRequest } from './requestSummary';

const headAt = (url: string | null): ExchangeHead => ({
  url,
  method: 'POST',
  requestHeaders: [],
  responseHeaders: [],
  mimeType: '',
  requestBody: null,
});
const STREAM_URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';
const JSON_URL =
  'https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent';

/** A request as @google/genai sends it for a tool round trip with an image and a thought sent back. */
const roundTrip = {
  systemInstruction: { parts: [{ text: 'You are terse.' }, { text: 'Answer in French.' }] },
  contents: [
    {
      role: 'user',
      parts: [
        { text: 'What is in this picture, and the weather there?' },
        { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } },
        { fileData: { mimeType: 'application/pdf', fileUri: 'https://generativelanguage.googleapis.com/v1beta/files/abc' } },
      ],
    },
    {
      role: 'model',
      parts: [
        { text: 'Looking at the sky first.', thought: true },
        { functionCall: { name: 'get_weather', args: { city: 'Paris' } }, thoughtSignature: 'sig' },
        { functionCall: { id: 'call-2', name: 'get_time', args: {} } },
      ],
    },
    {
      role: 'user',
      parts: [
        { functionResponse: { name: 'get_weather', response: { temp_c: 21 } } },
        { functionResponse: { id: 'call-2', name: 'get_time', response: { time: '10:22' } } },
      ],
    },
  ],
  tools: [
    { functionDeclarations: [{ name: 'get_weather' }, { name: 'get_time' }] },
    { googleSearch: {} },
    { codeExecution: {} },
    { urlContext: {} },
  ],
  generationConfig: { thinkingConfig: { includeThoughts: true } },
};

describe('summarizeGeminiRequest', () => {
  it('reads model and stream mode from the URL, and the conversation in order', () => {
    expect(summarizeGeminiRequest(JSON.stringify(roundTrip), headAt(STREAM_URL))).toEqual({
      model: 'gemini-2.5-flash',
      stream: true,
      messages: 4,
      conversation: [
        { role: 'system', content: 'You are terse.\nAnswer in French.' },
        {
          role: 'user',
          content: 'What is in this picture, and the weather there?',
          attachments: [
            { type: 'inlineData', mediaType: 'image/png', name: null },
            { type: 'fileData', mediaType: 'application/pdf', name: 'https://generativelanguage.googleapis.com/v1beta/files/abc' },
          ],
        },
        {
          role: 'model',
          content: null,
          reasoning: 'Looking at the sky first.',
          tool_calls: [
            // No id sent: id "" as on the response side; the panel links the result to it by the function's name.
            { id: '', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call-2', type: 'function', function: { name: 'get_time', arguments: '{}' } },
          ],
        },
        { role: 'tool', content: '{"temp_c":21}', name: 'get_weather' },
        { role: 'tool', content: '{"time":"10:22"}', tool_call_id: 'call-2', name: 'get_time' },
      ],
      tools: 5,
      toolNames: ['get_weather', 'get_time', 'googleSearch', 'codeExecution', 'urlContext'],
    });
  });

  it('says stream false for generateContent, and reads a Vertex model path', () => {
    const summary = summarizeGeminiRequest(JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] }), headAt(JSON_URL));
    expect(summary).toEqual({ model: 'gemini-2.0-flash-001', stream: false, messages: 1, conversation: [{ role: 'user', content: 'Hi' }] });
  });

  it('reads each URL right when many endpoints alternate (its facts are remembered per URL, a bounded number)', () => {
    for (let call = 0; call < 200; call += 1) {
      const model = `gemini-${call % 70}`;
      const url = `https://generativelanguage.googleapis.com/v1beta/models/${model}:${call % 2 === 0 ? 'streamGenerateContent' : 'generateContent'}`;
      expect(summarizeGeminiRequest(null, headAt(url))).toEqual({ model, stream: call % 2 === 0 });
      expect(summarizeGeminiRequest(null, headAt(STREAM_URL))).toEqual({ model: 'gemini-2.5-flash', stream: true });
      expect(summarizeGeminiRequest(null, headAt(url.replace('/models/', '/files/')))).toBeNull();
    }
  });

  it('keeps what the URL says when the body is missing or unreadable, and never throws on odd fields', () => {
    expect(summarizeGeminiRequest(null, headAt(STREAM_URL))).toEqual({ model: 'gemini-2.5-flash', stream: true });
    expect(summarizeGeminiRequest('{"contents": [', headAt(STREAM_URL))).toEqual({ model: 'gemini-2.5-flash', stream: true });
    expect(summarizeGeminiRequest('[1,2]', headAt(null))).toBeNull();
    const odd = {
      contents: [null, 3, { parts: 'text' }, { role: 7, parts: [null, { text: 5 }, { functionCall: 'x' }] }],
      tools: [null, 'x'],
      systemInstruction: 'be nice',
    };
    expect(summarizeGeminiRequest(JSON.stringify(odd), headAt(null))).toEqual({
      messages: 4,
      conversation: [
        { role: 'user', content: null },
        { role: 'user', content: null },
      ],
      tools: 0,
      toolNames: [],
    });
  });
});
