/**
 * The extension talks to the browser through webextension-polyfill (`browser.*`, Promises in both
 * browsers). What the polyfill does not wrap answers as each browser does: `devtools.network`'s
 * `getHAR` and a HAR entry's `getContent` call back in Chrome (newer versions may also return a
 * Promise) and return a Promise in Firefox, whose objects also call back. Those calls go through
 * here: the first answer wins, by whichever route, and a call that never answers (seen: Firefox's
 * getContent for a large brotli body) ends after a timeout instead of hanging capture. Promised
 * calls through the polyfill use `withinTimeout` for the same reason.
 */
import { sharedDeadlines } from './sharedDeadlines';

export type BrowserAnswer =
  | { readonly via: 'callback'; readonly args: readonly unknown[] }
  | { readonly via: 'promise'; readonly value: unknown }
  | { readonly via: 'failure'; readonly reason: string };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One timer for every call's timeout: a burst's getContent calls each had their own (sharedDeadlines.ts). */
const deadlines = sharedDeadlines();

export function browserAnswer(call: (callback: (...args: unknown[]) => void) => unknown, timeoutMs: number): Promise<BrowserAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: BrowserAnswer) => {
      if (settled) return;
      settled = true;
      cancelTimeout();
      resolve(answer);
    };
    const cancelTimeout = deadlines.after(timeoutMs, () => {
      finish({ via: 'failure', reason: `no answer within ${timeoutMs / 1000} s` });
    });
    try {
      const returned = call((...args) => {
        finish({ via: 'callback', args });
      });
      if (isThenable(returned)) {
        returned.then(
          (value) => {
            finish({ via: 'promise', value });
          },
          (error: unknown) => {
            finish({ via: 'failure', reason: describe(error) });
          },
        );
      }
    } catch (error) {
      finish({ via: 'failure', reason: describe(error) });
    }
  });
}

/** The answer's one value when it has one: a callback's first argument or what the Promise resolved to. */
export function answeredValue(answer: BrowserAnswer): unknown {
  if (answer.via === 'callback') return answer.args[0];
  return answer.via === 'promise' ? answer.value : undefined;
}

/**
 * One property of a value the browser handed over, or undefined. For the devtools page, which reads
 * only what it needs to route data (a request's start, method and URL; getHAR's entry list) and
 * leaves validating to the panel's codecs; `Reflect.get` also finds getContent on Chrome's
 * Request prototype.
 */
export function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** A Promise the browser may never settle, as a BrowserAnswer that ends after `timeoutMs` at the latest. */
export function withinTimeout(promise: () => PromiseLike<unknown>, timeoutMs: number): Promise<BrowserAnswer> {
  return browserAnswer(() => promise(), timeoutMs);
}
