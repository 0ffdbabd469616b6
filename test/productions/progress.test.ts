/** Progress by agency and component, on hand-computed figures. */
import { describe, expect, it } from 'vitest';
import { latestExpected, productionProgress } from '../../lib/productions/progress';

const releases = [
  { date: '2021-09-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10, pagesReferred: 3 },
  { date: '2021-10-13', agency: 'ICE', component: 'ERO', pagesReviewed: 186, pagesReleased: 40, pagesReleasedInPart: 6, pagesWithheldInFull: 5 },
  { date: '2021-11-12', agency: 'ICE', component: 'HSI', pagesReviewed: 500 },
];
const expected = [
  { agency: 'ICE', component: 'HSI', pages: 909, asOf: '2021-07-13' },
  { agency: 'ICE', component: 'HSI', pages: 1500, asOf: '2021-09-01', approximate: true },
  { agency: 'ICE', component: 'ERO', pages: 186, asOf: '2021-07-13' },
];

describe('productionProgress', () => {
  const { rows, total } = productionProgress(releases, expected);
  const row = (agency: string, component: string) => rows.find((r) => r.agency === agency && r.component === component)!;

  it('lists the agency first, then its components by pages processed', () => {
    expect(rows.map((r) => [r.agency, r.component])).toEqual([
      ['ICE', ''],
      ['ICE', 'HSI'],
      ['ICE', 'ERO'],
    ]);
  });

  it('sums each component and takes its latest estimate, not the sum of its estimates', () => {
    const hsi = row('ICE', 'HSI');
    expect(hsi).toMatchObject({ releases: 2, processed: 1409, releasedInFull: 120, releasedInPart: 30, released: 150, withheldInFull: 10, referred: 3 });
    expect(hsi.expected).toBe(1500);
    expect(hsi.expectedApproximate).toBe(true);
    // 1409 / 1500 = 93.933…%
    expect(hsi.percent).toBeCloseTo(93.9333, 3);
    // 10 of 1409 withheld in full; 10 + 30 of 1409 withheld in full or in part.
    expect(hsi.withheldRate).toBeCloseTo(10 / 1409, 10);
    expect(hsi.withholdingRate).toBeCloseTo(40 / 1409, 10);
    expect(row('ICE', 'ERO').percent).toBe(100);
  });

  it("gives an agency with no estimate of its own the sum of its components' estimates", () => {
    const ice = row('ICE', '');
    expect(ice.processed).toBe(1595);
    expect(ice.expected).toBe(1686);
    expect(ice.percent).toBeCloseTo((1595 / 1686) * 100, 6); // 94.60%
    expect(total.expected).toBe(1686);
    expect(total.processed).toBe(1595);
  });

  it("an agency's own estimate wins over its components'", () => {
    const p = productionProgress(releases, [...expected, { agency: 'ICE', pages: 4000, asOf: '2021-10-01' }]);
    expect(p.rows[0]).toMatchObject({ agency: 'ICE', component: '', expected: 4000 });
    expect(p.rows[0]!.percent).toBeCloseTo(39.875, 6); // 1595 / 4000
  });

  it('sums no estimate when some pages came from no named component', () => {
    const p = productionProgress([...releases, { date: '2021-12-01', agency: 'ICE', pagesReviewed: 10 }], expected);
    expect(p.rows[0]).toMatchObject({ agency: 'ICE', processed: 1605, expected: null, percent: null });
    expect(p.total.expected).toBeNull();
  });

  it('shows an expected volume nothing was released from yet, at 0%', () => {
    const p = productionProgress([], [{ agency: 'CBP', component: 'OFO', pages: 3510, asOf: '2021-08-02' }]);
    expect(p.rows.map((r) => [r.agency, r.component, r.processed, r.expected, r.percent])).toEqual([
      ['CBP', '', 0, 3510, 0],
      ['CBP', 'OFO', 0, 3510, 0],
    ]);
    expect(p.rows[1]!.withheldRate).toBeNull();
  });

  it('has zeros and no rates for nothing at all', () => {
    const p = productionProgress([], []);
    expect(p.rows).toEqual([]);
    expect(p.total).toMatchObject({ processed: 0, expected: null, percent: null, withholdingRate: null });
  });
});

describe('latestExpected', () => {
  it('keeps one estimate per agency and component, the latest; blanks and spaces are one key', () => {
    const latest = latestExpected([
      { agency: 'ICE ', component: '', pages: 1, asOf: '2020-01-01' },
      { agency: 'ICE', pages: 2, asOf: '2020-02-01' },
    ]);
    expect([...latest.values()].map((e) => e.pages)).toEqual([2]);
  });
});
