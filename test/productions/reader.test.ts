/**
 * The status-report reader on our labelled sentences: every tuning example exactly, the held-out
 * set (written after tuning) by F1, no rows from numbers that are not productions, and text made to
 * be slow read in bounded time.
 */
import { describe, expect, it } from 'vitest';
import { batchRow } from '../../lib/productions/reader/proposed-row';
import { readStatusReport } from '../../lib/productions/reader/read';
import { TUNING } from '../../lib/productions/reader/status-report.examples';
import { HELD_OUT } from '../../lib/productions/reader/status-report.heldout.examples';
import { score } from './row-score';

const read = (text: string, date: string | null) => readStatusReport(text, date).map(batchRow);

describe('readStatusReport on the tuning sentences', () => {
  it('has at least 60 sentences with rows, and negatives', () => {
    expect(TUNING.filter((e) => e.rows.length).length).toBeGreaterThanOrEqual(60);
    expect(TUNING.filter((e) => !e.rows.length).length).toBeGreaterThanOrEqual(15);
  });
  for (const ex of TUNING)
    it(ex.text.slice(0, 110), () => {
      expect(read(ex.text, ex.date)).toEqual(ex.rows);
    });
});

describe('readStatusReport on the held-out sentences', () => {
  const pairs = HELD_OUT.map((e) => ({ proposed: read(e.text, e.date), labelled: e.rows }));
  it('scores F1 over rows at or above the goal', () => {
    const s = score(pairs);
    console.info(`held-out: ${s.truePositives} of ${s.proposed} proposed rows right, ${s.labelled} labelled; F1 ${s.f1.toFixed(3)}`);
    // First measured 0.875 (28 of 32), before any change made after it was written.
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
  });
  it('proposes no row for a held-out sentence without one', () => {
    for (const e of HELD_OUT.filter((x) => !x.rows.length)) expect(read(e.text, e.date), e.text).toEqual([]);
  });
});

describe('numbers that are not productions', () => {
  const noise = [
    'See ECF No. 45 at 3; ECF Nos. 12, 14 and 16.',
    'FOIA request 2018-ICFO-26258 and 2019-CBP-00123 were submitted on June 1, 2018.',
    'Judicial Watch, Inc. v. DOJ, 365 F.3d 1108, 1114 (D.C. Cir. 2004); 2019 WL 1234567, at *3.',
    'Under 5 U.S.C. § 552(a)(6)(A) and 28 C.F.R. § 16.5, Exemptions 5, 6, and 7(C) apply.',
    'Case No. 1:19-cv-01234-ABC, Dkt. 17, filed 3/4/2019; see also Doc. 22-1 ¶¶ 4-9.',
    'The report is 25 pages long and cites pages 10 through 20 of the 2021 declaration.',
    'Plaintiff paid $1,500 in fees, 25% of the estimate, within 30 days.',
  ];
  for (const text of noise)
    it(`reads nothing from: ${text}`, () => {
      expect(read(text, '2023-01-01')).toEqual([]);
    });
});

describe('the reader on text made to be slow', () => {
  // Each of these would take minutes with a backtracking regex or a scan per count; the reader
  // caps what one sentence may hold and reads a bounded window around each count.
  const cases: [string, string][] = [
    ['numbers', '1, '.repeat(100_000)],
    ['counts', 'ICE processed 5 pages, '.repeat(40_000)],
    ['capitals', 'Department Of '.repeat(50_000)],
    ['hedges', 'approximately '.repeat(80_000)],
    ['brackets', '(“'.repeat(100_000)],
    ['dates', 'March 1, 2023 through '.repeat(40_000)],
    ['sentences', 'ICE released 10 pages in full. '.repeat(20_000)],
  ];
  for (const [name, text] of cases)
    it(`reads ${text.length.toLocaleString('en-US')} characters of ${name}`, () => {
      const rows = readStatusReport(text, '2023-01-01');
      expect(Array.isArray(rows)).toBe(true);
    });
  it('still reads every sentence of a long report', () => {
    expect(readStatusReport('ICE released 10 pages in full. '.repeat(5_000), null)).toHaveLength(5_000);
  });
});
