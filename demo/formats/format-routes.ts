/**
 * Which route of the other wire formats (issue 13) answers a request, or null: the providers' own
 * endpoint paths, the AI SDK app routes, and the non-LLM lookalikes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleItems, handleTicker, ITEMS_PATH, TICKER_PATH } from '../lookalike-routes';
import type { AiSdkRouteOptions } from './ai-sdk-routes';
import { AI_SDK_CHAT_PATH, AI_SDK_DATA_PATH, AI_SDK_TEXT_PATH, handleAiSdkChat, handleAiSdkData, handleAiSdkText } from './ai-sdk-routes';
import { handleAnthropicMessages } from './anthropic-route';
import { handleGemini, isGeminiPath } from './gemini-route';
import { handleOllamaChat, OLLAMA_PREFIX } from './ollama-route';
import { handleResponses } from './responses-route';

export type FormatRouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function formatRoute(method: string, url: URL, options: AiSdkRouteOptions): FormatRouteHandler | null {
  const { pathname } = url;
  if (pathname === ITEMS_PATH && (method === 'GET' || method === 'POST')) return (req, res) => handleItems(req, res);
  if (pathname === TICKER_PATH && (method === 'GET' || method === 'POST')) return (req, res) => handleTicker(req, res, options);
  if (method !== 'POST') return null;
  if (pathname === '/v1/messages') return (req, res) => handleAnthropicMessages(req, res, options);
  if (pathname === '/v1/responses') return (req, res) => handleResponses(req, res, options);
  if (isGeminiPath(pathname)) return (req, res) => handleGemini(req, res, url, options);
  if (pathname === `${OLLAMA_PREFIX}/api/chat`) return (req, res) => handleOllamaChat(req, res, options);
  if (pathname === AI_SDK_CHAT_PATH) return (req, res) => handleAiSdkChat(req, res, options);
  if (pathname === AI_SDK_TEXT_PATH) return (req, res) => handleAiSdkText(req, res, options);
  if (pathname === AI_SDK_DATA_PATH) return (req, res) => handleAiSdkData(req, res, options);
  return null;
}
