/**
 * A small badge after a mention of a saved case. It is a real button (focusable, labelled), and
 * hover or focus shows the case's summary in a tooltip (a click pins it): title, number, tags,
 * the next deadline and production totals, never note text (a page may name any case as a
 * mention, so the background answers mentions with a BadgeSummary). Escape hides the tooltip
 * without moving focus, as WCAG 1.4.13 asks of content shown on hover or focus. A class component: the content
 * script then ships no hooks runtime (part of its size budget).
 */
import { Component } from 'preact';
import type { BadgeSummary } from '../../lib/messages/schema';
import { describeDeadline, sortDeadlines, type Clock } from '../../lib/deadlines/relative';
import { formatCount } from '../../lib/productions/totals';
import { plural } from './CasePanel';

export interface CaseBadgeProps {
  summary: BadgeSummary;
  /** "Now" in the user's zone (the content script's local clock; tests pass a fixed one). */
  now: Clock;
}

const TIP_ID = 'dm-tip';

/** "Docket Margin: 3 notes, next deadline Jan 12 (in 2 days, overdue)". */
export function badgeLabel(summary: BadgeSummary, now: Clock): string {
  const next = sortDeadlines(summary.nextDeadlines.filter((d) => !d.done))[0];
  const parts = [plural(summary.noteCount, 'note')];
  if (next) {
    const s = describeDeadline(next, now);
    parts.push(`next deadline ${s.date}${s.urgency === 'overdue' ? ' (overdue)' : ''}`);
  }
  return `Docket Margin: ${parts.join(', ')}`;
}

interface BadgeState {
  hover: boolean;
  focus: boolean;
  dismissed: boolean;
  pinned: boolean;
}

export class CaseBadge extends Component<CaseBadgeProps, BadgeState> {
  override state: BadgeState = { hover: false, focus: false, dismissed: false, pinned: false };

  override render() {
    const { summary, now } = this.props;
    const { hover, focus, dismissed, pinned } = this.state;
    const set = (s: Partial<BadgeState>): void => this.setState(s);
    const shown = (hover || focus || pinned) && !dismissed;
    const next = sortDeadlines(summary.nextDeadlines.filter((d) => !d.done))[0];
    const status = next ? describeDeadline(next, now) : null;
    const urgent = status && (status.urgency === 'overdue' || status.urgency === 'soon') ? status.urgency : null;
    const p = summary.production;

    return (
      <span
        class="dm-root dm-badge-wrap"
        onMouseEnter={() => set({ hover: true, dismissed: false })}
        onMouseLeave={() => set({ hover: false })}
      >
        <button
          type="button"
          class="dm-badge"
          aria-label={badgeLabel(summary, now)}
          aria-describedby={TIP_ID}
          onFocus={() => set({ focus: true, dismissed: false })}
          onBlur={() => set({ focus: false, pinned: false })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') set({ dismissed: true });
          }}
          onClick={() => set({ pinned: !pinned, dismissed: false })}
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
}
