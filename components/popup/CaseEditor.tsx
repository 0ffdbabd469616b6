/**
 * One case, everything editable. The bundle is re-read on every change broadcast (`version`),
 * but drafts live in the sections' own state, so a refresh never overwrites what the user is
 * typing: only the lists change.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clock } from '../../lib/deadlines/relative';
import { ErrorMessage } from '../shared/ErrorMessage';
import { useAnswer } from '../shared/useAnswer';
import { CalendarExport } from './CalendarExport';
import { CaseDetails } from './CaseDetails';
import { DeadlinesSection } from './DeadlinesSection';
import { NotesSection } from './NotesSection';
import { ExpectedSection } from './ExpectedSection';
import { PacesSection } from './PacesSection';
import { ProductionTracking } from './ProductionTracking';
import { ProductionsSection } from './ProductionsSection';
import { errorText, type Announce, type Download, type OnDeleted, type Send } from './api';

export interface CaseEditorProps {
  caseId: string;
  send: Send;
  version: number;
  now: Clock;
  onDeleted: OnDeleted;
  announce: Announce;
  /** After the case itself was deleted. */
  onCaseDeleted: () => void;
  /** Called once, when the case (or the reason it cannot be shown) is on screen. */
  onReady?: () => void;
  /** Saves the calendar export; without it the case offers none. */
  download?: Download;
}

export function CaseEditor({ caseId, send, version, now, onDeleted, announce, onCaseDeleted, onReady, download }: CaseEditorProps) {
  const { data: bundle, error } = useAnswer(() => send({ type: 'case/get', caseId }), [caseId, version]);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const ready = useRef(false);

  // A layout effect: the data is in the DOM now and the browser paints next. (A plain effect
  // would wait for the frame after, which measures the scheduler, not the popup.)
  useLayoutEffect(() => {
    if ((bundle || error) && !ready.current) {
      ready.current = true;
      onReady?.();
    }
  }, [bundle, error]);

  if (!bundle) {
    return error ? (
      <ErrorMessage message={error} />
    ) : (
      <p class="muted" role="status">
        Loading case…
      </p>
    );
  }
  const c = bundle.case;
  const sections = { caseId: c.id, send, onDeleted, announce };
  return (
    <article class="editor" aria-labelledby="case-heading">
      <header class="case-head">
        <h2 id="case-heading">
          <span class="case-number">{c.docketNumber}</span> <span class="court">{c.court.toUpperCase()}</span>
        </h2>
        {c.title ? <p class="case-title">{c.title}</p> : null}
      </header>
      <ErrorMessage message={error} />
      <NotesSection {...sections} notes={bundle.notes} autoFocus />
      <DeadlinesSection {...sections} deadlines={bundle.deadlines} now={now} />
      {download && bundle.deadlines.length ? <CalendarExport caseId={c.id} send={send} download={download} announce={announce} /> : null}
      <ProductionTracking bundle={bundle} send={send} announce={announce} today={now.date} {...(download ? { download } : {})} />
      <ProductionsSection {...sections} productions={bundle.productions} now={now} />
      <ExpectedSection {...sections} expected={bundle.expected} now={now} />
      <PacesSection {...sections} paces={bundle.paces} now={now} />
      <CaseDetails record={c} send={send} announce={announce} />
      <div class="danger-zone">
        <button
          type="button"
          class="small-btn danger"
          onClick={() =>
            void send({ type: 'case/delete', caseId: c.id })
              .then(() => {
                onDeleted('cases', c.id, `Case ${c.docketNumber} deleted.`);
                onCaseDeleted();
              })
              .catch((e: unknown) => setDeleteError(errorText(e)))
          }
        >
          Delete this case
        </button>
        <ErrorMessage message={deleteError} />
      </div>
    </article>
  );
}
