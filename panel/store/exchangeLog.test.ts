import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import type { ExchangeEntry } from './exchangeEntry';
import { compactCapture } from './compactCapture';
import { bodyBytesOfEntry, createExchangeLog } from './exchangeLog';

/** An entry whose response body is `bodyChars` bytes of ASCII and whose request body is 10 ("0123456789"). */
function entry(id: string, bodyChars: number): ExchangeEntry {
  const captured = { ...chatExchange({ id, body: 'x'.repeat(bodyChars) }), requestBody: '0123456789' };
  return { id, captured, outcome: { ok: false, failure: 'not decoded in this test' } };
}
const ids = (log: ReturnType<typeof createExchangeLog>) => log.toArray().map((kept) => kept.id);
const roomy = { maxExchanges: 1_000, maxBodyBytes: 1_000_000 };

describe('exchange log', () => {
  it('counts the response body and the request body of an exchange', () => {
    expect(bodyBytesOfEntry(entry('a', 90))).toBe(100);
    expect(bodyBytesOfEntry({ ...entry('b', 0), captured: { ...entry('b', 0).captured, body: null, requestBody: null } })).toBe(0);
  });

  it('counts bytes of UTF-8, not characters, whether the body is held as bytes or as a short string', () => {
    // "é" is 2 bytes in UTF-8, "€" 3 and "🙂" 4 (2 UTF-16 units): 2,000 × 2 + 1 + 4 + 3 = 4,008 bytes in 2,004 characters.
    const long = `${'é'.repeat(2_000)}x🙂€`;
    const captured = compactCapture({ ...chatExchange({ id: 'u', body: long }), requestBody: '€' });
    expect(bodyBytesOfEntry({ id: 'u', captured, outcome: { ok: false, failure: 'not decoded' } })).toBe(4_008 + 3);
  });

  it('counts a capture not yet compacted by its UTF-16 units, then its UTF-8 bytes once the log recounts it', () => {
    // 2,000 × "é": 2,000 UTF-16 units, 4,000 bytes of UTF-8; the request body "€": 1 unit, 3 bytes.
    let captured: CapturedExchange = { ...chatExchange({ id: 'w', body: 'é'.repeat(2_000) }), requestBody: '€' };
    // As a burst's LoggedEntry does, the same entry holds its compacted capture afterwards.
    const waiting: ExchangeEntry = {
      id: 'w',
      get captured() {
        return captured;
      },
      outcome: { ok: false, failure: 'not decoded' },
    };
    const log = createExchangeLog();
    log.add(waiting, roomy);
    expect(log.bodyBytes).toBe(2_001);
    const counted = bodyBytesOfEntry(waiting);
    captured = compactCapture(captured);
    log.recount(waiting, counted);
    expect(log.bodyBytes).toBe(4_003);
    // Dropping it takes away what it counts now: nothing is left over.
    log.add(entry('next', 0), { maxExchanges: 1, maxBodyBytes: 1_000_000 });
    expect(log.bodyBytes).toBe(10);
  });

  it('drops the oldest beyond the exchange limit and says which', () => {
    const log = createExchangeLog();
    const limits = { maxExchanges: 3, maxBodyBytes: 1_000_000 };
    for (const id of ['a', 'b', 'c']) expect(log.add(entry(id, 10), limits)).toEqual([]);
    expect(log.add(entry('d', 10), limits).map((gone) => gone.id)).toEqual(['a']);
    expect(ids(log)).toEqual(['b', 'c', 'd']);
    expect(log.get('a')).toBeUndefined();
    expect(log.get('d')?.id).toBe('d');
  });

  it('drops the oldest beyond the body bound, as many as it takes', () => {
    const log = createExchangeLog();
    // Each of these counts 100 bytes (90 + 10); the bound is 350.
    const limits = { maxExchanges: 1_000, maxBodyBytes: 350 };
    for (const id of ['a', 'b', 'c']) log.add(entry(id, 90), limits);
    expect(log.bodyBytes).toBe(300);
    // 190 more make 490: a (100) and b (100) must go to get back to 290.
    expect(log.add(entry('d', 180), limits).map((gone) => gone.id)).toEqual(['a', 'b']);
    expect(ids(log)).toEqual(['c', 'd']);
    expect(log.bodyBytes).toBe(290);
  });

  it('keeps the newest exchange even when its bodies alone exceed the bound', () => {
    const log = createExchangeLog();
    const limits = { maxExchanges: 1_000, maxBodyBytes: 50 };
    log.add(entry('small', 10), limits);
    expect(log.add(entry('huge', 500), limits).map((gone) => gone.id)).toEqual(['small']);
    expect(ids(log)).toEqual(['huge']);
  });

  it('applies lower limits on demand, numbers arrivals on across drops, and clears', () => {
    const log = createExchangeLog();
    for (const id of ['a', 'b', 'c', 'd']) log.add(entry(id, 10), roomy);
    expect(log.firstArrival).toBe(0);
    expect(log.enforce({ maxExchanges: 2, maxBodyBytes: 1_000_000 }).map((gone) => gone.id)).toEqual(['a', 'b']);
    // c arrived third: still number 2 now that it is first.
    expect(log.firstArrival).toBe(2);
    log.clear();
    expect(ids(log)).toEqual([]);
    expect(log.bodyBytes).toBe(0);
    expect(log.firstArrival).toBe(0);
  });

  it('replaces the whole log within the limits', () => {
    const log = createExchangeLog();
    log.add(entry('old', 10), roomy);
    const dropped = log.replace([entry('a', 10), entry('b', 10), entry('c', 10)], { maxExchanges: 2, maxBodyBytes: 1_000_000 });
    expect(dropped.map((gone) => gone.id)).toEqual(['a']);
    expect(ids(log)).toEqual(['b', 'c']);
    expect(log.get('old')).toBeUndefined();
    expect(log.bodyBytes).toBe(40);
  });

  it('ignores an id it already lists', () => {
    const log = createExchangeLog();
    log.add(entry('a', 10), roomy);
    log.add(entry('a', 50), roomy);
    expect(ids(log)).toEqual(['a']);
    expect(log.bodyBytes).toBe(20);
  });

  it('holds 20,000 exchanges through 20,000 more with the bound in force, in order', () => {
    const log = createExchangeLog();
    const limits = { maxExchanges: 20_000, maxBodyBytes: Number.MAX_SAFE_INTEGER };
    let dropped = 0;
    for (let n = 0; n < 40_000; n += 1) dropped += log.add(entry(`e${n}`, 1), limits).length;
    expect(dropped).toBe(20_000);
    const kept = ids(log);
    expect(kept).toHaveLength(20_000);
    expect([kept[0], kept[19_999]]).toEqual(['e20000', 'e39999']);
    expect(log.firstArrival).toBe(20_000);
  });
});
