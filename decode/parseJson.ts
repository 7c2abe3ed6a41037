import * as E from 'fp-ts/Either';

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

/** Whether arrays and objects nest more than `levels` deep. Recursion is bounded by `levels`. */
const nestsDeeperThan = (value: unknown, levels: number): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  for (const child of Object.values(value)) if (nestsDeeperThan(child, levels - 1)) return true;
  return false;
};

/**
 * JSON.parse as a value, never a throw. A parse that overflows the stack (a RangeError, from an
 * engine whose parser recurses) and a value nested beyond `maxDepth` both come back as a `depth`
 * failure. `maxDepth` Infinity checks nothing: for a value only io-ts codecs will read (a HAR).
 */
export const parseJson = (text: string, maxDepth = MAX_JSON_DEPTH): E.Either<JsonFailure, unknown> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return E.left({ reason: 'depth', message: `too deeply nested for the JSON parser (${error.message})` });
    return E.left({ reason: 'syntax', message: error instanceof Error ? error.message : String(error) });
  }
  // Nesting deeper than maxDepth takes more than maxDepth opening and closing brackets: most
  // stream events are too short to need the walk.
  if (text.length > 2 * maxDepth && maxDepth !== Number.POSITIVE_INFINITY && nestsDeeperThan(value, maxDepth)) {
    return E.left({ reason: 'depth', message: `nested more than ${maxDepth} levels deep` });
  }
  return E.right(value);
};
