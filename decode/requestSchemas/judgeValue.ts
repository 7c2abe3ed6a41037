import type { ContractIssue, SchemaIssueTarget } from '../model';
import { indexPath, keyPath } from '../issuePath';
import type { SchemaBook } from './schemaBook';
import { violationsOf } from './violations';

/** Where the judged value sits: its issue path, its target, and what to say of a strict promise. */
export interface ValuePlace {
  readonly path: string;
  readonly target: SchemaIssueTarget;
  /** Appended to every violation when the request was strict; '' otherwise. */
  readonly strictNote: string;
  /** `the tool's schema`, `the response format's schema`: named in the unreadable-schema warning. */
  readonly schemaName: string;
}

/** A path inside the value continued from the value's own path: `…arguments.items[2].price`. */
export const pathInto = (base: string, at: readonly (string | number)[]): string =>
  at.reduce<string>((path, step) => (typeof step === 'number' ? indexPath(path, step) : keyPath(path, step)), base);

/** A parsed value against its schema: one error per violation, or one warning if the schema cannot be read. */
export const judgeValue = (
  value: unknown,
  owner: object,
  schema: unknown,
  openApi: boolean,
  place: ValuePlace,
  book: SchemaBook,
): ContractIssue[] => {
  const compiled = book.schemaOf(owner, schema, openApi);
  const outcome = compiled.kind === 'ready' ? compiled.validate(value) : compiled;
  if (outcome.kind === 'unreadable') {
    if (!book.firstReport(owner)) return [];
    return [
      {
        severity: 'warning',
        path: place.path,
        message: `${place.schemaName} could not be checked: ${outcome.reason}`,
        schema: { target: place.target, at: [], keyword: 'schema' },
      },
    ];
  }
  if (compiled.kind !== 'ready') return [];
  return violationsOf(outcome.errors, compiled.root, value).map((violation) => ({
    severity: 'error',
    path: pathInto(place.path, violation.at),
    message: `${violation.message}${place.strictNote}`,
    schema: { target: place.target, at: [...violation.at], keyword: violation.keyword },
  }));
};
