/**
 * A small badge after a mention of a saved case. It is a real button (focusable, labelled), and
 * hover or focus shows the case's summary in a tooltip. Escape hides the tooltip without moving
 * focus, as WCAG 1.4.13 asks of content shown on hover or focus.
 */
import { useState } from 'preact/hooks';
import type { CaseSummary } from '../../lib/messages/schema';
import { clockIn, describeDeadline, sortDeadlines, type Clock } from '../../lib/deadlines/relative';
import { formatCount } from '../../lib/productions/totals';
import { plural } from './CasePanel';

export interface CaseBadgeProps {
  summary: CaseSummary;
  now?: Clock;
  /** Optional action on click/Enter (e.g. open the editor); without it the click toggles the tooltip. */
  onActivate?: () => void;
}

const TIP_ID = 'dm-tip';

/** "Docket Margin: 3 notes, next deadline Jan 12 (in 2 days, overdue)". */
export function badgeLabel(summary: CaseSummary, now: Clock): string {
  const next = sortDeadlines(summary.nextDeadlines.filter((d) => !d.done))[0];
  const parts = [plural(summary.noteCount, 'note')];
  if (next) {
    const s = describeDeadline(next, now);
    parts.push(`next deadline ${s.date}${s.urgency === 'overdue' ? ' (overdue)' : ''}`);
  }
  return `Docket Margin: ${parts.join(', ')}`;
}

export function CaseBadge({ summary, now = clockIn(), onActivate }: CaseBadgeProps) {
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [pinned, setPinned] = useState(false);
  const shown = (hover || focus || pinned) && !dismissed;
  const next = sortDeadlines(summary.nextDeadlines.filter((d) => !d.done))[0];
  const status = next ? describeDeadline(next, now) : null;
  const urgent = status && (status.urgency === 'overdue' || status.urgency === 'soon') ? status.urgency : null;
  const latest = summary.latestNotes[0];
  const p = summary.production;

  return (
    <span
      class="dm-root dm-badge-wrap"
      onMouseEnter={() => {
        setHover(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        type="button"
        class="dm-badge"
        aria-label={badgeLabel(summary, now)}
        aria-describedby={TIP_ID}
        onFocus={() => {
          setFocus(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocus(false);
          setPinned(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true);
        }}
        onClick={() => {
          if (onActivate) onActivate();
          else {
            setPinned(!pinned);
            setDismissed(false);
          }
        }}
      >
        DM
        {summary.noteCount ? <span aria-hidden="true">{formatCount(summary.noteCount)}</span> : null}
        {urgent ? <span class={`dm-badge-dot dm-${urgent}`} aria-hidden="true" /> : null}
      </button>
      <span class="dm-tip" role="tooltip" id={TIP_ID} hidden={!shown}>
        <span class="dm-tip-title">
          {summary.title || 'Untitled case'} <span class="dm-number">{summary.docketNumber}</span>
        </span>
        {summary.tags.length ? <p>{summary.tags.join(' · ')}</p> : null}
        {latest ? <p>{truncate(latest.text, 200)}</p> : null}
        {status && next ? (
          <p class={urgent ? `dm-deadline dm-${urgent}` : undefined}>
            Next: {next.title} — {status.date} ({status.relative})
          </p>
        ) : null}
        {p.releases ? (
          <p>
            {formatCount(p.pagesReleased)} pages released in full, {formatCount(p.pagesReleasedInPart)} in part,{' '}
            {formatCount(p.pagesWithheldInFull)} withheld · {plural(p.releases, 'release')}
          </p>
        ) : null}
      </span>
    </span>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
