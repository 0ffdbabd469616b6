/**
 * A saved case as the overlay and the case list show it (CaseSummary), computed from its records.
 * Pure: the repository caches the result per case and recomputes it after a write.
 */
import type { CaseSummary } from '../messages/schema';
import { trackingInputs } from '../productions/overlay-track';
import { parseStamp } from '../model/hlc';
import type { CaseBundle, DeadlineRecord } from '../model/schema';

const LATEST_NOTES = 3;
const NEXT_DEADLINES = 5;
const NOTE_PREVIEW_CHARS = 1_000;

/** Wall time of an HLC stamp as ISO, or '' for a stamp that is not one. */
export function stampTime(stamp: string): string {
  const s = parseStamp(stamp);
  return s ? new Date(s.ms).toISOString() : '';
}

/** Sorts an untimed deadline after every timed one on its day. */
const NO_TIME = '99:99';
const dueOrder = (d: Pick<DeadlineRecord, 'due' | 'time'>): string => `${d.due}T${d.time ?? NO_TIME}`;

/** Open deadlines, soonest (overdue first) to latest. */
export function openDeadlines(deadlines: readonly DeadlineRecord[]): DeadlineRecord[] {
  return deadlines.filter((d) => !d.deleted && !d.done).sort((a, b) => (dueOrder(a) < dueOrder(b) ? -1 : dueOrder(a) > dueOrder(b) ? 1 : 0));
}

/** Tombstones are left out: a bundle as stored may hold them. */
export function summarize(bundle: CaseBundle): CaseSummary {
  const c = bundle.case;
  const notes = bundle.notes.filter((n) => !n.deleted);
  const deadlines = bundle.deadlines.filter((d) => !d.deleted);
  const productions = bundle.productions.filter((p) => !p.deleted);
  // Deleting a note is an update too: tombstones count for the update time.
  let latestStamp = c.stamp;
  for (const r of [...bundle.notes, ...bundle.deadlines, ...bundle.productions, ...bundle.expected, ...bundle.paces, ...bundle.requests])
    if (r.stamp > latestStamp) latestStamp = r.stamp;
  const production = { releases: 0, pagesReviewed: 0, pagesReleased: 0, pagesReleasedInPart: 0, pagesWithheldInFull: 0, lastReleaseDate: null as string | null };
  for (const p of productions) {
    production.releases++;
    production.pagesReviewed += p.pagesReviewed;
    production.pagesReleased += p.pagesReleased;
    production.pagesReleasedInPart += p.pagesReleasedInPart;
    production.pagesWithheldInFull += p.pagesWithheldInFull;
    if (!production.lastReleaseDate || p.date > production.lastReleaseDate) production.lastReleaseDate = p.date;
  }
  return {
    id: c.id,
    court: c.court,
    docketNumber: c.docketNumber,
    key: c.key,
    looseKey: c.looseKey,
    title: c.title,
    tags: [...c.tags],
    noteCount: notes.length,
    latestNotes: [...notes]
      .sort((a, b) => (a.editedAt < b.editedAt ? 1 : a.editedAt > b.editedAt ? -1 : 0))
      .slice(0, LATEST_NOTES)
      .map((n) => ({ id: n.id, text: n.text.slice(0, NOTE_PREVIEW_CHARS), editedAt: n.editedAt })),
    nextDeadlines: openDeadlines(deadlines)
      .slice(0, NEXT_DEADLINES)
      .map((d) => ({ id: d.id, due: d.due, time: d.time, title: d.title, kind: d.kind, done: d.done })),
    production,
    tracking: trackingInputs(bundle.productions, bundle.expected, bundle.paces),
    updatedAt: stampTime(latestStamp),
  };
}

/** Lowercased text the case list searches: numbers, title, tags and every live note. */
export function searchText(bundle: CaseBundle): string {
  const c = bundle.case;
  const parts = [c.docketNumber, c.court, c.title, ...c.tags];
  for (const n of bundle.notes) if (!n.deleted) parts.push(n.text);
  return parts.join('\n').toLowerCase();
}

/** case/list order: next open deadline first (cases without one after), then most recently updated. */
export function compareForList(a: CaseSummary, b: CaseSummary): number {
  const da = a.nextDeadlines[0];
  const db = b.nextDeadlines[0];
  if (da && db) {
    // dueOrder's order without building its strings: every case/list sorts every case.
    if (da.due !== db.due) return da.due < db.due ? -1 : 1;
    const ta = da.time ?? NO_TIME;
    const tb = db.time ?? NO_TIME;
    if (ta !== tb) return ta < tb ? -1 : 1;
  } else if (da || db) return da ? -1 : 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}
