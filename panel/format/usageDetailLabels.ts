/**
 * Readable names for the usage detail counts OpenAI and the compatible providers send; a key not
 * listed here is shown as it came.
 */
const labels: Readonly<Record<string, string>> = {
  cached_tokens: 'cached',
  cache_write_tokens: 'cache write',
  reasoning_tokens: 'reasoning',
  audio_tokens: 'audio',
  text_tokens: 'text',
  image_tokens: 'image',
  video_tokens: 'video',
  accepted_prediction_tokens: 'accepted predictions',
  rejected_prediction_tokens: 'rejected predictions',
  // Gemini's toolUsePromptTokenCount; Anthropic's cache counts and thinking tokens.
  tool_use_prompt_tokens: 'tool-use prompt',
  cache_read_input_tokens: 'cache read',
  cache_creation_input_tokens: 'cache write',
  thinking_tokens: 'thinking',
};

export function usageDetailLabel(key: string): string {
  return labels[key] ?? key;
}
