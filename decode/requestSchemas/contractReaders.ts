import { anthropicContract, geminiContract } from './nativeContracts';
import { chatContract, ollamaContract, responsesContract } from './openAiContracts';
import type { ContractReaders } from './requestContract';

/**
 * The formats whose requests carry the app's schemas. The AI SDK streams are left out: a `useChat`
 * request names no tools (the app's route holds them), so its tool calls have nothing to be held to.
 */
export const CONTRACT_READERS: ContractReaders = {
  'openai-chat': chatContract,
  'openai-responses': responsesContract,
  'anthropic-messages': anthropicContract,
  gemini: geminiContract,
  ollama: ollamaContract,
};

/**
 * Whether a request body could ask for structured content at all: checked before parsing it, so a
 * reply without tool calls to a plain request costs no second parse of the request.
 */
const OUTPUT_FIELDS = /response_format|"format"|output_format|response_?(json_?)?schema|response_?mime_?type/i;
export const mayAskForJson = (requestBody: string): boolean => OUTPUT_FIELDS.test(requestBody);
