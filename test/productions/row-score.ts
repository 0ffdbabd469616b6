/**
 * Scores the reader's rows against labelled ones, as the held-back evaluation does: a proposed row
 * is right when every CLI field equals a labelled row's (each labelled row matched once). F1 over
 * rows; a "loose" match ignores date and approximate, to tell wrong numbers from wrong metadata.
 */
import type { BatchRow } from '../../lib/productions/reader/proposed-row';

export interface Score {
  truePositives: number;
  proposed: number;
  labelled: number;
  precision: number;
  recall: number;
  f1: number;
}

const key = (r: BatchRow, loose: boolean): string =>
  JSON.stringify([
    r.kind,
    r.agency.toLowerCase(),
    (r.component ?? '').toLowerCase(),
    loose ? null : r.date,
    r.pages.processed,
    r.pages.releasedInFull,
    r.pages.releasedInPart,
    r.pages.withheldInFull,
    r.pages.referred,
    r.pages.identified,
    r.perMonth,
    loose ? null : r.approximate,
  ]);

/** Right rows in one text (multiset intersection). */
export function matches(proposed: readonly BatchRow[], labelled: readonly BatchRow[], loose = false): number {
  const left = new Map<string, number>();
  for (const r of labelled) left.set(key(r, loose), (left.get(key(r, loose)) ?? 0) + 1);
  let hits = 0;
  for (const r of proposed) {
    const n = left.get(key(r, loose)) ?? 0;
    if (n > 0) {
      hits++;
      left.set(key(r, loose), n - 1);
    }
  }
  return hits;
}

export function score(pairs: readonly { proposed: readonly BatchRow[]; labelled: readonly BatchRow[] }[], loose = false): Score {
  let tp = 0;
  let proposed = 0;
  let labelled = 0;
  for (const p of pairs) {
    tp += matches(p.proposed, p.labelled, loose);
    proposed += p.proposed.length;
    labelled += p.labelled.length;
  }
  const precision = proposed ? tp / proposed : 1;
  const recall = labelled ? tp / labelled : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, proposed, labelled, precision, recall, f1 };
}
