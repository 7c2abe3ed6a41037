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

/**
 * How a complete stream of each format ends, as its own protocol marks it (the `stream.done` decode/
 * reports): what the Response and Timing tabs name when saying whether a stream ended properly.
 */
export const streamEnds: Readonly<Record<FormatName, string>> = {
  'openai-chat': '[DONE]',
  'openai-responses': 'response.completed',
  'anthropic-messages': 'message_stop',
  gemini: 'a finishReason',
  'ai-sdk-ui': 'finish and [DONE]',
  'ai-sdk-data': 'a d: finish part',
  // A bare text stream has no end mark: it ended when the body did.
  'ai-sdk-text': 'the end of the body',
  ollama: 'a line with "done": true',
};
