/**
 * Export and import of the user's data. Presentational: the actions come in as props (messages to
 * the background, the browser download); this component only keeps the status line.
 */
import { useState } from 'preact/hooks';
import type { ImportResult } from '../../lib/messages/schema';
import { ICS_TYPE } from '../shared/download';

/** Same limit as the background's data/import request. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface DataSectionProps {
  exportData: () => Promise<{ filename: string; text: string }>;
  download: (filename: string, text: string, type?: string) => void;
  importText: (text: string) => Promise<ImportResult>;
  /** Every case's deadlines as an iCalendar file (calendar/export); no button without it. */
  exportCalendar?: () => Promise<{ filename: string; text: string }>;
  /** Every case's releases, expected volumes, paces and requests as CSV (productions/csv); no button without it. */
  exportProductions?: () => Promise<{ filename: string; text: string }>;
}


type Status = { kind: 'idle' } | { kind: 'busy' | 'done'; text: string } | { kind: 'error'; text: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function DataSection({ exportData, download, importText, exportCalendar, exportProductions }: DataSectionProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const onExport = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: 'Preparing the export…' });
    try {
      const { filename, text } = await exportData();
      download(filename, text);
      setStatus({ kind: 'done', text: `Exported to ${filename}.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${message(error)}` });
    }
  };

  const onCalendar = async (): Promise<void> => {
    if (!exportCalendar) return;
    setStatus({ kind: 'busy', text: 'Preparing the calendar…' });
    try {
      const { filename, text } = await exportCalendar();
      download(filename, text, ICS_TYPE);
      setStatus({ kind: 'done', text: `Saved ${filename}. Import it into your calendar; importing a newer one updates the same events.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Calendar export failed: ${message(error)}` });
    }
  };

  const onProductions = async (): Promise<void> => {
    if (!exportProductions) return;
    setStatus({ kind: 'busy', text: 'Preparing the productions CSV…' });
    try {
      const { filename, text } = await exportProductions();
      download(filename, text, 'text/csv');
      setStatus({ kind: 'done', text: `Saved ${filename}: every case's releases, expected volumes, paces and FOIA requests.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Productions export failed: ${message(error)}` });
    }
  };

  const onImport = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', text: `Importing ${file.name}…` });
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error('Nothing was imported: the file is larger than 20 MB.');
      const result = await importText(await file.text());
      setStatus({ kind: 'done', text: result.message });
    } catch (error) {
      setStatus({ kind: 'error', text: message(error) });
    } finally {
      // Let the same file be chosen again (after fixing it, say).
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        Everything stays in this browser. Export writes a file you can keep as a backup or import into another
        browser profile; importing merges it with what is saved here and never adds the same note twice.
      </p>
      <div class="row">
        <button type="button" onClick={() => void onExport()} disabled={busy}>
          Export
        </button>
        {exportCalendar ? (
          <button type="button" onClick={() => void onCalendar()} disabled={busy}>
            Deadlines to calendar (.ics)
          </button>
        ) : null}
        {exportProductions ? (
          <button type="button" onClick={() => void onProductions()} disabled={busy}>
            Productions (CSV)
          </button>
        ) : null}
      </div>
      <div class="row">
        <label for="import-file">Import</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} disabled={busy} />
      </div>
      <p role="status" class="status">
        {status.kind === 'busy' || status.kind === 'done' ? status.text : ''}
      </p>
      <p role="alert" class="error">
        {status.kind === 'error' ? status.text : ''}
      </p>
    </section>
  );
}
