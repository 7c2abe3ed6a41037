import { pathText } from '../../contract/walkPath';

/** Ollama's durations (ns): extensions, not in the codec on purpose (codecs.ts); their paths as the walk writes them. */
const TOTAL_DURATION = pathText(['total_duration']);
const LOAD_DURATION = pathText(['load_duration']);
const PROMPT_EVAL_DURATION = pathText(['prompt_eval_duration']);
const EVAL_DURATION = pathText(['eval_duration']);

/**
 * The path of a duration's key, or undefined for any other key. A switch, not a Map of them: four
 * compares of interned keys against a hash lookup per key, for every body.
 */
export const durationPath = (key: string): string | undefined => {
  switch (key) {
    case 'total_duration':
      return TOTAL_DURATION;
    case 'load_duration':
      return LOAD_DURATION;
    case 'prompt_eval_duration':
      return PROMPT_EVAL_DURATION;
    case 'eval_duration':
      return EVAL_DURATION;
    default:
      return undefined;
  }
};
