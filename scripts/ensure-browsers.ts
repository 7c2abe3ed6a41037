/**
 * Makes sure Debian's Chromium (and xvfb for headed runs without a display) is installed, since
 * the e2e tests and `npm start` drive /usr/bin/chromium. Never `playwright install`: Playwright's
 * browser downloads cannot reach the machines this project runs on, and Debian's build loads
 * unpacked extensions. As root it installs with apt-get; otherwise it prints the command and fails.
 *
 * `npx tsx scripts/ensure-browsers.ts` (part of `npm run test:e2e`), or `ensureBrowsers()`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../browser/chromium';

/** Debian package → a file it installs, to tell whether it is there without asking dpkg. */
const PACKAGES: readonly { name: string; file: string }[] = [
  { name: 'chromium', file: CHROMIUM },
  { name: 'xvfb', file: '/usr/bin/xvfb-run' },
  { name: 'xauth', file: '/usr/bin/xauth' },
];

export function missingPackages(): string[] {
  return PACKAGES.filter((pkg) => !existsSync(pkg.file)).map((pkg) => pkg.name);
}

export function installCommand(packages: readonly string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Installs what is missing when it can; throws a message with the exact command when it cannot. */
export function ensureBrowsers(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = installCommand(missing);
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    const how = hasApt ? `Run as root:\n  sudo sh -c '${command}'` : `This needs Debian or Ubuntu's apt-get:\n  ${command}`;
    throw new Error(`Missing ${missing.join(', ')} (the e2e tests and npm start drive ${CHROMIUM}). ${how}`);
  }
  console.log(`Installing ${missing.join(', ')}: ${command}`);
  const run = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`"${command}" failed (exit ${run.status ?? run.signal ?? 'unknown'})`);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`apt-get finished but these are still missing: ${still.join(', ')}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBrowsers();
    console.log(`Browsers ready: ${CHROMIUM}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
