/**
 * Writes one recorded body of another wire format with the headers its provider sends: a JSON body
 * at once, a stream piece by piece (framing-units.ts), paced like sse-pacing.ts paces SSE.
 */
import type { ServerResponse } from 'node:http';
import { eventDelay, writePacedEvents } from '../sse-pacing';
import type { FormatFixture, Framing } from './format-fixtures';
import { readFormatFixtureBytes } from './format-fixtures';
import { framingUnits } from './framing-units';

export type Pacing = { readonly pacingMs: number; readonly streamCapMs: number };

/** The provider's headers for each framing it uses (content-type first). */
export type ProviderHeaders = Partial<Record<Framing, Readonly<Record<string, string>>>>;

export async function replayFormatBody(
  res: ServerResponse,
  fixture: FormatFixture,
  headers: ProviderHeaders,
  pacing: Pacing,
): Promise<void> {
  const body = readFormatFixtureBytes(fixture);
  const own = headers[fixture.framing] ?? { 'content-type': 'application/octet-stream' };
  const common = { ...own, 'x-demo-fixture': fixture.name };
  if (fixture.framing === 'json') {
    res.writeHead(fixture.status, { ...common, 'content-length': String(body.length) });
    res.end(body);
    return;
  }
  res.writeHead(fixture.status, common);
  res.flushHeaders();
  const units = framingUnits(body, fixture.framing);
  await writePacedEvents(res, units, eventDelay(units.length, pacing.pacingMs, pacing.streamCapMs));
}
