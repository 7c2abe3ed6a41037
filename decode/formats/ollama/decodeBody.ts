import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import { recordOf } from '../../lenientFields';
import type { FormatDecodeOptions, PresentBody } from '../wireFormat';
import { decodeNdjson } from './decodeNdjson';
import { decodeOllamaJson } from './decodeJson';
import { ndjsonLines } from './ndjson';

/** The stream's parts; undefined when its first line is not JSON (decodeNdjson). */
const streamParts = (lines: readonly string[], options: FormatDecodeOptions): DecodedParts | undefined => {
  const stream = decodeNdjson(lines, options.streamEvents ?? true);
  if (stream === undefined) return undefined;
  return {
    kind: options.failed ? 'error' : 'stream',
    issues: stream.issues,
    completion: stream.completion,
    error: stream.error,
    stream: stream.facts,
    extensions: stream.extensions,
    preciseNumbers: stream.preciseNumbers,
  };
};

/**
 * Ollama's bodies as responseBody.ts hands them over: a JSON body (`stream: false`, an error, or
 * a stream of one line), or NDJSON as text (JSON.parse failed at its second line). Ollama never
 * sends SSE on its native API; what else comes (an HTML page from a proxy) is unreadable text.
 */
export const decodeOllamaBody = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  switch (body.kind) {
    case 'json': {
      // A stream cut after its first line is one JSON object saying `done: false`. Its line is
      // written back from the value (the text is not handed over for a JSON body).
      // That line parses within the depth limit (its value did), so streamParts always answers.
      const firstLine = recordOf(body.value)?.done === false ? streamParts([JSON.stringify(body.value)], options) : undefined;
      return firstLine ?? decodeOllamaJson(body.value, body.preciseNumbers, options.failed);
    }
    case 'text': {
      // NDJSON when there are several lines and the first is JSON: otherwise the text is no stream of Ollama's.
      const lines = ndjsonLines(body.text);
      const stream = lines.length > 1 ? streamParts(lines, options) : undefined;
      return stream ?? unreadableTextParts(body.text, body.failure, options.status);
    }
    case 'sse':
      // Only a user pattern naming Ollama, or its port, brings an event stream here.
      return {
        kind: options.failed ? 'error' : 'stream',
        issues: [
          {
            severity: 'error',
            path: '',
            message: "the body is an event stream (SSE), not the JSON or NDJSON of Ollama's native API",
            expected: 'JSON, or one JSON object per line',
          },
        ],
        completion: null,
        error: null,
        stream: null,
      };
  }
};
