import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const git = (args: readonly string[]): string => {
  const run = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  // trimEnd only: porcelain status lines start with a meaningful space (" M decode/x.ts").
  return run.status === 0 ? run.stdout.trimEnd() : '';
};

/** The commit the figures were measured on, and the folders that differed from it (figures move with the code). */
export const describeRevision = (): string => {
  const commit = git(['rev-parse', '--short', 'HEAD']).trim();
  if (commit === '') return 'unknown (not a git checkout)';
  const changed = git(['status', '--porcelain', '--', 'decode', 'panel', 'extension', 'cli', 'bench', 'vite.config.ts', 'package.json'])
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(3).split('/')[0] ?? '');
  const folders = [...new Set(changed)].sort();
  return folders.length === 0 ? commit : `${commit} with uncommitted changes in ${folders.join(', ')}`;
};
