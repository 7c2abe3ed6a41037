import type { ProviderExtension } from '../../model';
import { isHuge } from '../../parseJson';
import { durationPath } from './durationPath';

/**
 * The fields Ollama writes on its last line (a stream's `done: true` line, a JSON body):
 * `done_reason`, the two counts and the four durations. Read through their own keys by the
 * one-pass readers of a final body (doneBody.ts) and of a stream's lines (plainLine.ts), for the
 * same answers: of each such field the contract walk would find that it conforms (the counts are
 * t.Int, the reason a string) or is an extension (the durations, not in the codec on purpose), the
 * scan that its number is in the safe range, and the fold would read the reason and the counts.
 */
export interface DoneFields {
  /** `done_reason`; undefined when the object has none. */
  finishReason: string | undefined;
  prompt: number | undefined;
  completion: number | undefined;
  /** The durations as the walk lists its extensions (in the object's order); undefined when none. */
  durations: ProviderExtension[] | undefined;
}

/** Ready for the next object; `durations` is given a new array only when a duration is found. */
export const clearDoneFields = (into: DoneFields): void => {
  into.finishReason = undefined;
  into.prompt = undefined;
  into.completion = undefined;
  into.durations = undefined;
};

/** An integer the codec's t.Int takes and the scan finds safe (within ±(2^53 - 1), as isHuge draws it). */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value);

/**
 * Reads one key of an object into `into`: true when it is one of these fields with a value the
 * walk has nothing to say of; false for any other key, or one of these of another type (a count
 * that is no safe integer, a duration that is no number or a huge one: the walk reports or scans
 * it), which the caller leaves to the codec path.
 */
export const readDoneField = (key: string, field: unknown, into: DoneFields): boolean => {
  switch (key) {
    case 'done_reason':
      if (typeof field !== 'string') return false;
      into.finishReason = field;
      return true;
    case 'prompt_eval_count':
      if (!isCount(field)) return false;
      into.prompt = field;
      return true;
    case 'eval_count':
      if (!isCount(field)) return false;
      into.completion = field;
      return true;
    default: {
      const path = durationPath(key);
      if (path === undefined || typeof field !== 'number' || isHuge(field)) return false;
      (into.durations ??= []).push({ path, value: field });
      return true;
    }
  }
};
