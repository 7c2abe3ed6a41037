import { action, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import * as E from 'fp-ts/Either';
import type { CapturedExchange } from '../../decode/index';
import { parseHarFile } from '../transfer/importHar';

/** A line for the user after a copy, an export or an import; errors stay until dismissed. */
export type TransferNotice = { readonly kind: 'info' | 'error'; readonly text: string };

type Dependencies = {
  /** Exchanges dropped to stay within the memory limits, for saying when an import dropped older ones. */
  readonly dropped: ReadonlySignal<number>;
  /** True when the exchange was listed. */
  readonly addExchange: (exchange: CapturedExchange) => boolean;
};

/**
 * State of copy, export and import: whether secrets go out (off by default and deliberately not
 * remembered: each session starts safe), the last notice, and the HAR import.
 */
export function createTransferState({ dropped, addExchange }: Dependencies) {
  const includeSecrets = signal(false);
  const notice = signal<TransferNotice | null>(null);
  let imports = 0;

  const setIncludeSecrets = action((include: boolean): void => {
    includeSecrets.value = include;
  });

  const report = action((next: TransferNotice | null): void => {
    notice.value = next;
  });

  /** Adds a HAR file's LLM entries to the list; says how many, or why none. */
  const importHar = action((fileName: string, text: string): void => {
    imports += 1;
    const parsed = parseHarFile(text, imports);
    if (E.isLeft(parsed)) {
      notice.value = { kind: 'error', text: `Could not import ${fileName}: ${parsed.left}` };
      return;
    }
    const droppedBefore = dropped.value;
    let added = 0;
    for (const exchange of parsed.right) if (addExchange(exchange)) added += 1;
    const skipped = parsed.right.length - added;
    const skippedText = skipped === 0 ? '' : ` (${skipped} other ${skipped === 1 ? 'entry' : 'entries'} skipped)`;
    const droppedNow = dropped.value - droppedBefore;
    const droppedText =
      droppedNow === 0 ? '' : `; ${droppedNow} older ${droppedNow === 1 ? 'request' : 'requests'} dropped to stay within the memory limits`;
    notice.value =
      added === 0
        ? {
            kind: 'error',
            text: `${fileName} holds no LLM requests (${parsed.right.length} ${parsed.right.length === 1 ? 'entry' : 'entries'} read)`,
          }
        : {
            kind: 'info',
            text: `Imported ${added} LLM ${added === 1 ? 'request' : 'requests'} from ${fileName}${skippedText}${droppedText}`,
          };
  });

  return {
    includeSecrets: asReadonly(includeSecrets),
    notice: asReadonly(notice),
    actions: { setIncludeSecrets, report, importHar },
  };
}

export type TransferState = ReturnType<typeof createTransferState>;

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
