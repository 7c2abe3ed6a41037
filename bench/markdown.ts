/** Small Markdown builders for BENCHMARKS.md and the printed table. */

export const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, column) => (column === 0 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

export const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '—');

export const percent = (fraction: number): string => `${fixed(fraction * 100, 1)} %`;

/** `1,234,567` */
export const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

export const kib = (bytes: number): string => `${fixed(bytes / 1024, 1)} KiB`;
