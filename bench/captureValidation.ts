/**
 * Round s9 (delivery, issue 16 item 1): what the panel page spends per exchange turning a raw
 * capture into a CapturedExchange (extension/exchangeFromCapture.ts), in Node's CPU time, over the
 * same 10,000 fake Chrome requests the panel benchmark fires (panelHarness/harRequest.ts). Not part
 * of `npm run bench`: run it by hand, on main and on a branch alternately.
 *
 *   node --import tsx bench/captureValidation.ts [--exchanges=10000] [--rounds=7]
 *
 * Prints, per round, the CPU ms of `HarEntry.decode` and `HarEntry.is` over every entry, and of
 * exchangeFromCapture over every capture; then the medians. Ratios between them are what to compare:
 * on this shared machine the absolute figures move with the load.
 */
import { HarEntry } from '../decode/index';
import { recordedBodies } from '../demo/fixtures';
import { exchangeFromCapture } from '../extension/exchangeFromCapture';
import type { RawCapture } from '../extension/rawCapture';
import { fakeRequest } from '../panelHarness/harRequest';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { median } from './stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  Number(args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const exchanges = option('exchanges', 10_000);
const rounds = option('rounds', 7);

const templates = trafficTemplates(recordedBodies());
const captures: RawCapture[] = Array.from({ length: exchanges }, (_, n) => {
  const template = templates[n % templates.length];
  if (template === undefined) throw new Error('no traffic templates');
  const entry = fakeRequest(template, n);
  // getContent's answer as Chrome gives it (callback arguments), the body the harness would hand over.
  const body = n % 2 === 0 ? template.body : ` ${template.body}`.slice(1);
  return { id: `c-${n}`, source: 'live', capturedAt: n, entry, content: { via: 'callback', args: [body, ''] } };
});

/** CPU ms (user + system) of running `work` over every capture; the count it returns is kept so nothing is optimised away. */
const cpuMs = (work: (capture: RawCapture) => boolean): { ms: number; kept: number } => {
  const start = process.cpuUsage();
  let kept = 0;
  for (const capture of captures) if (work(capture)) kept += 1;
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, kept };
};

const measures = {
  'HarEntry.decode': (capture: RawCapture) => HarEntry.decode(capture.entry)._tag === 'Right',
  'HarEntry.is': (capture: RawCapture) => HarEntry.is(capture.entry),
  exchangeFromCapture: (capture: RawCapture) => exchangeFromCapture(capture) !== null,
} as const;

const times = new Map<string, number[]>(Object.keys(measures).map((name) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  const line: string[] = [];
  for (const [name, work] of Object.entries(measures)) {
    const { ms, kept } = cpuMs(work);
    if (kept !== exchanges) throw new Error(`${name} kept ${kept} of ${exchanges}`);
    times.get(name)?.push(ms);
    line.push(`${name} ${ms.toFixed(1)}`);
  }
  console.log(`round ${round + 1}: ${line.join(', ')} (ms CPU over ${exchanges.toLocaleString('en-US')})`);
}
for (const [name, values] of times)
  console.log(`${name}: median ${median(values).toFixed(1)} ms CPU, ${((median(values) * 1000) / exchanges).toFixed(2)} µs each`);
// panelHarness/frames.ts opens a MessageChannel at import (the harness's task queue), which keeps Node's event loop alive.
process.exit(0);
