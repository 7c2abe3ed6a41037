import * as E from 'fp-ts/Either';
import { parseArguments, USAGE } from './arguments';
import type { CheckedExchange } from './checkedExchange';
import { passes } from './checkedExchange';
import { inputExchanges } from './inputExchanges';
import { inputName, readInputText } from './inputText';
import { formatJson } from './jsonFormat';
import { formatTable } from './tableFormat';

export const EXIT = { conforms: 0, doesNotConform: 1, unusableInput: 2 } as const;

export type Output = { readonly out: (text: string) => void; readonly err: (text: string) => void };

/**
 * llm-inspect: files → decode/ → table or JSON. Every input is checked even when one cannot be read,
 * so one bad path does not hide the findings in the others; the exit status still says 2.
 */
export async function main(argv: readonly string[], output: Output): Promise<number> {
  const parsed = parseArguments(argv);
  if (E.isLeft(parsed)) {
    output.err(`llm-inspect: ${parsed.left} (see llm-inspect --help)\n`);
    return EXIT.unusableInput;
  }
  const { json, help, files, urlPatterns, requestSchemas } = parsed.right;
  if (help) {
    output.out(USAGE);
    return EXIT.conforms;
  }
  const checked: CheckedExchange[] = [];
  let unusable = false;
  for (const file of files) {
    const name = inputName(file);
    const result = E.flatMap(await readInputText(file), (text) =>
      inputExchanges(name, text, { extraUrlPatterns: urlPatterns, requestSchemas }),
    );
    if (E.isLeft(result)) {
      output.err(`llm-inspect: ${name}: ${result.left}\n`);
      unusable = true;
    } else {
      checked.push(...result.right);
    }
  }
  output.out(json ? formatJson(checked) : formatTable(checked));
  if (unusable) return EXIT.unusableInput;
  return checked.every((item) => passes(item.exchange)) ? EXIT.conforms : EXIT.doesNotConform;
}
