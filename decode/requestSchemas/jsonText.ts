import * as E from 'fp-ts/Either';
import { parseJsonValue } from '../parseJson';

/** Text the request said would be JSON (tool arguments, structured content), parsed or explained. */
export type JsonText =
  { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'failure'; readonly where: string; readonly actual: string };

const POSITION = /at position (\d+)/;
const UNEXPECTED = /Unexpected token '(.+?)'/;

/** Where the text stops being JSON, from the engine's message: `at position 8`, or `cut short at position 12`. */
const whereItFails = (text: string, message: string): string => {
  const position = POSITION.exec(message)?.[1];
  if (position !== undefined) return `at position ${position}`;
  if (text.trim() === '') return 'it is empty';
  // V8 names the character but not its place when a value cannot start with it: `Here is the menu`.
  const token = UNEXPECTED.exec(message)?.[1];
  return token !== undefined ? `unexpected ${JSON.stringify(token)}` : `cut short at position ${text.length}`;
};

export const parseJsonText = (text: string): JsonText => {
  const parsed = parseJsonValue(text);
  if (E.isRight(parsed)) return { kind: 'value', value: parsed.right };
  const failure = parsed.left;
  return {
    kind: 'failure',
    where: failure.reason === 'depth' ? 'it nests too deeply to read' : whereItFails(text, failure.message),
    actual: failure.message,
  };
};
