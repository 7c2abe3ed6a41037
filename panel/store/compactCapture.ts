import type { CapturedExchange } from '../../decode/index';
import { bodyText, bufferedBytes, storeBody, storedBodyBytes } from './bodyBytes';
import type { StoredBody } from './bodyBytes';

/**
 * A capture as the panel's log keeps it: every field as received, its two bodies held as bytes
 * (bodyBytes.ts) and read through `body` and `requestBody` accessors that give the text back, so
 * that decode/ and every reader of a capture see the CapturedExchange they always did. The fields
 * keep their order, and the accessors are the capture's own enumerable properties, so a spread or
 * JSON.stringify of it (an export, a live update) carries the text as before.
 */

class StoredBodies {
  constructor(
    readonly body: StoredBody,
    readonly requestBody: StoredBody,
  ) {}
}

/**
 * Each compact capture's bodies, in a non-enumerable property of its own (not in a spread, a JSON
 * or a key list); a WeakMap of 10,000 captures was half a MiB of table beside them.
 */
const STORED = Symbol('stored bodies');

function storedOf(captured: CapturedExchange): StoredBodies | undefined {
  const stored: unknown = Reflect.get(captured, STORED);
  return stored instanceof StoredBodies ? stored : undefined;
}

const ACCESSORS: Record<'body' | 'requestBody', PropertyDescriptor> = {
  body: {
    enumerable: true,
    get(this: CapturedExchange): string | null {
      return bodyText(storedOf(this)?.body ?? null);
    },
  },
  requestBody: {
    enumerable: true,
    get(this: CapturedExchange): string | null {
      return bodyText(storedOf(this)?.requestBody ?? null);
    },
  },
};

/** The capture with its bodies held as bytes; one already compact is returned as it is. */
export function compactCapture(captured: CapturedExchange): CapturedExchange {
  if (storedOf(captured) !== undefined) return captured;
  const compact = {};
  for (const [key, value] of Object.entries(captured)) {
    if (key === 'body' || key === 'requestBody') Object.defineProperty(compact, key, ACCESSORS[key]);
    else Object.defineProperty(compact, key, { value, enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(compact, STORED, { value: new StoredBodies(storeBody(captured.body), storeBody(captured.requestBody)) });
  // Every field of `captured` is on it, the two bodies as accessors of the same type.
  return compact as CapturedExchange;
}

/** A capture with its bodies as plain strings (the selection's, read on every render), decoded once. */
export function materializedCapture(captured: CapturedExchange): CapturedExchange {
  return storedOf(captured) === undefined ? captured : { ...captured };
}

/**
 * UTF-8 bytes of the request and response bodies: what the Memory limit counts. A capture not yet
 * compacted (a burst's entry waiting to be decoded) counts its UTF-16 code units instead: counting
 * the UTF-8 bytes of 10,000 bodies character by character cost a third of a second of the burst's
 * listing. The log counts it again once compacted (exchangeLog.ts recount); for ASCII it is the same.
 */
export function bodyBytesOf(captured: CapturedExchange): number {
  const stored = storedOf(captured);
  if (stored === undefined) return (captured.body?.length ?? 0) + (captured.requestBody?.length ?? 0);
  return storedBodyBytes(stored.body) + storedBodyBytes(stored.requestBody);
}

/** Of those, the bytes held in ArrayBuffers, outside the JS heap (bench/ reads their sum). */
export function bufferedBytesOf(captured: CapturedExchange): number {
  const stored = storedOf(captured);
  return stored === undefined ? 0 : bufferedBytes(stored.body) + bufferedBytes(stored.requestBody);
}
