import * as t from 'io-ts';

/**
 * Ollama's native API (`/api/chat`, `/api/generate`) as its server writes it (api/types.go:
 * ChatResponse, GenerateResponse, Message, ToolCall, StatusError) and the ollama-js client types.
 * Go's `omitempty` drops a zero value, so every field but the four each line always carries is
 * optional: a `done: false` line has no `done_reason` and no counts, and a fully cached prompt
 * leaves `prompt_eval_count` out. The durations (`total_duration`, `load_duration`,
 * `prompt_eval_duration`, `eval_duration`, in ns) and `/api/generate`'s `context[]` are not
 * defined here on purpose: they are listed as the format's extensions, where the Response tab
 * shows them under their own names.
 */

/**
 * `function.arguments` is an object, not JSON text as in Chat Completions; Ollama 0.12 added an
 * `id` to the call and an `index` to the function. The object's own keys are the tool's, opaque.
 */
export const OllamaToolCall = t.intersection(
  [
    t.type({
      function: t.intersection([t.type({ name: t.string, arguments: t.UnknownRecord }), t.partial({ index: t.Int })], 'OllamaToolFunction'),
    }),
    t.partial({ id: t.string }),
  ],
  'OllamaToolCall',
);

export const OllamaMessage = t.intersection(
  [
    t.type({ role: t.string, content: t.string }),
    t.partial({
      thinking: t.string,
      tool_calls: t.array(OllamaToolCall),
      images: t.array(t.string),
      tool_name: t.string,
    }),
  ],
  'OllamaMessage',
);

/** Per-token log probabilities (Ollama 0.12.11+, when the request asked for `logprobs`). */
export const OllamaLogprobs = t.array(t.UnknownRecord, 'OllamaLogprobs');

/** What every line of either endpoint carries besides its text. */
const lineHead = {
  model: t.string,
  created_at: t.string,
  done: t.boolean,
};

const lineTail = {
  done_reason: t.string,
  prompt_eval_count: t.Int,
  eval_count: t.Int,
  logprobs: OllamaLogprobs,
};

/** A `/api/chat` body (`stream: false`) or one line of its NDJSON stream: the same shape. */
export const OllamaChatResponse = t.intersection(
  [t.type({ ...lineHead, message: OllamaMessage }), t.partial(lineTail)],
  'OllamaChatResponse',
);

/** A `/api/generate` body or stream line: the text is `response`, the thinking `thinking`. */
export const OllamaGenerateResponse = t.intersection(
  [t.type({ ...lineHead, response: t.string }), t.partial({ ...lineTail, thinking: t.string, tool_calls: t.array(OllamaToolCall) })],
  'OllamaGenerateResponse',
);

/**
 * An error: the whole body of a failed request (`{"error": "model 'x' not found"}`, HTTP 404) or
 * the last line of a stream that failed after it began (server/routes.go writes the error as one
 * more NDJSON line, HTTP 200). The message is a plain string.
 */
export const OllamaErrorBody = t.type({ error: t.string }, 'OllamaErrorBody');
