import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import { errorIn } from '../../errorBody';
import type { ContractIssue } from '../../model';
import type { FormatDecodeOptions, PresentBody } from '../wireFormat';

/**
 * A body an AI SDK route sent instead of its stream: a JSON error the app wrote itself (the SDK
 * defines none; apps answer `{error: …}` before streaming starts), a framework's HTML error page,
 * or anything else. Read leniently, with one issue saying what was expected; also the AI SDK data
 * stream's answer to a body that is not its lines (ai-sdk-data/).
 */
export const notAStreamParts = (body: PresentBody, options: FormatDecodeOptions, expected: string): DecodedParts => {
  if (body.kind === 'text') return unreadableTextParts(body.text, body.failure, options.status);
  if (body.kind === 'sse') {
    const issue: ContractIssue = { severity: 'error', path: '', message: `the body is an event stream, not ${expected}`, expected };
    return { kind: options.failed ? 'error' : 'stream', issues: [issue], completion: null, error: null, stream: { events: body.sse.events.length, done: false } };
  }
  const error = errorIn(body.value) ?? null;
  const message = error === null ? `the body is JSON, not ${expected}` : `the route answered with an error body instead of ${expected}`;
  return {
    kind: options.failed || error !== null ? 'error' : 'completion',
    issues: [{ severity: options.failed ? 'warning' : 'error', path: '', message, expected }],
    completion: null,
    error,
    stream: null,
  };
};
