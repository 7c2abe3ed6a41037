import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import type { BodyText } from '../decode/index';
import { base64BodyText, rereadAsUtf8 } from '../decode/index';
import type { BrowserAnswer } from './browserAnswer';

/**
 * Panel page side. getContent answers in three shapes, one per browser generation (see the
 * architecture notes): Chrome's callback `(content, encoding)`, newer Chrome's Promise of
 * `{content, encoding}`, and Firefox's Promise of `[content, mimeType]` (its `chrome` namespace also
 * calls back with `(content, mimeType)`). All are unknown data until these codecs say otherwise.
 */
const Content = t.union([t.string, t.null, t.undefined]);
const ChromePromiseValue = t.type({ content: Content, encoding: t.union([t.string, t.null, t.undefined]) });
const FirefoxPromiseValue = t.tuple([Content, t.union([t.string, t.null, t.undefined])]);

/**
 * The most of one response body Chromium keeps for DevTools: getContent answers with the whole body
 * up to 20,000,000 bytes and with null from 20,000,001 on, JSON or stream alike (seen on Chromium
 * 156, whose HAR `content.size` still gives the full size). It never hands over a cut body.
 */
export const CHROMIUM_BODY_LIMIT = 20_000_000;

const count = new Intl.NumberFormat('en-US');

function missingReason(facts: BodyFacts): string {
  const { reportedBytes } = facts;
  if (reportedBytes !== undefined && reportedBytes > CHROMIUM_BODY_LIMIT) {
    return `the browser gave no body: at ${count.format(reportedBytes)} bytes it is larger than the ${count.format(CHROMIUM_BODY_LIMIT)} bytes Chromium keeps of one response for DevTools`;
  }
  // Chromium 156 gave DevTools no body of a no-store stream in 8 of 8 runs (testing/pacedStreamServer.ts).
  if (facts.noStore?.() === true)
    return 'the browser gave no body: the response said Cache-Control: no-store, and Chromium keeps none of it for DevTools';
  // Chrome also gives null once DevTools evicted a body from its cache (old responses).
  return 'the browser no longer holds this body (evicted from the DevTools cache)';
}

/** What the HAR entry says of the body: its size (which explains a missing body) and its Content-Type. */
export interface BodyFacts {
  readonly reportedBytes?: number;
  readonly contentType?: string;
  /** Whether the response's Cache-Control says no-store: a function, since only a missing body asks. */
  readonly noStore?: () => boolean;
}

/**
 * Text the browser decoded itself may be UTF-8 read as windows-1252 (Chromium, for a text/* type
 * without charset): decode/utf8Reread.ts re-reads it. Base64 bodies are bytes, decoded here as UTF-8.
 */
function toBody(content: unknown, encoding: unknown, facts: BodyFacts): BodyText {
  if (typeof content !== 'string') return { text: null, reason: missingReason(facts) };
  if (encoding === 'base64') return base64BodyText(content, 'the browser sent a base64 body that is not valid base64');
  return { text: rereadAsUtf8(content, facts.contentType ?? '') };
}

function fromPromiseValue(value: unknown, facts: BodyFacts): BodyText {
  const chrome = ChromePromiseValue.decode(value);
  if (isRight(chrome)) return toBody(chrome.right.content, chrome.right.encoding, facts);
  const firefox = FirefoxPromiseValue.decode(value);
  // Firefox's second element is the MIME type, not an encoding: its content is always text.
  if (isRight(firefox)) return toBody(firefox.right[0], '', facts);
  if (typeof value === 'string') return toBody(value, '', facts);
  return { text: null, reason: 'getContent answered in a shape this extension does not know' };
}

/**
 * A finished request's body from getContent's answer as the devtools page received it (capture.ts
 * `readContent`), whatever its shape, with what the browser's HAR entry says of it (`facts`).
 * Never throws: a failure, or no answer in time, yields a null body with the reason, and the
 * exchange is kept.
 */
export function bodyFromAnswer(answer: BrowserAnswer, facts: BodyFacts = {}): BodyText {
  switch (answer.via) {
    case 'callback':
      return toBody(answer.args[0], answer.args[1], facts);
    case 'promise':
      return fromPromiseValue(answer.value, facts);
    case 'failure':
      return { text: null, reason: `getContent failed: ${answer.reason}` };
  }
}
