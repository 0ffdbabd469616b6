/**
 * What the overlay panel shows of a case's production tracking, computed by the background so
 * the content script only prints text and draws three polylines: the pace in words, pages
 * processed of the expected volume, and a compact line (cumulative processed against the pace
 * and the expected total). The summary keeps the inputs; the words and the line are made at each
 * lookup, with that day's date, since what a pace owes grows every month.
 *
 * The scope is the case's pace: the one starting last (the court's latest order), for its agency
 * or for all; the releases and the expected volume shown are that scope's.
 */
import { chartGeometry, chartText, pointsAttr } from './chart';
import { paceStatus, type PaceState } from './pace';
import { productionProgress } from './progress';

export interface TrackingInputs {
  releases: { date: string; agency: string; component: string; pages: number }[];
  expected: { agency: string; component: string; pages: number; approximate: boolean; asOf: string }[];
  pace: { agency: string; perMonth: number; from: string } | null;
}

export interface OverlayTrack {
  /** "behind by 150 pages", "on pace"; null without a pace. */
  pace: string | null;
  paceState: PaceState | null;
  /** "1,350 of 3,000 pages processed (45%)", or "1,350 pages processed". */
  progress: string;
  /** The compact line: a viewBox of `w` × `h` and SVG points. */
  w: number;
  h: number;
  processed: string;
  paceLine: string | null;
  expectedY: number | null;
  /** The line in words. */
  alt: string;
}

interface Live {
  deleted: boolean;
}

/** The inputs from a case's records (tombstones left out); null when there is nothing to track. */
export function trackingInputs(
  productions: readonly ({ date: string; agency: string; component: string; pagesReviewed: number } & Live)[],
  expected: readonly ({ agency: string; component: string; pages: number; approximate: boolean; asOf: string } & Live)[],
  paces: readonly ({ agency: string; perMonth: number; from: string } & Live)[],
): TrackingInputs | null {
  const live = <T extends Live>(l: readonly T[]): T[] => l.filter((r) => !r.deleted);
  const ps = live(paces).sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const inputs: TrackingInputs = {
    releases: live(productions).map((p) => ({ date: p.date, agency: p.agency, component: p.component, pages: p.pagesReviewed })),
    expected: live(expected).map((e) => ({ agency: e.agency, component: e.component, pages: e.pages, approximate: e.approximate, asOf: e.asOf })),
    pace: ps[0] ? { agency: ps[0].agency, perMonth: ps[0].perMonth, from: ps[0].from } : null,
  };
  return inputs.pace || inputs.expected.length ? inputs : null;
}

const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const TRACK_WIDTH = 160;
export const TRACK_HEIGHT = 32;

export function overlayTrack(inputs: TrackingInputs, today: string): OverlayTrack {
  const agency = inputs.pace?.agency ?? '';
  const releases = inputs.releases.filter((r) => !agency || r.agency === agency);
  const progress = productionProgress(
    releases.map((r) => ({ date: r.date, agency: r.agency, component: r.component, pagesReviewed: r.pages })),
    inputs.expected.filter((e) => !agency || e.agency === agency),
  );
  const scope = agency ? (progress.rows.find((r) => r.agency === agency && !r.component) ?? progress.total) : progress.total;
  const expected = scope.expected;
  const status = inputs.pace ? paceStatus(inputs.pace, releases.map((r) => ({ date: r.date, agency: r.agency, pagesReviewed: r.pages })), today) : null;
  const chart = { releases, pace: inputs.pace, expected, today };
  const g = chartGeometry({ ...chart, width: TRACK_WIDTH, height: TRACK_HEIGHT, pad: 2 });
  const who = agency ? `${agency}: ` : '';
  return {
    pace: status ? `${who}${status.text}` : null,
    paceState: status?.state ?? null,
    progress:
      expected !== null
        ? `${count(scope.processed)} of ${scope.expectedApproximate ? 'about ' : ''}${count(expected)} pages processed (${Math.floor(scope.percent ?? 0)}%)`
        : `${count(scope.processed)} pages processed`,
    w: TRACK_WIDTH,
    h: TRACK_HEIGHT,
    processed: pointsAttr(g.processed),
    paceLine: g.pace ? pointsAttr(g.pace) : null,
    expectedY: g.expectedY,
    alt: chartText(chart),
  };
}
