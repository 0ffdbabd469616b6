/**
 * The panel beside the page's own saved case: title, tags, latest notes, next deadlines and FOIA
 * production totals, with the pace in words and a compact line the background drew (`track`). Presentational: the content script passes the summary and owns the
 * collapsed state (it persists it per case). All user text is rendered as text children. A class
 * component: the content script then ships no hooks runtime (part of its size budget).
 */
import { Component } from 'preact';
import type { CaseSummary } from '../../lib/messages/schema';
import { describeDeadline, shortDate, sortDeadlines, type Clock } from '../../lib/deadlines/relative';
import { formatCount } from '../../lib/productions/totals';
import { DeadlineLine } from './DeadlineLine';

export interface CasePanelProps {
  summary: CaseSummary;
  collapsed: boolean;
  onToggle: () => void;
  /** "Now" in the user's zone (the content script's local clock; tests pass a fixed one). */
  now: Clock;
  /** How many open deadlines to list. */
  maxDeadlines?: number;
}

const BODY_ID = 'dm-panel-body';

export class CasePanel extends Component<CasePanelProps, { allNotes: boolean }> {
  override state = { allNotes: false };

  override render() {
    return panel(this.props, this.state.allNotes, (allNotes) => this.setState({ allNotes }));
  }
}

function panel(
  { summary, collapsed, onToggle, now, maxDeadlines = 3 }: CasePanelProps,
  allNotes: boolean,
  setAllNotes: (all: boolean) => void,
) {
  const open = sortDeadlines(summary.nextDeadlines.filter((d) => !d.done)).slice(0, maxDeadlines);
  const p = summary.production;
  const t = summary.track;
  const notes = allNotes ? summary.latestNotes : summary.latestNotes.slice(0, 1);
  const moreNotes = summary.latestNotes.length - 1;
  const next = open[0] ? describeDeadline(open[0], now) : null;
  const heading = summary.title || summary.docketNumber;

  return (
    <section class="dm-root dm-panel" aria-label={`Docket Margin: ${heading}`}>
      <div class="dm-panel-head">
        <span class="dm-brand">Docket Margin</span>
        <span class="dm-panel-title">
          {summary.title || 'Untitled case'}
          <span class="dm-number">{summary.docketNumber}</span>
        </span>
        <button type="button" class="dm-toggle" aria-expanded={!collapsed} aria-controls={BODY_ID} onClick={onToggle}>
          {collapsed ? 'Show' : 'Hide'}
          <span class="dm-sr"> Docket Margin details</span>
        </button>
      </div>
      {collapsed ? (
        <div class="dm-collapsed-line">
          {plural(summary.noteCount, 'note')}
          {next ? ` · next deadline ${next.date} (${next.relative})` : ''}
        </div>
      ) : null}
      <div class="dm-panel-body" id={BODY_ID} hidden={collapsed}>
        {summary.tags.length ? (
          <ul class="dm-tags" aria-label="Tags">
            {summary.tags.map((t) => (
              <li class="dm-tag" key={t}>
                {t}
              </li>
            ))}
          </ul>
        ) : null}

        <div class="dm-section">
          <h3>Notes ({summary.noteCount})</h3>
          {notes.length ? (
            <ul class="dm-list">
              {notes.map((n) => (
                <li class="dm-note" key={n.id}>
                  {n.text}
                  <span class="dm-note-date">{n.editedAt.slice(0, 10)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="dm-deadline-rel">No notes yet.</p>
          )}
          {moreNotes > 0 ? (
            <button type="button" class="dm-link" aria-expanded={allNotes} onClick={() => setAllNotes(!allNotes)}>
              {allNotes ? 'Show fewer notes' : `Show ${plural(moreNotes, 'more note')}`}
            </button>
          ) : null}
        </div>

        {open.length ? (
          <div class="dm-section">
            <h3>Next deadlines</h3>
            <ul class="dm-list">
              {open.map((d) => (
                <DeadlineLine key={d.id} deadline={d} now={now} />
              ))}
            </ul>
          </div>
        ) : null}

        {p.releases > 0 || t ? (
          <div class="dm-section">
            <h3>Productions</h3>
            {t ? (
              <div class="dm-track">
                {t.pace ? <p class={t.paceState === 'behind' ? 'dm-overdue' : ''}>{t.pace}</p> : null}
                <p>{t.progress}</p>
                <svg viewBox={`0 0 ${t.w} ${t.h}`} role="img" aria-label={t.alt}>
                  {t.expectedY !== null ? <line x2={t.w} y1={t.expectedY} y2={t.expectedY} /> : null}
                  {t.paceLine ? <polyline points={t.paceLine} class="dm-pl" /> : null}
                  <polyline points={t.processed} />
                </svg>
              </div>
            ) : null}
            <dl class="dm-figures">
              <Figure label="Released in full" value={formatCount(p.pagesReleased)} />
              <Figure label="Released in part" value={formatCount(p.pagesReleasedInPart)} />
              <Figure label="Withheld in full" value={formatCount(p.pagesWithheldInFull)} />
              <Figure label="Reviewed" value={formatCount(p.pagesReviewed)} />
              <Figure label="Releases" value={plural(p.releases, 'release')} />
              {p.lastReleaseDate ? <Figure label="Last release" value={shortDate(p.lastReleaseDate, now)} /> : null}
            </dl>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
