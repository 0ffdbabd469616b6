/**
 * The answer a content script gets to its page report: the page's own case in full (the panel
 * shows notes, deadlines and productions) and, for every other saved case the page mentions,
 * only what its badge shows (BadgeSummary): any number can be reported as a mention.
 */
import { sortDeadlines } from '../deadlines/relative';
import type { BadgeSummary, CaseSummary, OverlayLookup, PageLookup } from '../messages/schema';
import { overlayTrack } from '../productions/overlay-track';

export function badgeSummary(s: CaseSummary): BadgeSummary {
  const next = sortDeadlines(s.nextDeadlines.filter((d) => !d.done))[0];
  return {
    id: s.id,
    docketNumber: s.docketNumber,
    title: s.title,
    tags: s.tags,
    noteCount: s.noteCount,
    nextDeadlines: next ? [next] : [],
    production: s.production,
  };
}

/**
 * The page's own case as its panel shows it: the tracking inputs turned into the pace line for
 * `today` (YYYY-MM-DD, the user's day), and not sent themselves.
 */
export function panelSummary(s: CaseSummary, today: string): CaseSummary {
  const { tracking, ...rest } = s;
  return { ...rest, track: tracking ? overlayTrack(tracking, today) : null };
}

export function overlayLookup(lookup: PageLookup, collapsed: boolean, today: string): OverlayLookup {
  const mentions: Record<string, BadgeSummary> = {};
  for (const [key, s] of Object.entries(lookup.mentions)) mentions[key] = badgeSummary(s);
  return { primary: lookup.primary && panelSummary(lookup.primary, today), collapsed: lookup.primary !== null && collapsed, mentions };
}
