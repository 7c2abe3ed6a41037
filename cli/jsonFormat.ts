import type { CheckedExchange } from './checkedExchange';

/**
 * `{"exchanges": [...]}` with each DecodedExchange exactly as decode/ returned it (the shape is the
 * contract of `--json`, fixed by issue 3); where it came from is left out so the objects stay that shape.
 */
export function formatJson(checked: readonly CheckedExchange[]): string {
  return `${JSON.stringify({ exchanges: checked.map((item) => item.exchange) }, null, 2)}\n`;
}
