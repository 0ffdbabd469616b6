/**
 * Every saved case, searchable (numbers, titles, tags, note text — the background's case/list
 * does the matching) and sorted by next open deadline. Renders the first 50 rows at once so
 * the popup stays quick with thousands of cases; the rest on request.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseSummary } from '../../lib/messages/schema';
import { describeDeadline, sortDeadlines, type Clock } from '../../lib/deadlines/relative';
import { ErrorMessage } from '../shared/ErrorMessage';
import { useAnswer } from '../shared/useAnswer';
import type { Send } from './api';

export interface CaseListProps {
  send: Send;
  /** Bumped on every change broadcast: the list re-reads, the search text stays. */
  version: number;
  now: Clock;
  onOpen: (caseId: string) => void;
  /** Called once the first answer is on screen. */
  onReady?: () => void;
  autoFocus?: boolean;
}

const FIRST_ROWS = 50;
const SEARCH_DEBOUNCE_MS = 120;

function nextOpen(c: CaseSummary) {
  return sortDeadlines(c.nextDeadlines.filter((d) => !d.done))[0] ?? null;
}

/** Soonest open deadline first (overdue at the top); cases without one after, newest edit first. */
export function sortByNextDeadline(list: readonly CaseSummary[]): CaseSummary[] {
  const keyed = list.map((c) => {
    const n = nextOpen(c);
    return { c, due: n ? `${n.due} ${n.time ?? '99:99'}` : null };
  });
  keyed.sort((a, b) => {
    if (a.due && b.due) return a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
    if (a.due) return -1;
    if (b.due) return 1;
    return a.c.updatedAt < b.c.updatedAt ? 1 : a.c.updatedAt > b.c.updatedAt ? -1 : 0;
  });
  return keyed.map((k) => k.c);
}

export function CaseList({ send, version, now, onOpen, onReady, autoFocus }: CaseListProps) {
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const loaded = useRef(false);
  const search = useRef<HTMLInputElement>(null);
  // The first answer at once; later ones (typing, change broadcasts) after a short pause.
  const { data: list, error } = useAnswer(
    () => send({ type: 'case/list', query: query.trim() }),
    [query, version],
    loaded.current ? SEARCH_DEBOUNCE_MS : 0,
  );
  const cases = useMemo(() => (list ? sortByNextDeadline(list) : null), [list]);

  // A layout effect: the data is in the DOM now and the browser paints next. (A plain effect
  // would wait for the frame after, which measures the scheduler, not the popup.)
  useLayoutEffect(() => {
    if ((cases || error) && !loaded.current) {
      loaded.current = true;
      onReady?.();
    }
  }, [cases, error]);

  useEffect(() => {
    if (autoFocus) search.current?.focus();
  }, []);

  const rows = cases ? (showAll ? cases : cases.slice(0, FIRST_ROWS)) : [];
  return (
    <section class="case-list" aria-labelledby="case-list-title">
      <h2 id="case-list-title">Saved cases</h2>
      <div class="field">
        <label for="case-search">Search cases</label>
        <input
          id="case-search"
          ref={search}
          type="search"
          value={query}
          placeholder="Number, title, tag or note text"
          aria-describedby="case-count"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setShowAll(false);
          }}
        />
      </div>
      <p id="case-count" class="muted" role="status">
        {error && !cases ? '' : cases === null ? 'Loading…' : countText(cases.length, query)}
      </p>
      <ErrorMessage message={error} />
      {rows.length ? (
        <ul class="rows">
          {rows.map((c) => (
            <CaseRow key={c.id} summary={c} now={now} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
      {cases && !showAll && cases.length > FIRST_ROWS ? (
        <button type="button" class="link" onClick={() => setShowAll(true)}>
          Show all {cases.length} cases
        </button>
      ) : null}
    </section>
  );
}

function countText(n: number, query: string): string {
  if (n === 0) return query.trim() ? 'No saved case matches.' : 'No saved cases yet. Open a docket and add its case.';
  return `${n} ${n === 1 ? 'case' : 'cases'}${query.trim() ? ' match' : ''}`;
}

function CaseRow({ summary, now, onOpen }: { summary: CaseSummary; now: Clock; onOpen: (id: string) => void }) {
  const next = nextOpen(summary);
  const status = next ? describeDeadline(next, now) : null;
  return (
    <li>
      <button type="button" class="row" onClick={() => onOpen(summary.id)}>
        <span class="row-main">
          <span class="row-number">
            {summary.docketNumber}
            <span class="court">{summary.court.toUpperCase()}</span>
          </span>
          <span class="row-title">{summary.title || 'Untitled case'}</span>
          {summary.tags.length ? <span class="row-tags">{summary.tags.join(' · ')}</span> : null}
        </span>
        <span class="row-side">
          {status && next ? (
            <span class={`due due-${status.urgency}`}>
              {status.urgency === 'overdue' ? 'Overdue · ' : ''}
              {status.date}
              <span class="sr-only">, {next.title}</span> · <span class="rel">{status.relative}</span>
            </span>
          ) : null}
          <span class="muted small">
            {summary.noteCount} {summary.noteCount === 1 ? 'note' : 'notes'}
          </span>
        </span>
      </button>
    </li>
  );
}
