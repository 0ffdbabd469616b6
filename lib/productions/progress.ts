/**
 * Progress by agency and component: pages processed of the expected volume (percent), released
 * (in full, in part), withheld in full, referred, and how much of what was processed was withheld.
 * Pure, so the popup, the overlay summary and the CSV export compute the same figures.
 *
 * The expected volume of an agency or component is its latest estimate (by as-of date): a status
 * report that says "approximately 3,200 pages remain" replaces the last one, it does not add to
 * it. An agency's row takes its own estimate, else the sum of its components' when every component
 * it released from has one.
 */
import type { ProductionLike } from './totals';

export interface ExpectedLike {
  agency: string;
  component?: string;
  pages: number;
  approximate?: boolean;
  /** YYYY-MM-DD: when the estimate was made. */
  asOf: string;
}

export interface ProgressRow {
  agency: string;
  /** '' for the agency's own row (all its components). */
  component: string;
  releases: number;
  processed: number;
  releasedInFull: number;
  releasedInPart: number;
  /** In full plus in part. */
  released: number;
  withheldInFull: number;
  referred: number;
  /** The expected volume, or null when none is known. */
  expected: number | null;
  expectedApproximate: boolean;
  /** processed / expected × 100, or null without an expected volume (it may pass 100). */
  percent: number | null;
  /** Pages withheld in full ÷ pages processed; null when nothing was processed. */
  withheldRate: number | null;
  /** Pages withheld in full or in part ÷ pages processed; null when nothing was processed. */
  withholdingRate: number | null;
}

const norm = (s: string | undefined): string => (s ?? '').trim();
const keyOf = (agency: string, component: string): string => `${agency}\u0000${component}`;

function emptyRow(agency: string, component: string): ProgressRow {
  return {
    agency,
    component,
    releases: 0,
    processed: 0,
    releasedInFull: 0,
    releasedInPart: 0,
    released: 0,
    withheldInFull: 0,
    referred: 0,
    expected: null,
    expectedApproximate: false,
    percent: null,
    withheldRate: null,
    withholdingRate: null,
  };
}

function add(row: ProgressRow, p: ProductionLike): void {
  row.releases++;
  row.processed += p.pagesReviewed ?? 0;
  row.releasedInFull += p.pagesReleased ?? 0;
  row.releasedInPart += p.pagesReleasedInPart ?? 0;
  row.withheldInFull += p.pagesWithheldInFull ?? 0;
  row.referred += p.pagesReferred ?? 0;
}

function finish(row: ProgressRow): ProgressRow {
  row.released = row.releasedInFull + row.releasedInPart;
  row.percent = row.expected ? (row.processed / row.expected) * 100 : null;
  row.withheldRate = row.processed ? row.withheldInFull / row.processed : null;
  row.withholdingRate = row.processed ? (row.withheldInFull + row.releasedInPart) / row.processed : null;
  return row;
}

/** The latest estimate per agency and component. */
export function latestExpected(expected: readonly ExpectedLike[]): Map<string, ExpectedLike> {
  const latest = new Map<string, ExpectedLike>();
  for (const e of expected) {
    const k = keyOf(norm(e.agency), norm(e.component));
    const seen = latest.get(k);
    if (!seen || e.asOf >= seen.asOf) latest.set(k, e);
  }
  return latest;
}

export interface Progress {
  /** Each agency's own row first, then its components, agencies by pages processed. */
  rows: ProgressRow[];
  /** Everything together; expected is the sum of the agencies' when every agency has one. */
  total: ProgressRow;
}

export function productionProgress(releases: readonly ProductionLike[], expected: readonly ExpectedLike[]): Progress {
  const components = new Map<string, ProgressRow>();
  const agencies = new Map<string, ProgressRow>();
  const total = emptyRow('', '');
  const agencyRow = (agency: string): ProgressRow => {
    let row = agencies.get(agency);
    if (!row) agencies.set(agency, (row = emptyRow(agency, '')));
    return row;
  };
  for (const p of releases) {
    const agency = norm(p.agency);
    const component = norm(p.component);
    add(total, p);
    add(agencyRow(agency), p);
    if (component) {
      const k = keyOf(agency, component);
      let row = components.get(k);
      if (!row) components.set(k, (row = emptyRow(agency, component)));
      add(row, p);
    }
  }
  const latest = latestExpected(expected);
  for (const e of latest.values()) {
    const agency = norm(e.agency);
    const component = norm(e.component);
    const row = component
      ? (components.get(keyOf(agency, component)) ?? components.set(keyOf(agency, component), emptyRow(agency, component)).get(keyOf(agency, component))!)
      : agencyRow(agency);
    row.expected = e.pages;
    row.expectedApproximate = !!e.approximate;
    agencyRow(agency);
  }
  for (const a of agencies.values()) {
    if (a.expected !== null) continue;
    const own = [...components.values()].filter((c) => c.agency === a.agency);
    // Pages released with no component named belong to no component estimate.
    const unnamed = a.processed - own.reduce((n, c) => n + c.processed, 0);
    if (own.length && unnamed === 0 && own.every((c) => c.expected !== null)) {
      a.expected = own.reduce((n, c) => n + c.expected!, 0);
      a.expectedApproximate = own.some((c) => c.expectedApproximate);
    }
  }
  const agencyList = [...agencies.values()].map(finish);
  if (agencyList.length && agencyList.every((a) => a.expected !== null)) {
    total.expected = agencyList.reduce((n, a) => n + a.expected!, 0);
    total.expectedApproximate = agencyList.some((a) => a.expectedApproximate);
  }
  agencyList.sort((a, b) => b.processed - a.processed || a.agency.localeCompare(b.agency));
  const rows: ProgressRow[] = [];
  for (const a of agencyList) {
    rows.push(a);
    const own = [...components.values()].filter((c) => c.agency === a.agency).map(finish);
    own.sort((x, y) => y.processed - x.processed || x.component.localeCompare(y.component));
    rows.push(...own);
  }
  return { rows, total: finish(total) };
}
