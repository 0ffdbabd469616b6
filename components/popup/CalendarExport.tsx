/**
 * "Add to calendar": the case's deadlines as an .ics file (calendar/export), downloaded. Importing
 * the file again after an edit updates the events instead of adding them twice (stable UIDs).
 */
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../shared/ErrorMessage';
import { ICS_TYPE } from '../shared/download';
import { errorText, type Announce, type Download, type Send } from './api';

export interface CalendarExportProps {
  caseId: string;
  send: Send;
  download: Download;
  announce: Announce;
}

export function CalendarExport({ caseId, send, download, announce }: CalendarExportProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { filename, text } = await send({ type: 'calendar/export', caseId });
      download(filename, text, ICS_TYPE);
      announce(`Calendar file ${filename} saved.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="calendar-export">
      <button type="button" class="small-btn" disabled={busy} onClick={() => void onClick()}>
        Add deadlines to calendar (.ics)
      </button>
      <ErrorMessage message={error} />
    </div>
  );
}
