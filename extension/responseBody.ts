import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

/** A response body as text, or null with the reason the browser gave none. */
export type ResponseBody = { readonly text: string; readonly reason?: undefined } | { readonly text: null; readonly reason: string };

/**
 * getContent answers in three shapes, one per browser generation (see the architecture notes):
 * Chrome's callback `(content, encoding)`, newer Chrome's Promise of `{content, encoding}`, and
 * Firefox's Promise of `[content, mimeType]`. All are unknown data until these codecs say otherwise.
 */
const Content = t.union([t.string, t.null, t.undefined]);
const ChromePromiseValue = t.type({ content: Content, encoding: t.union([t.string, t.null, t.undefined]) });
const FirefoxPromiseValue = t.tuple([Content, t.union([t.string, t.null, t.undefined])]);

type GetContent = (callback: (content: unknown, encoding: unknown) => void) => unknown;

const utf8 = new TextDecoder('utf-8');

/** Base64 body to UTF-8 text. Invalid UTF-8 becomes U+FFFD rather than failing: the rest stays readable. */
function fromBase64(encoded: string): ResponseBody {
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    return { text: null, reason: 'the browser sent a base64 body that is not valid base64' };
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return { text: utf8.decode(bytes) };
}

function toBody(content: unknown, encoding: unknown): ResponseBody {
  if (typeof content !== 'string') {
    // Chrome gives null once DevTools evicted the body from its cache (large or old responses).
    return { text: null, reason: 'the browser no longer holds this body (evicted from the DevTools cache)' };
  }
  return encoding === 'base64' ? fromBase64(content) : { text: content };
}

function fromPromiseValue(value: unknown): ResponseBody {
  const chrome = ChromePromiseValue.decode(value);
  if (isRight(chrome)) return toBody(chrome.right.content, chrome.right.encoding);
  const firefox = FirefoxPromiseValue.decode(value);
  // Firefox's second element is the MIME type, not an encoding: its content is always text.
  if (isRight(firefox)) return toBody(firefox.right[0], '');
  if (typeof value === 'string') return { text: value };
  return { text: null, reason: 'getContent answered in a shape this extension does not know' };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a finished request's body whatever shape getContent answers in. Never rejects: a failure,
 * or no answer within `timeoutMs`, yields a null body with the reason, and the exchange is kept.
 */
export function readResponseBody(getContent: GetContent, timeoutMs = 10_000): Promise<ResponseBody> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (body: ResponseBody) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(body);
    };
    const timer = setTimeout(() => {
      finish({ text: null, reason: `getContent gave no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    try {
      const returned = getContent((content, encoding) => {
        finish(toBody(content, encoding));
      });
      if (isThenable(returned)) {
        returned.then(
          (value) => { finish(fromPromiseValue(value)); },
          (error: unknown) => { finish({ text: null, reason: `getContent failed: ${describe(error)}` }); },
        );
      }
    } catch (error) {
      finish({ text: null, reason: `getContent failed: ${describe(error)}` });
    }
  });
}
