import type * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { OllamaChatResponse, OllamaErrorBody, OllamaGenerateResponse } from './codecs';

/** What one Ollama object is: an answer of /api/chat or /api/generate, or an error. */
export type OllamaLineKind = 'chat' | 'generate' | 'error';

/**
 * An object with `error` and no answer in it is an error (a 404 body, a stream's failing last
 * line); `response` without `message` is /api/generate's; anything else is judged as /api/chat's,
 * the endpoint apps use most, so what it lacks is named against that shape.
 */
export const lineKindOf = (record: JsonRecord): OllamaLineKind => {
  const answers = 'message' in record || 'response' in record;
  if (!answers && 'error' in record) return 'error';
  return 'response' in record && !('message' in record) ? 'generate' : 'chat';
};

export const codecOf = (kind: OllamaLineKind): t.Mixed =>
  kind === 'error' ? OllamaErrorBody : kind === 'generate' ? OllamaGenerateResponse : OllamaChatResponse;

/**
 * The name the Timing tab shows for a line: Ollama names none, so it is the line's role in the
 * stream: `message` (a /api/chat chunk), `response` (a /api/generate chunk), `done` (the line
 * with `done: true`), `error`.
 */
export const eventNameOf = (record: JsonRecord, kind: OllamaLineKind): string =>
  kind === 'error' ? 'error' : record.done === true ? 'done' : kind === 'generate' ? 'response' : 'message';
