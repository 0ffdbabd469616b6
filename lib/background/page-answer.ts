/**
 * The answer a content script gets to its page report: the page's own case in full (the panel
 * shows notes, deadlines and productions) and, for every other saved case the page mentions,
 * only what its badge shows (BadgeSummary): any number can be reported as a mention.
 */
import { sortDeadlines } from '../deadlines/relative';
import type { BadgeSummary, CaseSummary, OverlayLookup, PageLookup } from '../messages/schema';

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

export function overlayLookup(lookup: PageLookup, collapsed: boolean): OverlayLookup {
  const mentions: Record<string, BadgeSummary> = {};
  for (const [key, s] of Object.entries(lookup.mentions)) mentions[key] = badgeSummary(s);
  return { primary: lookup.primary, collapsed: lookup.primary !== null && collapsed, mentions };
}
