/**
 * FOIA production figures: totals over a case's releases, a per-agency/component breakdown and
 * the pace (pages per release, days between releases). Pure, so the popup, options page and
 * exports compute the same numbers.
 */
import { daysBetween } from '../deadlines/relative';

export interface ProductionLike {
  date: string;
  agency?: string;
  component?: string;
  pagesReviewed?: number;
  pagesReleased?: number;
  pagesReleasedInPart?: number;
  pagesWithheldInFull?: number;
  pagesReferred?: number;
}

export interface PageCounts {
  releases: number;
  pagesReviewed: number;
  pagesReleased: number;
  pagesReleasedInPart: number;
  pagesWithheldInFull: number;
  pagesReferred: number;
}

export interface ProductionBreakdown extends PageCounts {
  agency: string;
  component: string;
}

export interface ProductionTotals extends PageCounts {
  firstReleaseDate: string | null;
  lastReleaseDate: string | null;
  /** Pages reviewed per release; null with no releases. */
  pagesPerRelease: number | null;
  /** Mean days between consecutive releases; null with fewer than two. */
  daysBetweenReleases: number | null;
  /** One row per agency + component, largest first. */
  byAgency: ProductionBreakdown[];
}

const zero = (): PageCounts => ({
  releases: 0,
  pagesReviewed: 0,
  pagesReleased: 0,
  pagesReleasedInPart: 0,
  pagesWithheldInFull: 0,
  pagesReferred: 0,
});

function add(into: PageCounts, p: ProductionLike): void {
  into.releases += 1;
  into.pagesReviewed += p.pagesReviewed ?? 0;
  into.pagesReleased += p.pagesReleased ?? 0;
  into.pagesReleasedInPart += p.pagesReleasedInPart ?? 0;
  into.pagesWithheldInFull += p.pagesWithheldInFull ?? 0;
  into.pagesReferred += p.pagesReferred ?? 0;
}

export function productionTotals(list: readonly ProductionLike[]): ProductionTotals {
  const total = zero();
  const groups = new Map<string, ProductionBreakdown>();
  let first: string | null = null;
  let last: string | null = null;
  for (const p of list) {
    add(total, p);
    const agency = (p.agency ?? '').trim();
    const component = (p.component ?? '').trim();
    const key = `${agency}\u0000${component}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { agency, component, ...zero() }));
    add(g, p);
    if (first === null || p.date < first) first = p.date;
    if (last === null || p.date > last) last = p.date;
  }
  const byAgency = [...groups.values()].sort(
    (a, b) => b.pagesReviewed - a.pagesReviewed || a.agency.localeCompare(b.agency) || a.component.localeCompare(b.component),
  );
  return {
    ...total,
    firstReleaseDate: first,
    lastReleaseDate: last,
    pagesPerRelease: total.releases ? total.pagesReviewed / total.releases : null,
    daysBetweenReleases: total.releases >= 2 && first && last ? daysBetween(first, last) / (total.releases - 1) : null,
    byAgency,
  };
}

/** "1,234" — grouping without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  const s = String(Math.abs(Math.round(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}
