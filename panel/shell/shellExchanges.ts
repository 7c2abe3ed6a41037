import type { CapturedExchange } from '../../decode/index';
import { chatExchange, nonChatExchange } from '../../testing/exchanges';
import { piecesAfter, tappedExchange } from '../testing/tappedExchange';
import openaiText from '@recorded/openai-chat-text-1.json?raw';
import openaiStream from '@recorded/openai-stream-text-1.sse?raw';
import openaiParallelTools from '@recorded/openai-chat-parallel-tools-1.json?raw';
import openaiError from '@recorded/openai-error-400-1.json?raw';
import anthropicStream from '@recorded/anthropic-openai-compat-stream-toolcall-1.sse?raw';
import groqStreamError from '@recorded/groq-stream-error-1.sse?raw';
import mistralToolCall from '@recorded/mistral-chat-toolcall-1.json?raw';

/**
 * A morning's worth of traffic: JSON, streams, tool calls, errors, a lost body, one non-chat call
 * and a stream the Live tap timed (shell-10: 40 ms between events, a 900 ms stall before #12).
 */
export function shellExchanges(): CapturedExchange[] {
  const at = (second: number) => Date.UTC(2024, 8, 26, 10, 22, second, 250);
  const groq = 'https://api.groq.com/openai/v1/chat/completions';
  return [
    chatExchange({ id: 'shell-1', body: openaiText, startedAt: at(1) }),
    nonChatExchange('shell-2'),
    chatExchange({ id: 'shell-3', body: openaiStream, stream: true, startedAt: at(4) }),
    chatExchange({ id: 'shell-4', body: openaiParallelTools, startedAt: at(9) }),
    chatExchange({ id: 'shell-5', body: openaiError, status: 400, startedAt: at(12), model: 'o1-mini' }),
    chatExchange({
      id: 'shell-6',
      body: anthropicStream,
      stream: true,
      startedAt: at(15),
      url: 'https://api.anthropic.com/v1/chat/completions',
      model: 'claude-haiku-4-5-20251001',
    }),
    chatExchange({ id: 'shell-7', body: groqStreamError, stream: true, startedAt: at(21), url: groq, model: 'openai/gpt-oss-120b' }),
    chatExchange({
      id: 'shell-8',
      body: mistralToolCall,
      startedAt: at(30),
      url: 'https://api.mistral.ai/v1/chat/completions',
      model: 'mistral-large-latest',
    }),
    chatExchange({
      id: 'shell-9',
      body: null,
      startedAt: at(41),
      bodyUnavailableReason: 'evicted from the inspector cache',
    }),
    tappedExchange(chatExchange({ id: 'shell-10', body: openaiStream, stream: true }), piecesAfter(openaiStream, '\n\n'), {
      startedAt: at(50),
      responseMs: 420,
      times: Array.from({ length: 34 }, (_, index) => 610 + 40 * index + (index >= 12 ? 900 : 0)),
    }),
  ];
}
