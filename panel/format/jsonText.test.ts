import { describe, expect, it } from 'vitest';
import { prettyJsonText } from './jsonText';

describe('prettyJsonText', () => {
  it('pretty-prints tool-call arguments that are JSON', () => {
    // openai-chat-parallel-tools-1.json, first tool call.
    expect(prettyJsonText('{"city": "Edinburgh", "country": "GB", "units": "c"}')).toEqual({
      text: '{\n  "city": "Edinburgh",\n  "country": "GB",\n  "units": "c"\n}',
      isJson: true,
    });
  });

  it('keeps arguments cut off mid-JSON verbatim', () => {
    expect(prettyJsonText('{"city": "Edin')).toEqual({ text: '{"city": "Edin', isJson: false });
  });
});
