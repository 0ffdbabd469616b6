/**
 * Badges beside the other saved cases a page mentions: which located numbers get one, and their
 * insertion in budgeted tasks (a docket may cite hundreds).
 */
import { render } from 'preact';
import { CaseBadge, OVERLAY_CSS } from '../../components/overlay';
import type { BadgeSummary, OverlayLookup } from '../messages/schema';
import type { LocatedMention } from '../pages/reading';
import { createIsolatedHost, type IsolatedHost } from './shadow-host';
import { localClock } from './local-clock';

const MAX_BADGES = 300;

/** The located mentions that get a badge, in insertion order (from the end of each text node backwards, so earlier offsets stay valid). */
export function badgeTargets(located: LocatedMention[], lookup: OverlayLookup): LocatedMention[] {
  const targets = located.filter((l) => {
    const summary: BadgeSummary | undefined = lookup.mentions[l.match.key];
    if (!summary) return false;
    // The page's own saved case, however printed (`23-1194` in "related matters" on 2:23-cv-01194's docket), has the panel.
    return !(lookup.primary && summary.id === lookup.primary.id);
  });
  targets.sort((a, b) => (a.node === b.node ? b.end - a.end : 0));
  return targets.slice(0, MAX_BADGES);
}

/** Insert badges from `targets[from]` until the task's budget is used, into `into`; returns where to go on. */
export function renderBadges(targets: LocatedMention[], from: number, lookup: OverlayLookup, overBudget: () => boolean, into: IsolatedHost[]): number {
  const now = localClock();
  let i = from;
  for (; i < targets.length; i++) {
    if (i > from && overBudget()) break;
    const t = targets[i]!;
    const summary = lookup.mentions[t.match.key];
    // The page may have changed between two tasks: only where the number still is.
    if (!summary || !t.node.isConnected || t.node.data.length < t.end) continue;
    const host = createIsolatedHost('docket-margin-badge', 'badge', OVERLAY_CSS);
    const rest = t.end < t.node.data.length ? t.node.splitText(t.end) : null;
    t.node.parentNode?.insertBefore(host.host, rest ?? t.node.nextSibling);
    render(<CaseBadge summary={summary} now={now} />, host.container);
    into.push(host);
  }
  return i;
}
