import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import { base64BodyText, type BodyText } from '../decode/bodyText';
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

function toBody(content: unknown, encoding: unknown): BodyText {
  if (typeof content !== 'string') {
    // Chrome gives null once DevTools evicted the body from its cache (large or old responses).
    return { text: null, reason: 'the browser no longer holds this body (evicted from the DevTools cache)' };
  }
  return encoding === 'base64' ? base64BodyText(content, 'the browser sent a base64 body that is not valid base64') : { text: content };
}

function fromPromiseValue(value: unknown): BodyText {
  const chrome = ChromePromiseValue.decode(value);
  if (isRight(chrome)) return toBody(chrome.right.content, chrome.right.encoding);
  const firefox = FirefoxPromiseValue.decode(value);
  // Firefox's second element is the MIME type, not an encoding: its content is always text.
  if (isRight(firefox)) return toBody(firefox.right[0], '');
  if (typeof value === 'string') return { text: value };
  return { text: null, reason: 'getContent answered in a shape this extension does not know' };
}

/**
 * A finished request's body from getContent's answer as the devtools page received it (capture.ts
 * `readContent`), whatever its shape. Never throws: a failure, or no answer in time, yields a null
 * body with the reason, and the exchange is kept.
 */
export function bodyFromAnswer(answer: BrowserAnswer): BodyText {
  switch (answer.via) {
    case 'callback':
      return toBody(answer.args[0], answer.args[1]);
    case 'promise':
      return fromPromiseValue(answer.value);
    case 'failure':
      return { text: null, reason: `getContent failed: ${answer.reason}` };
  }
}
