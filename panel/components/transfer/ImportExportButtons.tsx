import { useRef } from 'preact/hooks';
import { version } from '../../../manifest.json';
import { describeError } from '../../store/exchangeEntry';
import { downloadText, exportFileName } from '../../transfer/download';
import type * as Exporters from '../../transfer/exporters';
import { useStore } from '../../store/storeContext';
import { lazyModule } from '../lazy/lazyModule';
import { usePopover } from '../toolbar/usePopover';
import { importHarFile } from './importHarFile';
import { IncludeSecretsToggle } from './IncludeSecretsToggle';
import { shownEntries } from './shownEntries';
import { TransferNotice } from './TransferNotice';
import './transfer.css';

/** The exporters' code, fetched when the export menu is first opened (or at the first export, if not in by then). */
export const exporters = lazyModule<typeof Exporters>(() => import('../../transfer/exporters'));

/** The toolbar's import and export buttons: import a HAR file, export the shown exchanges as HAR or JSON. */
export function ImportExportButtons() {
  const store = useStore();
  const transfer = store.transfer;
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = usePopover();
  // The length alone: mapping every shown row to its entry at each render cost a pass over the
  // whole list per commit while a burst is listed (the panel benchmark's profile, bench/panelScale.ts).
  const shownCount = store.list.visible.value.length;

  const exportWith = ({ exportHar, exportJson }: typeof Exporters, format: 'har' | 'json', now: Date) => {
    const entries = shownEntries(store);
    const includeSecrets = transfer.includeSecrets.value;
    const text =
      format === 'har'
        ? exportHar(
            entries.map((entry) => entry.captured),
            { includeSecrets },
            version,
          )
        : exportJson(entries, { includeSecrets }, now);
    downloadText(exportFileName(format, now), text, 'application/json');
    if (menu.current !== null) menu.current.open = false;
    const count = `${entries.length} ${entries.length === 1 ? 'exchange' : 'exchanges'}`;
    transfer.actions.report({
      kind: 'info',
      text: `Exported ${count} as ${format.toUpperCase()}${includeSecrets ? ', secrets included' : ' (secrets masked)'}`,
    });
  };

  const exportAs = (format: 'har' | 'json') => {
    const now = new Date();
    const ready = exporters.loaded();
    if (ready !== null) {
      exportWith(ready, format, now);
      return;
    }
    exporters.load().then(
      (loaded) => {
        exportWith(loaded, format, now);
      },
      (error: unknown) => {
        transfer.actions.report({ kind: 'error', text: `Export failed: its code could not be loaded (${describeError(error)})` });
      },
    );
  };

  return (
    <div class="import-export-buttons">
      <button
        type="button"
        class="toolbar__button"
        title="Import HAR file… (or drop one onto the panel)"
        aria-label="Import HAR file"
        data-testid="import-har"
        onClick={() => {
          fileInput.current?.click();
        }}
      >
        <svg class="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 11V2.5M4.5 6 8 2.5 11.5 6M2.5 13.5h11" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".har,.json,application/json"
        class="transfer-file-input"
        data-testid="import-har-input"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so choosing the same file again fires change again.
          input.value = '';
          if (file !== undefined) void importHarFile(transfer, file);
        }}
      />
      <details
        class="transfer-menu"
        ref={menu}
        onToggle={(event) => {
          if (event.currentTarget.open) exporters.load().catch(() => undefined);
        }}
      >
        <summary class="toolbar__button transfer-menu__summary" title="Export…" aria-label="Export" data-testid="export-menu">
          <svg class="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2.5V11M4.5 7.5 8 11l3.5-3.5M2.5 13.5h11" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        </summary>
        <div class="transfer-menu__list" role="group" aria-label="Export the shown requests">
          <button
            type="button"
            class="transfer-menu__item"
            data-testid="export-har"
            disabled={shownCount === 0}
            onClick={() => {
              exportAs('har');
            }}
          >
            Export {shownCount} as HAR
          </button>
          <button
            type="button"
            class="transfer-menu__item"
            data-testid="export-json"
            disabled={shownCount === 0}
            onClick={() => {
              exportAs('json');
            }}
          >
            Export {shownCount} as JSON
          </button>
          <IncludeSecretsToggle testId="include-secrets" />
        </div>
      </details>
      <TransferNotice />
    </div>
  );
}
