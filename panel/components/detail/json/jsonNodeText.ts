import type { JsonNode } from './jsonNode';

/** A run of printed JSON; `beyondSafe` runs are integers beyond 2^53 with their digits as sent. */
export type JsonTextRun = { readonly text: string; readonly beyondSafe: boolean };

/**
 * A JSON tree printed as `JSON.stringify(value, null, 2)` prints the parsed value, except that
 * numbers keep their text from the body: JSON.stringify would print the rounded double. Returned
 * as runs so a view can mark the integers beyond 2^53; the runs joined are the whole text.
 */
export function jsonNodeText(root: JsonNode): JsonTextRun[] {
  const runs: JsonTextRun[] = [];
  let plain = '';
  const write = (text: string) => {
    plain += text;
  };
  const writeBeyondSafe = (text: string) => {
    if (plain !== '') runs.push({ text: plain, beyondSafe: false });
    plain = '';
    runs.push({ text, beyondSafe: true });
  };
  const print = (node: JsonNode, indent: string): void => {
    if (node.kind === 'number' && node.beyondSafe) {
      writeBeyondSafe(node.text);
    } else if (node.kind === 'object' && node.entries.length > 0) {
      const inner = `${indent}  `;
      write('{');
      node.entries.forEach(([key, child], position) => {
        write(`${position === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
        print(child, inner);
      });
      write(`\n${indent}}`);
    } else if (node.kind === 'array' && node.items.length > 0) {
      const inner = `${indent}  `;
      write('[');
      node.items.forEach((child, position) => {
        write(`${position === 0 ? '' : ','}\n${inner}`);
        print(child, inner);
      });
      write(`\n${indent}]`);
    } else {
      write(scalarText(node));
    }
  };
  print(root, '');
  if (plain !== '') runs.push({ text: plain, beyondSafe: false });
  return runs;
}

/** A value with nothing inside it to print: `{}`, `[]`, a string, a number, true, false, null. */
function scalarText(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return '{}';
    case 'array':
      return '[]';
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return node.text;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}

/** The first `length` characters of the runs (a beyond-2^53 number cut short stays marked). */
export function sliceRuns(runs: readonly JsonTextRun[], length: number): JsonTextRun[] {
  const out: JsonTextRun[] = [];
  let left = length;
  for (const run of runs) {
    if (left <= 0) break;
    out.push(run.text.length <= left ? run : { text: run.text.slice(0, left), beyondSafe: run.beyondSafe });
    left -= run.text.length;
  }
  return out;
}
