/**
 * The popup: opens on the current tab's case (or offers to add it, or lets the user pick among
 * the page's cases), else on the case list. Back walks the views back; deletes offer Undo; one
 * polite live region says what just happened. Calls `onInteractive` once the first view has its
 * data on screen (the entrypoint turns that into a performance mark for the benchmark).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseSummary } from '../../lib/messages/schema';
import type { RecordKind } from '../../lib/model/schema';
import { clockIn, type Clock } from '../../lib/deadlines/relative';
import { CaseEditor } from './CaseEditor';
import { CaseList } from './CaseList';
import { AddCase, PageCaseList, pageCases, type PageCase } from './PageCases';
import { errorText, type Download, type Send, type Subscribe } from './api';

export interface PopupAppProps {
  /** The tab the popup is for (`?tab=` or the active tab); null when unknown. */
  tabId: number | null;
  /** A case to open at once (`?case=`, from a reminder), instead of the tab's. */
  caseId?: string | null;
  /** Saves files (the calendar export). */
  download?: Download;
  send: Send;
  subscribe: Subscribe;
  now?: Clock;
  onInteractive?: () => void;
}

type View =
  | { name: 'loading' }
  | { name: 'list' }
  | { name: 'case'; caseId: string }
  | { name: 'add'; pageCase: PageCase }
  | { name: 'pick' };

interface Status {
  message: string;
  /** Present when the message is about a delete that can be undone. */
  undo?: { kind: RecordKind; id: string };
}

/** How long Undo stays offered. */
export const UNDO_MS = 15_000;

/** The first view for what the tab's content script reported. */
export function firstView(cases: PageCase[]): View {
  const primary = cases.find((c) => c.primary);
  if (primary?.saved) return { name: 'case', caseId: primary.saved.id };
  if (primary) return { name: 'add', pageCase: primary };
  if (cases.length === 1 && cases[0]!.saved) return { name: 'case', caseId: cases[0]!.saved.id };
  if (cases.length) return { name: 'pick' };
  return { name: 'list' };
}

export function PopupApp({ tabId, caseId = null, download, send, subscribe, now: fixedNow, onInteractive }: PopupAppProps) {
  const [stack, setStack] = useState<View[]>(() => [caseId ? { name: 'case', caseId } : { name: 'loading' }]);
  const [onPage, setOnPage] = useState<PageCase[]>([]);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  const interactive = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const view = stack[stack.length - 1]!;
  // Read once per popup: a popup lives for seconds, and Intl formatters are not free.
  const now = useMemo(() => fixedNow ?? clockIn(), [fixedNow]);

  const ready = (): void => {
    if (interactive.current) return;
    interactive.current = true;
    onInteractive?.();
  };

  useEffect(() => subscribe(() => setVersion((v) => v + 1)), [subscribe]);

  // A layout effect so the first request does not wait for an animation frame (see useAnswer).
  useLayoutEffect(() => {
    if (caseId) return;
    let stale = false;
    const start = async (): Promise<PageCase[]> => {
      if (tabId === null) return [];
      try {
        return pageCases(await send({ type: 'page/get', tabId }));
      } catch {
        // No content script in that tab (not a docket, or opened before install): the list will do.
        return [];
      }
    };
    void start().then((cases) => {
      if (stale) return;
      setOnPage(cases);
      setStack([firstView(cases)]);
    });
    return () => {
      stale = true;
    };
  }, [tabId, caseId]);

  useLayoutEffect(() => {
    if (view.name === 'add' || view.name === 'pick') ready();
  }, [view]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(null), status.undo ? UNDO_MS : 5_000);
    return () => clearTimeout(t);
  }, [status]);

  useEffect(() => {
    // After a delete the button that was pressed is gone: put the keyboard on Undo.
    if (status?.undo) undoButton.current?.focus();
  }, [status]);

  const go = (v: View): void => setStack((s) => [...s, v]);
  const replace = (v: View): void => setStack((s) => [...s.slice(0, -1), v]);
  const back = (): void => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  const open = (caseId: string): void => go({ name: 'case', caseId });
  const announce = (message: string): void => setStatus({ message });
  const markSaved = (pageCase: PageCase, created: CaseSummary): void =>
    setOnPage((list) => list.map((c) => (c.key === pageCase.key ? { ...c, saved: created } : c)));

  const undo = async (): Promise<void> => {
    const target = status?.undo;
    if (!target) return;
    try {
      await send({ type: 'record/restore', kind: target.kind, id: target.id });
      if (target.kind === 'cases') go({ name: 'case', caseId: target.id });
      setStatus({ message: 'Restored.' });
    } catch (e) {
      setStatus({ message: `Could not undo: ${errorText(e)}` });
    }
  };

  const showPageButton = onPage.length > 1 && view.name !== 'pick';
  return (
    <div class="popup">
      <header class="bar">
        {stack.length > 1 ? (
          <button type="button" class="icon-btn" onClick={back}>
            <span aria-hidden="true">←</span> Back
          </button>
        ) : null}
        <h1 class="brand">Docket Margin</h1>
        <nav class="bar-links" aria-label="Views">
          {showPageButton ? (
            <button type="button" class="icon-btn" onClick={() => go({ name: 'pick' })}>
              On this page ({onPage.length})
            </button>
          ) : null}
          {view.name !== 'list' && view.name !== 'loading' ? (
            <button type="button" class="icon-btn" onClick={() => go({ name: 'list' })}>
              All cases
            </button>
          ) : null}
        </nav>
      </header>
      <main class="content">
        {view.name === 'loading' ? (
          <p class="muted">Loading…</p>
        ) : view.name === 'list' ? (
          <CaseList key={`list-${stack.length}`} send={send} version={version} now={now} onOpen={open} onReady={ready} autoFocus />
        ) : view.name === 'case' ? (
          <CaseEditor
            key={view.caseId}
            caseId={view.caseId}
            send={send}
            version={version}
            now={now}
            onReady={ready}
            download={download}
            announce={announce}
            onDeleted={(kind, id, message) => setStatus({ message, undo: { kind, id } })}
            onCaseDeleted={() => setStack((s) => [...s.filter((v) => !(v.name === 'case' && v.caseId === view.caseId)), { name: 'list' }])}
          />
        ) : view.name === 'add' ? (
          <section aria-labelledby="add-title" class="add-view">
            <h2 id="add-title">This page’s case is not saved yet</h2>
            <p class="case-number">{view.pageCase.docketNumber}</p>
            {view.pageCase.title ? <p class="muted">{view.pageCase.title}</p> : null}
            <AddCase pageCase={view.pageCase} send={send} autoFocus onAdded={(created) => {
                markSaved(view.pageCase, created);
                replace({ name: 'case', caseId: created.id });
              }}
            />
          </section>
        ) : (
          <PageCaseList cases={onPage} send={send} onOpen={open} onAdded={markSaved} />
        )}
      </main>
      <div class="status-region" role="status" aria-live="polite">
        {status ? (
          <div class="toast">
            <span>{status.message}</span>
            {status.undo ? (
              <button type="button" class="link" ref={undoButton} onClick={() => void undo()}>
                Undo
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
