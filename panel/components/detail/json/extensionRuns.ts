import type { ProviderExtension } from '../../../../decode/index';
import { jsonNodeOf } from './jsonNode';
import { jsonNodeText } from './jsonNodeText';
import type { JsonTextRun } from './jsonNodeText';

/**
 * A provider extension's value printed as JSON (pretty when an object or array, so a string "0"
 * and a number 0 read differently), with the integers beyond 2^53 decode/ found in it (Groq's
 * `x_groq.seed`, Together's `choices[0].seed`) printed with their digits as sent.
 */
export function extensionRuns(extension: ProviderExtension): JsonTextRun[] {
  return jsonNodeText(jsonNodeOf(extension.value, extension.preciseNumbers ?? [], extension.path));
}

/** How many characters the printed value has. */
export function runsLength(runs: readonly JsonTextRun[]): number {
  return runs.reduce((length, run) => length + run.text.length, 0);
}
