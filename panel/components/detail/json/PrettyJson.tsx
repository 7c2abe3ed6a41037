import { useMemo } from 'preact/hooks';
import { LongText } from '../text/LongText';
import { JsonText } from './JsonText';
import { parseJsonNode } from './jsonNode';
import { jsonNodeText } from './jsonNodeText';
import type { JsonTextRun } from './jsonNodeText';

/**
 * A JSON string (tool-call arguments) pretty-printed with its numbers as sent, JSON.parse would
 * round an id beyond 2^53 and JSON.stringify print the rounded one; null when it is not JSON
 * (models emit invalid or cut arguments, finish_reason "length").
 */
export function usePrettyJson(text: string): JsonTextRun[] | null {
  return useMemo(() => {
    const tree = parseJsonNode(text);
    return tree === null ? null : jsonNodeText(tree);
  }, [text]);
}

type Props = { readonly text: string; readonly runs: readonly JsonTextRun[] | null; readonly testid: string };

/** The pretty-printed JSON (usePrettyJson), or the text verbatim when it is not JSON; long ones cut at the display limit. */
export function PrettyJson({ text, runs, testid }: Props) {
  return runs === null ? <LongText text={text} class="code-block" testid={testid} /> : <JsonText runs={runs} testid={testid} />;
}
