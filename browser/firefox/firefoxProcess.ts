import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MarionetteClient } from './marionette';

/**
 * Starts Debian's Firefox ESR headless with Marionette on, in a fresh temporary profile, and bounds
 * it twice: coreutils `timeout` kills the whole process group after `lifetimeSeconds` even if this
 * Node process dies, and `close()` kills the group and deletes the profile. Firefox writes the port
 * it chose (`marionette.port` 0) to `MarionetteActivePort` in the profile, so parallel runs never
 * collide on 2828.
 */
export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_DIST = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
const WEB_EXT = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));
const OUTPUT_LIMIT = 400_000;

export type Pref = string | number | boolean;

export interface LaunchOptions {
  /**
   * `firefox`: Firefox alone (install the add-on through Marionette afterwards).
   * `web-ext`: `web-ext run --pre-install` with `extensionDir`, the way a developer runs it.
   */
  via: 'firefox' | 'web-ext';
  extensionDir?: string;
  /** Extra command-line arguments for Firefox, e.g. `-devtools` to open the toolbox at start. */
  args?: readonly string[];
  prefs?: Readonly<Record<string, Pref>>;
  /** Hard limit on the process's life; `timeout` kills it after this. */
  lifetimeSeconds: number;
}

export interface FirefoxProcess {
  readonly marionette: MarionetteClient;
  readonly profileDir: string;
  /** What Firefox (and web-ext) printed so far, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/** Marionette needs `-remote-allow-system-access` (Firefox 138+) before it runs chrome-context scripts. */
const MARIONETTE_ARGS = ['--marionette', '-remote-allow-system-access'];

function commandLine(options: LaunchOptions, profileDir: string): string[] {
  const args = [...MARIONETTE_ARGS, ...(options.args ?? [])];
  if (options.via === 'firefox') return [FIREFOX, '-no-remote', '-profile', profileDir, ...args];
  return [
    process.execPath,
    WEB_EXT,
    'run',
    '--no-config-discovery',
    '--no-input',
    '--no-reload',
    // Without --pre-install the add-on is installed after the toolbox opened and its devtools
    // page never loads (seen with Firefox ESR 153).
    '--pre-install',
    `--source-dir=${options.extensionDir ?? FIREFOX_DIST}`,
    `--firefox=${FIREFOX}`,
    // Our own profile, used in place, so the Marionette port file is where we look and we delete it.
    `--firefox-profile=${profileDir}`,
    '--profile-create-if-missing',
    '--keep-profile-changes',
    ...args.map((arg) => `--arg=${arg}`),
  ];
}

function userJs(prefs: Readonly<Record<string, Pref>>): string {
  return (
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n') + '\n'
  );
}

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxProcess> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: run npx tsx scripts/firefox-ensure.ts`);
  const profileDir = mkdtempSync(join(tmpdir(), 'llm-inspector-firefox-'));
  // web-ext run keeps its own prefs in this user.js too (it appends), so ours go in first.
  writeFileSync(join(profileDir, 'user.js'), userJs({ 'marionette.port': 0, ...options.prefs }));
  const [command, ...args] = commandLine(options, profileDir);
  if (command === undefined) throw new Error('empty Firefox command line');
  const child = spawn('timeout', ['--kill-after=5', String(options.lifetimeSeconds), command, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });

  const close = async () => {
    await killGroup(child, exited);
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const port = await waitForPortFile(join(profileDir, 'MarionetteActivePort'), child, 30_000);
    const marionette = await MarionetteClient.connect(port);
    await marionette.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return {
      marionette,
      profileDir,
      output: () => output,
      close: async () => {
        marionette.close();
        await close();
      },
    };
  } catch (error) {
    await close();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- Firefox output (last 4000 characters) ---\n${output.slice(-4000)}`, { cause: error });
  }
}

async function waitForPortFile(path: string, child: ChildProcess, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`Firefox exited (${child.exitCode ?? child.signalCode ?? '?'}) before Marionette started`);
    if (existsSync(path)) {
      const port = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(port) && port > 0) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Marionette did not start within ${timeoutMs / 1000} s (no ${path})`);
}

/** SIGTERM to the whole group (timeout, web-ext, Firefox and its content processes), SIGKILL after 5 s. */
async function killGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const gone = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) =>
      setTimeout(() => {
        resolve(false);
      }, 5_000),
    ),
  ]);
  // Firefox's content processes can outlive the parent by a moment; the group kill reaches them too.
  signal('SIGKILL');
  if (!gone) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
}
