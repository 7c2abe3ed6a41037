import { readFile } from 'node:fs/promises';
import * as E from 'fp-ts/Either';

/** The file name that means "read standard input". */
export const STDIN = '-';

/** How a person would name the input in a message. */
export function inputName(file: string): string {
  return file === STDIN ? 'standard input' : file;
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** One line, never a stack: Node's own messages carry the syscall and path, which the caller already names. */
function readFailure(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return READ_FAILURES[error.code] ?? error.code;
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : String(error);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole input as UTF-8 text (HAR files and response bodies are UTF-8), or why it could not be read. */
export async function readInputText(file: string): Promise<E.Either<string, string>> {
  try {
    return E.right(file === STDIN ? await readStdin() : await readFile(file, 'utf8'));
  } catch (error) {
    return E.left(`cannot read: ${readFailure(error)}`);
  }
}
