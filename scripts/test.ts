/**
 * `npm test`: everything, in the order a failure is cheapest to see. Each step runs even when an
 * earlier one failed (one run shows every problem); the exit code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const steps: { name: string; command: string; args: string[] }[] = [
  // The whole tree, then each product room with only the type libraries it may use (package.json).
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  // The arrows between rooms, import cycles and dead modules (.dependency-cruiser.cjs).
  { name: 'rooms', command: 'npm', args: ['run', '-s', 'lint:rooms'] },
  // One formatter, Prettier with .prettierrc.json: `npm run format` rewrites, this only checks.
  { name: 'format', command: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'unit', command: 'npx', args: ['vitest', 'run'] },
  { name: 'build', command: 'npx', args: ['tsx', 'scripts/build.ts'] },
  // Firefox's own linter (addons-linter): 0 errors and 0 warnings, or the step fails.
  {
    name: 'web-ext lint',
    command: 'npx',
    args: ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--no-config-discovery'],
  },
  { name: 'e2e', command: 'npm', args: ['run', '-s', 'test:e2e'] },
  // Real Firefox ESR: a smoke run through web-ext and the panel driven through Marionette.
  { name: 'firefox e2e', command: 'npx', args: ['tsx', 'scripts/firefox-test.ts'] },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
