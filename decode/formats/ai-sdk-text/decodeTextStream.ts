import type { DecodedParts } from '../../decodeJsonBody';
import type { ContractIssue, StreamEvent, StreamFacts } from '../../model';
import { jsonText } from '../ai-sdk-ui/partFields';
import type { FormatDecodeOptions, PresentBody } from '../wireFormat';

/** How much of a failed route's text the error carries (the body itself is shown whole). */
const ERROR_TEXT = 1_000;

/** The body's text as sent; a body parsed as JSON or SSE (a user pattern named this format) is rebuilt, with a warning. */
const textOf = (body: PresentBody): { readonly text: string; readonly issue?: ContractIssue } => {
  switch (body.kind) {
    case 'text':
      return { text: body.text };
    case 'json':
      return { text: jsonText(body.value), issue: { severity: 'warning', path: '', message: 'the text is JSON: shown re-serialized, not byte for byte' } };
    case 'sse':
      return {
        text: body.sse.events.map((event) => event.data).join('\n'),
        issue: { severity: 'warning', path: '', message: 'the text reads as an event stream: shown as its events’ data, one per line' },
      };
  }
};

/**
 * A text stream (`toTextStreamResponse()`): the answer's text and nothing else, so the message's
 * content is the whole body and id, model, usage and finish reason are null. No byte can say the
 * stream was cut, so `done` is true when the body arrived (a browser cut is reported by
 * decodeExchange, browserCut.ts). A failed status makes the text the route's error.
 */
export const decodeTextStream = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  const { text, issue } = textOf(body);
  const issues = issue === undefined ? [] : [issue];
  if (options.failed) {
    return { kind: 'error', issues, completion: null, error: { message: text.slice(0, ERROR_TEXT) }, stream: null };
  }
  const stream: StreamFacts = { events: 1, done: true };
  const event: StreamEvent = { index: 0, data: text, event: 'text' };
  if (options.streamEvents ?? true) stream.eventList = [event];
  return {
    kind: 'stream',
    issues,
    completion: {
      id: null,
      object: null,
      created: null,
      model: null,
      choices: [{ index: 0, finish_reason: null, message: { role: 'assistant', content: text } }],
      usage: null,
    },
    error: null,
    stream,
  };
};
