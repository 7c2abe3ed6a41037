import { describe, expect, it } from 'vitest';
import { promptCompletionShares, usageMismatch } from './usageArithmetic';

describe('usage arithmetic', () => {
  it("finds xAI's total that counts reasoning outside completion_tokens (xai-chat-toolcall-1.json)", () => {
    const usage = {
      prompt_tokens: 291,
      completion_tokens: 26,
      total_tokens: 506,
      completion_tokens_details: { reasoning_tokens: 189, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    };
    expect(usageMismatch(usage)).toEqual({ prompt: 291, completion: 26, total: 506, difference: 189, explainedBy: ['reasoning_tokens'] });
  });

  it("finds Gemini's total that counts thoughts and the tool-use prompt outside both (gemini-stream-grounding-1.sse)", () => {
    // promptTokenCount 17, candidatesTokenCount 241, thoughtsTokenCount 412, toolUsePromptTokenCount 102, totalTokenCount 772.
    const usage = {
      prompt_tokens: 17,
      completion_tokens: 241,
      total_tokens: 772,
      prompt_tokens_details: { tool_use_prompt_tokens: 102 },
      completion_tokens_details: { reasoning_tokens: 412 },
    };
    expect(usageMismatch(usage)?.explainedBy).toEqual(['reasoning_tokens', 'tool_use_prompt_tokens']);
  });

  it('says nothing when the total adds up or a count is missing', () => {
    expect(usageMismatch({ prompt_tokens: 14, completion_tokens: 37, total_tokens: 51 })).toBeNull();
    expect(usageMismatch({ prompt_tokens: 14, completion_tokens: null, total_tokens: 51 })).toBeNull();
  });

  it('reports a smaller total with a negative difference and no explanation', () => {
    expect(usageMismatch({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 12 })).toEqual({
      prompt: 10,
      completion: 5,
      total: 12,
      difference: -3,
      explainedBy: null,
    });
  });

  it('splits prompt and completion into whole percents that add up to 100', () => {
    expect(promptCompletionShares({ prompt_tokens: 14, completion_tokens: 37, total_tokens: 51 })).toEqual({ prompt: 27, completion: 73 });
    expect(promptCompletionShares({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 })).toBeNull();
    expect(promptCompletionShares({ prompt_tokens: null, completion_tokens: 3, total_tokens: null })).toBeNull();
  });
});
