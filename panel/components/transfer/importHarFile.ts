import type { TransferState } from '../../store/transferState';

/** Reads a chosen or dropped file and hands its text to the store's import; a read error is a notice. */
export async function importHarFile(transfer: TransferState, file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (error: unknown) {
    transfer.actions.report({
      kind: 'error',
      text: `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  transfer.actions.importHar(file.name, text);
}
