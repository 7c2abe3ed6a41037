import * as E from 'fp-ts/Either';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';

/**
 * How deep arrays and objects may nest before a body is refused, as serde_json refuses by default
 * (its recursion limit is 128). No real completion comes near it, and everything downstream of
 * the parse recurses once per level: `JSON.stringify` (tool arguments sent as objects, error
 * messages that are objects, `llm-inspect --json`), the panel's JSON tree, structured clone.
 * V8's `JSON.parse` itself no longer throws on deep input (Node 20 parses 1,000,000 levels) while
 * its `JSON.stringify` overflows the stack near 10,000: the limit has to be ours.
 */
export const MAX_JSON_DEPTH = 128;

/** Why text did not become a value: it is not JSON, or it nests too deeply to handle safely. */
export interface JsonFailure {
  readonly reason: 'syntax' | 'depth';
  /** The engine's message (syntax) or what the limit is (depth), for an issue's `actual`. */
  readonly message: string;
}

/** A parsed value, and whether a number in it may have lost digits to JSON.parse. */
export interface ParsedJson {
  readonly value: unknown;
  /**
   * Some number in the value lies beyond ±(2^53 - 1). Every integer literal beyond 2^53 parses to
   * such a number, so when this is false the text holds none and `findPreciseNumbers` need not
   * read it (a regex pass over the text costs about half a JSON.parse); when true the text scan
   * decides (`1e21` and `12345678901234567.5` set it too). Always true when nothing was walked.
   */
  readonly mayHoldPreciseNumbers: boolean;
}

/** What one walk of a parsed value found. */
export interface ValueScan {
  tooDeep: boolean;
  hugeNumber: boolean;
}

export const isHuge = (value: number): boolean => value > Number.MAX_SAFE_INTEGER || value < -Number.MAX_SAFE_INTEGER;

/**
 * An object of a parsed value that is not an array: JSON.parse makes no other kind than plain
 * objects. Told without io-ts's record test (Object.prototype.toString per object), which decided
 * nothing here and cost half of the scan.
 */
const isParsedObject = (value: object): value is Record<string, unknown> => !Array.isArray(value);

/**
 * Visits every value nested inside `container` once, noting numbers beyond the safe range, and
 * stops with tooDeep at a container more than `levels` levels below this one. Recursion is bounded
 * by `levels`; primitives are checked in place.
 */
const scanContainer = (container: object, levels: number, scan: ValueScan, ownValues: boolean): void => {
  if (levels <= 0) {
    scan.tooDeep = true;
    return;
  }
  if (Array.isArray(container)) {
    const items: readonly unknown[] = container;
    for (let index = 0; index < items.length && !scan.tooDeep; index += 1) scanChild(items[index], levels - 1, scan, ownValues);
  } else if (!ownValues && isParsedObject(container)) {
    for (const key in container) {
      scanChild(container[key], levels - 1, scan, ownValues);
      if (scan.tooDeep) return;
    }
  } else {
    for (const child of Object.values(container)) {
      scanChild(child, levels - 1, scan, ownValues);
      if (scan.tooDeep) return;
    }
  }
};

function scanChild(child: unknown, levels: number, scan: ValueScan, ownValues: boolean): void {
  if (typeof child === 'object') {
    if (child !== null) scanContainer(child, levels, scan, ownValues);
  } else if (typeof child === 'number' && isHuge(child)) {
    scan.hugeNumber = true;
  }
}

/**
 * Scans `value` into `scan`: a number beyond the safe range, or a container more than `levels`
 * levels deep counting `value` itself as the first. For a walk that has come down to a part of a
 * value by other means (contract/scanAlongside.ts) and scans what it does not walk itself.
 */
export const scanInto = (value: unknown, levels: number, scan: ValueScan, ownValues: boolean): void => {
  if (typeof value === 'number') {
    if (isHuge(value)) scan.hugeNumber = true;
  } else if (typeof value === 'object' && value !== null) {
    scanContainer(value, levels, scan, ownValues);
  }
};

/** One walk for both questions a parsed body raises: does it nest too deeply, may it hold huge integers. */
const scanValue = (value: unknown, maxDepth: number): ValueScan => {
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  scanInto(value, maxDepth, scan, prototypeHasEnumerableKeys());
  return scan;
};

/** The failure for a value found to nest deeper than `maxDepth`, by parseJson or by a walk. */
export const depthFailure = (maxDepth: number): JsonFailure => ({ reason: 'depth', message: `nested more than ${maxDepth} levels deep` });

/**
 * What parseJson says of a value JSON.parse has already given (the CLI parses a file once to tell a
 * HAR from a body): refused beyond `maxDepth`, else the value and whether it may hold huge integers.
 */
export const checkParsedValue = (value: unknown, maxDepth = MAX_JSON_DEPTH): E.Either<JsonFailure, ParsedJson> => {
  if (maxDepth === Number.POSITIVE_INFINITY) return E.right({ value, mayHoldPreciseNumbers: true });
  const scan = scanValue(value, maxDepth);
  if (scan.tooDeep) return E.left(depthFailure(maxDepth));
  return E.right({ value, mayHoldPreciseNumbers: scan.hugeNumber });
};

/**
 * JSON.parse as a value, never a throw. A parse that overflows the stack (a RangeError, from an
 * engine whose parser recurses) and a value nested beyond `maxDepth` both come back as a `depth`
 * failure. `maxDepth` Infinity checks nothing and walks nothing: for a value only io-ts codecs will
 * read (a HAR), or one the caller walks itself, scanning what it does not visit (a stream chunk:
 * decodeStream).
 */
export const parseJson = (text: string, maxDepth = MAX_JSON_DEPTH): E.Either<JsonFailure, ParsedJson> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError)
      return E.left({ reason: 'depth', message: `too deeply nested for the JSON parser (${error.message})` });
    return E.left({ reason: 'syntax', message: error instanceof Error ? error.message : String(error) });
  }
  return checkParsedValue(value, maxDepth);
};

/** parseJson for callers that want only the value. */
export const parseJsonValue = (text: string, maxDepth = MAX_JSON_DEPTH): E.Either<JsonFailure, unknown> =>
  E.map((parsed: ParsedJson) => parsed.value)(parseJson(text, maxDepth));
