/**
 * The cases the content script found on the current tab: the page's own case first, then the
 * other numbers it mentions. Saved ones open; unsaved ones are added in one action with the
 * court, number and title the page printed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseSummary, PageAnswer } from '../../lib/messages/schema';
import { ErrorMessage } from '../shared/ErrorMessage';
import { errorText, type Send } from './api';

export interface PageCase {
  court: string | null;
  docketNumber: string;
  key: string;
  title: string;
  primary: boolean;
  saved: CaseSummary | null;
}

/** The page's cases, primary first, one row per distinct key. */
export function pageCases(answer: PageAnswer): PageCase[] {
  const report = answer.report;
  if (!report) return [];
  const lookup = answer.lookup;
  const out: PageCase[] = [];
  const seen = new Set<string>();
  if (report.primary) {
    seen.add(report.primary.key);
    out.push({
      court: report.court,
      docketNumber: report.primary.text,
      key: report.primary.key,
      title: report.title ?? '',
      primary: true,
      saved: lookup?.primary ?? null,
    });
  }
  for (const m of report.mentions) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const saved = lookup?.mentions[m.key] ?? null;
    out.push({ court: m.court ?? report.court, docketNumber: m.text, key: m.key, title: saved?.title ?? '', primary: false, saved });
  }
  return out;
}

export interface AddCaseProps {
  pageCase: PageCase;
  send: Send;
  onAdded: (created: CaseSummary) => void;
  autoFocus?: boolean;
}

/** The one-button add for an unsaved case. */
export function AddCase({ pageCase, send, onAdded, autoFocus }: AddCaseProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) button.current?.focus();
  }, []);
  const court = pageCase.court;
  const errorId = `add-error-${pageCase.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div class="add-case">
      <button
        type="button"
        class="primary wide"
        ref={button}
        disabled={busy || !court}
        aria-describedby={error ? errorId : undefined}
        onClick={() => {
          if (!court) return;
          setBusy(true);
          send({ type: 'case/create', court, docketNumber: pageCase.docketNumber, title: pageCase.title, tags: [] })
            .then(onAdded)
            .catch((e: unknown) => setError(errorText(e)))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Adding…' : `Add ${pageCase.docketNumber} to Docket Margin`}
      </button>
      {!court ? <p class="muted small">The court of this case is not known, so it cannot be added from here.</p> : null}
      <ErrorMessage message={error} id={errorId} />
    </div>
  );
}

export interface PageCasesProps {
  cases: PageCase[];
  send: Send;
  onOpen: (caseId: string) => void;
  /** An unsaved case was added from the list (it is then opened too). */
  onAdded: (pageCase: PageCase, created: CaseSummary) => void;
}

/** Several cases on the page: pick one. */
export function PageCaseList({ cases, send, onOpen, onAdded }: PageCasesProps) {
  return (
    <section aria-labelledby="page-cases-title">
      <h2 id="page-cases-title">Cases on this page</h2>
      <ul class="rows">
        {cases.map((c) => (
          <li key={c.key} class="page-case">
            {c.saved ? (
              <button type="button" class="row" onClick={() => onOpen(c.saved!.id)}>
                <PageCaseLabel pageCase={c} title={c.saved.title || 'Untitled case'} />
                <span class="row-side muted small">Saved</span>
              </button>
            ) : (
              <div class="row static">
                <PageCaseLabel pageCase={c} title={c.title} />
                <AddCase
                  pageCase={c}
                  send={send}
                  onAdded={(created) => {
                    onAdded(c, created);
                    onOpen(created.id);
                  }}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PageCaseLabel({ pageCase: c, title }: { pageCase: PageCase; title: string }) {
  return (
    <span class="row-main">
      <span class="row-number">
        {c.docketNumber}
        {c.court ? <span class="court">{c.court.toUpperCase()}</span> : null}
        {c.primary ? <span class="pill">This page</span> : null}
      </span>
      {title ? <span class="row-title">{title}</span> : null}
    </span>
  );
}
