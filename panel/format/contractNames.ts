import type { FormatName } from '../../decode/index';

/**
 * The contract each wire format's responses are validated against, as the Validation tab names it
 * ("… departs from the Anthropic Messages contract"). Chat Completions keeps the words the panel
 * has always used for it.
 */
export const contractNames: Readonly<Record<FormatName, string>> = {
  'openai-chat': 'chat-completion',
  'openai-responses': 'OpenAI Responses',
  'anthropic-messages': 'Anthropic Messages',
  gemini: 'Gemini generateContent',
  'ai-sdk-ui': 'AI SDK UI message stream',
  'ai-sdk-data': 'AI SDK data stream',
  'ai-sdk-text': 'AI SDK text stream',
  ollama: 'Ollama API',
};
