import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pollUntil } from '../browser/polling';

/**
 * Waits for the one finished file with that extension in `dir` (Chromium writes `*.crdownload`
 * until it is done), reads it and removes it, so the next export may take its name.
 */
export async function takeDownloadedFile(dir: string, extension: string): Promise<string> {
  let found = '';
  await pollUntil(
    () => {
      found = readdirSync(dir).find((name) => name.endsWith(extension)) ?? '';
      return Promise.resolve(found !== '');
    },
    10_000,
    `no *${extension} file appeared in ${dir} within 10 s of clicking export`,
  );
  const path = join(dir, found);
  const text = readFileSync(path, 'utf8');
  rmSync(path);
  return text;
}
