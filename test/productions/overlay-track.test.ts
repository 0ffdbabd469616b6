/** What the overlay shows of production tracking, made in the background for a given day. */
import { describe, expect, it } from 'vitest';
import { overlayTrack, trackingInputs } from '../../lib/productions/overlay-track';
import { panelSummary, badgeSummary } from '../../lib/background/page-answer';
import type { CaseSummary } from '../../lib/messages/schema';

const rel = (date: string, agency: string, pagesReviewed: number, deleted = false) => ({ date, agency, component: '', pagesReviewed, deleted });

const inputs = trackingInputs(
  [rel('2023-01-31', 'ICE', 500), rel('2023-02-28', 'ICE', 400), rel('2023-03-31', 'ICE', 450), rel('2023-03-31', 'CBP', 999), rel('2023-03-01', 'ICE', 7000, true)],
  [
    { agency: 'ICE', component: '', pages: 3000, approximate: true, asOf: '2023-01-01', deleted: false },
    { agency: 'CBP', component: '', pages: 1000, approximate: false, asOf: '2023-01-01', deleted: false },
  ],
  [
    { agency: '', perMonth: 900, from: '2022-12-01', deleted: false },
    { agency: 'ICE', perMonth: 500, from: '2023-01-15', deleted: false },
    { agency: 'ICE', perMonth: 5, from: '2023-02-01', deleted: true },
  ],
)!;

describe('trackingInputs', () => {
  it('keeps live records and the pace that starts last', () => {
    expect(inputs.releases).toHaveLength(4);
    expect(inputs.pace).toEqual({ agency: 'ICE', perMonth: 500, from: '2023-01-15' });
  });
  it('is null with no pace and no expected volume', () => {
    expect(trackingInputs([rel('2023-01-31', 'ICE', 500)], [], [])).toBeNull();
  });
});

describe('overlayTrack', () => {
  it("says the pace and the progress of the pace's agency only", () => {
    const t = overlayTrack(inputs, '2023-04-20');
    // ICE: 3 whole months since Jan 15 owe 1,500; 1,350 processed. Expected 3,000: 45%.
    expect(t.pace).toBe('ICE: behind by 150 pages');
    expect(t.paceState).toBe('behind');
    expect(t.progress).toBe('1,350 of about 3,000 pages processed (45%)');
    expect(t.alt).toContain('1,350 pages processed in 3 releases');
    expect(t.alt).toContain('1,500 owed by 2023-04-20');
    expect(t.processed.split(' ').length).toBe(2 + 2 * 3);
    expect(t.paceLine).not.toBeNull();
    expect(t.expectedY).toBeGreaterThanOrEqual(2);
  });
  it('a day later in the month may change the words', () => {
    expect(overlayTrack(inputs, '2023-04-14').pace).toBe('ICE: ahead by 350 pages');
  });
  it('without a pace, progress of everything', () => {
    const t = overlayTrack({ ...inputs, pace: null }, '2023-04-20');
    expect([t.pace, t.paceState, t.paceLine]).toEqual([null, null, null]);
    expect(t.progress).toBe('2,349 of about 4,000 pages processed (58%)');
  });
});

describe('page answers', () => {
  const base = { production: { releases: 1, pagesReviewed: 1, pagesReleased: 1, pagesReleasedInPart: 0, pagesWithheldInFull: 0, lastReleaseDate: null } } as unknown as CaseSummary;
  it('send the page case its pace line, never the inputs', () => {
    const s = panelSummary({ ...base, tracking: inputs }, '2023-04-20');
    expect(s).not.toHaveProperty('tracking');
    expect(s.track?.pace).toBe('ICE: behind by 150 pages');
    expect(panelSummary({ ...base, tracking: null }, '2023-04-20').track).toBeNull();
  });
  it('send a badge neither', () => {
    const b = badgeSummary({ ...base, tags: [], nextDeadlines: [], tracking: inputs });
    expect(Object.keys(b)).not.toContain('tracking');
    expect(Object.keys(b)).not.toContain('track');
  });
});
