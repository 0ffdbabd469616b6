/**
 * Every saved case, searchable (numbers, titles, tags, note text) and sorted by next open
 * deadline: the background's case/list does both over every case and answers only the first 50
 * rows, so the popup stays quick with thousands of cases; more on request.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CaseSummary } from '../../lib/messages/schema';
import { describeDeadline, type Clock } from '../../lib/deadlines/relative';
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

/** Rows asked for first: what fits a popup, and an answer that does not grow with the store. */
export const FIRST_ROWS = 50;
/** Rows each "Show more" adds. */
export const MORE_ROWS = 200;
const SEARCH_DEBOUNCE_MS = 120;

/** The request for the first `limit` cases matching `query` (also what the entrypoint prefetches). */
export const listRequest = (query: string, limit: number) => ({ type: 'case/list', query, limit }) as const;
/** The request for how many cases match `query`. */
export const countRequest = (query: string) => ({ type: 'case/count', query }) as const;

/** The case's soonest open deadline (the background lists open ones only, soonest first). */
function nextOpen(c: CaseSummary) {
  return c.nextDeadlines.find((d) => !d.done) ?? null;
}

export function CaseList({ send, version, now, onOpen, onReady, autoFocus }: CaseListProps) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(FIRST_ROWS);
  const loaded = useRef(false);
  const shownLimit = useRef(limit);
  /** Index of the first row a "Show more" added, to move focus there once it is on screen. */
  const focusFrom = useRef<number | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const rowList = useRef<HTMLUListElement>(null);
  const q = query.trim();
  // The first answers and "Show more" at once; typing and change broadcasts after a short pause,
  // so a burst of keystrokes or writes asks once. The background searches and sorts every case
  // and answers only the rows shown; their total comes from a second request sent alongside.
  const delay = loaded.current && limit <= shownLimit.current ? SEARCH_DEBOUNCE_MS : 0;
  // The count first: its answer is small and comes back first, so the list's answer, which
  // takes the rendering, is the last step before the first view is up.
  const { data: total, error: countError } = useAnswer(() => send(countRequest(q)), [q, version], delay);
  const { data: cases, error } = useAnswer(() => send(listRequest(q, limit)), [q, version, limit], delay);

  useLayoutEffect(() => {
    shownLimit.current = limit;
  });

  // A layout effect: the data is in the DOM now and the browser paints next. (A plain effect
  // would wait for the frame after, which measures the scheduler, not the popup.)
  useLayoutEffect(() => {
    if (((cases && (total !== null || countError)) || error) && !loaded.current) {
      loaded.current = true;
      onReady?.();
    }
    const from = focusFrom.current;
    if (cases && from !== null && cases.length > from) {
      focusFrom.current = null;
      rowList.current?.querySelectorAll<HTMLButtonElement>('button.row')[from]?.focus();
    }
  }, [cases, total, error, countError]);

  useEffect(() => {
    if (autoFocus) search.current?.focus();
  }, []);

  const rows = cases ?? [];
  // Until the count arrives (or if it fails), what is listed is the best count there is.
  const count = total ?? (countError && cases ? cases.length : null);
  const more = count !== null ? Math.min(MORE_ROWS, count - rows.length) : 0;
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
            setLimit(FIRST_ROWS);
            focusFrom.current = null;
          }}
        />
      </div>
      <p id="case-count" class="muted" role="status">
        {error && !cases ? '' : cases === null || count === null ? 'Loading…' : countText(count, query)}
      </p>
      <ErrorMessage message={error} />
      {rows.length ? (
        <ul class="rows" ref={rowList}>
          {rows.map((c) => (
            <CaseRow key={c.id} summary={c} now={now} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
      {cases && more > 0 ? (
        <button
          type="button"
          class="link"
          onClick={() => {
            focusFrom.current = rows.length;
            setLimit(rows.length + MORE_ROWS);
          }}
        >
          Show {more} more of {count} cases
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
