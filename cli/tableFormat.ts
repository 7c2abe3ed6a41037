import type { ContractIssue, DecodedExchange, NormalizedUsage } from '../decode/index';
import type { CheckedExchange } from './checkedExchange';
import { passes } from './checkedExchange';
import { printable } from './printableText';

const HEADER = ['#', 'URL', 'STATUS', 'FORMAT', 'KIND', 'MODEL', 'TOKENS in/out/total', 'CONFORMS', 'ISSUES'];
const NOT_REPORTED = '-';

function count(value: number | null): string {
  return value === null ? NOT_REPORTED : String(value);
}

function tokensOf(usage: NormalizedUsage | null): string {
  if (usage === null) return NOT_REPORTED;
  return `${count(usage.prompt_tokens)}/${count(usage.completion_tokens)}/${count(usage.total_tokens)}`;
}

/** The response's model, else the one the request asked for (error bodies name none). */
function modelOf(exchange: DecodedExchange): string {
  return exchange.completion?.model ?? exchange.request?.model ?? NOT_REPORTED;
}

function rowOf({ exchange, origin }: CheckedExchange, index: number): string[] {
  return [
    String(index + 1),
    // A lone body file has no URL; its file name is what tells the rows apart.
    exchange.url ?? origin,
    exchange.status === null ? NOT_REPORTED : String(exchange.status),
    exchange.format,
    exchange.kind,
    modelOf(exchange),
    tokensOf(exchange.completion?.usage ?? null),
    exchange.conforms ? 'yes' : 'no',
    String(exchange.issues.length),
  ].map(printable);
}

/** Columns padded to their widest cell, two spaces apart. */
function aligned(rows: readonly (readonly string[])[]): string[] {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** `  error    object: wrong type or value (expected "chat.completion"; got string "text_completion")` */
function issueLine(issue: ContractIssue): string {
  const comparison = [
    issue.expected === undefined ? [] : [`expected ${issue.expected}`],
    issue.actual === undefined ? [] : [`got ${issue.actual}`],
  ].flat();
  const detail = comparison.length === 0 ? '' : ` (${comparison.join('; ')})`;
  // An empty path means the body as a whole (missing, not JSON): there is no field to name.
  const where = issue.path === '' ? '' : `${issue.path}: `;
  return `  ${issue.severity.padEnd(7)}  ${printable(`${where}${issue.message}${detail}`)}`;
}

/** Under the contract's issues, as the panel's Validation tab groups them: the app's schemas are not the provider's contract. */
const SCHEMA_HEADING = "  against the request's schemas:";

function issueBlock({ exchange, origin }: CheckedExchange, index: number): string[] {
  if (exchange.issues.length === 0) return [];
  const heading = `#${index + 1} ${printable(exchange.url ?? origin)}${exchange.url === null ? '' : ` (${printable(origin)})`}`;
  const contract = exchange.issues.filter((issue) => issue.schema === undefined).map(issueLine);
  const schema = exchange.issues.filter((issue) => issue.schema !== undefined).map(issueLine);
  return ['', heading, ...contract, ...(schema.length === 0 ? [] : [SCHEMA_HEADING, ...schema])];
}

function summary(checked: readonly CheckedExchange[]): string {
  const failing = checked.filter((item) => !item.exchange.conforms).length;
  const noun = checked.length === 1 ? 'exchange' : 'exchanges';
  const conformance = `${checked.length} LLM ${noun}: ${checked.length - failing} conforming, ${failing} not conforming`;
  // Said only when it happens, so the line reads as before for traffic without schemas.
  const breaking = checked.filter((item) => item.exchange.conforms && !passes(item.exchange)).length;
  return breaking === 0 ? `${conformance}.` : `${conformance}; ${breaking} conforming but breaking the request's schemas.`;
}

/** The default report: one table row per exchange, then each exchange's issues, then a one-line summary. */
export function formatTable(checked: readonly CheckedExchange[]): string {
  if (checked.length === 0) return 'No LLM exchanges found.\n';
  const table = aligned([HEADER, ...checked.map(rowOf)]);
  const issues = checked.flatMap(issueBlock);
  return `${[...table, ...issues, '', summary(checked)].join('\n')}\n`;
}
