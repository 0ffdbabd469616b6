import { describe, expect, it } from 'vitest';
import { formatCount, productionTotals } from '../../lib/productions/totals';

describe('productionTotals', () => {
  it('is all zeros and nulls for no releases', () => {
    const t = productionTotals([]);
    expect(t.releases).toBe(0);
    expect(t.pagesReleased).toBe(0);
    expect(t.lastReleaseDate).toBeNull();
    expect(t.firstReleaseDate).toBeNull();
    expect(t.pagesPerRelease).toBeNull();
    expect(t.daysBetweenReleases).toBeNull();
    expect(t.byAgency).toEqual([]);
  });

  it('sums pages, counts releases, finds the first and last dates regardless of order', () => {
    const t = productionTotals([
      { date: '2026-10-13', agency: 'ICE', component: 'ERO', pagesReviewed: 186, pagesReleased: 40, pagesReleasedInPart: 6, pagesWithheldInFull: 5 },
      { date: '2026-09-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10, pagesReferred: 3 },
      { date: '2026-11-12', agency: 'ICE', component: 'HSI', pagesReviewed: 500, pagesReleased: 0 },
    ]);
    expect(t.releases).toBe(3);
    expect(t.pagesReviewed).toBe(1595);
    expect(t.pagesReleased).toBe(160);
    expect(t.pagesReleasedInPart).toBe(36);
    expect(t.pagesWithheldInFull).toBe(15);
    expect(t.pagesReferred).toBe(3);
    expect(t.firstReleaseDate).toBe('2026-09-13');
    expect(t.lastReleaseDate).toBe('2026-11-12');
    expect(t.pagesPerRelease).toBeCloseTo(1595 / 3);
    // Sep 13 → Nov 12 is 60 days over two gaps.
    expect(t.daysBetweenReleases).toBe(30);
    expect(t.byAgency.map((g) => [g.agency, g.component, g.releases, g.pagesReviewed])).toEqual([
      ['ICE', 'HSI', 2, 1409],
      ['ICE', 'ERO', 1, 186],
    ]);
  });

  it('groups blank and whitespace agencies together and treats missing counts as zero', () => {
    const t = productionTotals([{ date: '2024-02-29', agency: ' ' }, { date: '2024-03-01' }]);
    expect(t.byAgency).toHaveLength(1);
    expect(t.byAgency[0]).toMatchObject({ agency: '', component: '', releases: 2, pagesReviewed: 0 });
    expect(t.daysBetweenReleases).toBe(1); // across the leap day
  });

  it('a single release has a pace per release but no interval', () => {
    const t = productionTotals([{ date: '2026-01-01', pagesReviewed: 250 }]);
    expect(t.pagesPerRelease).toBe(250);
    expect(t.daysBetweenReleases).toBeNull();
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect([0, 7, 999, 1000, 12345, 1234567, -4500].map(formatCount)).toEqual(['0', '7', '999', '1,000', '12,345', '1,234,567', '-4,500']);
  });
});
