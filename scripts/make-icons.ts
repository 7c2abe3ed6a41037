/**
 * Draws the extension icon (a chat bubble holding a stream of bars) into PNGs at the sizes the
 * manifest lists. Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed so the build
 * needs no image tooling. Supersampled for anti-aliasing; no dependencies beyond node:zlib.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Rgba = readonly [number, number, number, number];
const BUBBLE: Rgba = [79, 70, 229, 255];
const BAR: Rgba = [255, 255, 255, 255];

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function insideTail(x: number, y: number): boolean {
  // A triangle below the bubble's lower left: (0.2,0.7) (0.42,0.7) (0.14,0.94).
  const [ax, ay, bx, by, cx, cy] = [0.2, 0.7, 0.42, 0.7, 0.14, 0.94];
  const d = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = d(ax, ay, bx, by),
    d2 = d(bx, by, cx, cy),
    d3 = d(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Colour of the unit-square point (x, y), or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  const bars = [0.3, 0.5, 0.4, 0.22];
  for (const [i, h] of bars.entries()) {
    const bx = 0.24 + i * 0.15;
    if (x >= bx && x <= bx + 0.09 && y >= 0.42 - h / 2 && y <= 0.42 + h / 2) return BAR;
  }
  if (insideRoundedRect(x, y, 0.04, 0.08, 0.96, 0.74, 0.16) || insideTail(x, y)) return BUBBLE;
  return null;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number): Buffer {
  const ss = 4;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) for (let k = 0; k < 4; k++) acc[k] = (acc[k] ?? 0) + (c[k] ?? 0) * (k === 3 ? 1 : c[3] / 255);
        }
      const alpha = (acc[3] ?? 0) / (ss * ss);
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let k = 0; k < 3; k++) rows[o + k] = alpha ? Math.round((acc[k] ?? 0) / (ss * ss) / (alpha / 255)) : 0;
      rows[o + 3] = Math.round(alpha);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(fileURLToPath(new URL(`../extension/public/icons/icon-${size}.png`, import.meta.url)), png(size));
}
