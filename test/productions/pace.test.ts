/** Pace and projected completion, on hand-computed dates and pages. */
import { describe, expect, it } from 'vitest';
import { observedRate, paceStatus, projectCompletion, wholeMonths } from '../../lib/productions/pace';

const releases = [
  { date: '2023-01-31', agency: 'ICE', pagesReviewed: 500 },
  { date: '2023-02-28', agency: 'ICE', pagesReviewed: 400 },
  { date: '2023-03-31', agency: 'ICE', pagesReviewed: 450 },
  { date: '2023-03-31', agency: 'CBP', pagesReviewed: 999 },
];
const ice = releases.filter((r) => r.agency === 'ICE');
const pace = { agency: 'ICE', perMonth: 500, from: '2023-01-15' };

describe('wholeMonths', () => {
  it('counts a month complete on the same day of a later month', () => {
    expect(wholeMonths('2023-01-15', '2023-04-20')).toBe(3);
    expect(wholeMonths('2023-01-15', '2023-04-15')).toBe(3);
    expect(wholeMonths('2023-01-15', '2023-04-14')).toBe(2);
    expect(wholeMonths('2023-01-15', '2023-01-20')).toBe(0);
    expect(wholeMonths('2023-01-15', '2022-12-01')).toBe(0);
  });
  it('ends a month begun on the 31st on the last day of a shorter month, leap years too', () => {
    expect(wholeMonths('2023-01-31', '2023-02-28')).toBe(1);
    expect(wholeMonths('2023-01-31', '2023-02-27')).toBe(0);
    expect(wholeMonths('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonths('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonths('2022-11-30', '2024-02-29')).toBe(15);
  });
});

describe('paceStatus', () => {
  it('is behind when fewer pages were processed than the whole months owe', () => {
    // 3 whole months since Jan 15 owe 1,500; ICE processed 500 + 400 + 450 = 1,350.
    expect(paceStatus(pace, releases, '2023-04-20')).toEqual({ state: 'behind', by: 150, due: 1500, processed: 1350, monthsElapsed: 3, text: 'behind by 150 pages' });
  });
  it('is ahead before the third month is complete', () => {
    // Apr 14: 2 whole months owe 1,000 of the 1,350 processed.
    expect(paceStatus(pace, releases, '2023-04-14')).toMatchObject({ state: 'ahead', by: 350, due: 1000, text: 'ahead by 350 pages' });
  });
  it('is on pace within 5% of a month either way', () => {
    // 1,000 owed, 1,020 processed: 20 ≤ 25 (5% of 500).
    const close = [{ date: '2023-02-01', agency: 'ICE', pagesReviewed: 1020 }];
    expect(paceStatus(pace, close, '2023-03-20')).toMatchObject({ state: 'on pace', by: 0, due: 1000, processed: 1020, text: 'on pace' });
    const past = [{ date: '2023-02-01', agency: 'ICE', pagesReviewed: 1026 }];
    expect(paceStatus(pace, past, '2023-03-20').text).toBe('ahead by 26 pages');
  });
  it('counts only releases from the start on, and a pace for all agencies counts every agency', () => {
    const early = [{ date: '2023-01-10', agency: 'ICE', pagesReviewed: 5000 }, ...releases];
    expect(paceStatus(pace, early, '2023-04-20').processed).toBe(1350);
    // 1,350 + 999 = 2,349 against 1,500: ahead by 849.
    expect(paceStatus({ ...pace, agency: '' }, releases, '2023-04-20')).toMatchObject({ processed: 2349, text: 'ahead by 849 pages' });
  });
  it('has not started before its first day', () => {
    expect(paceStatus(pace, releases, '2023-01-01')).toMatchObject({ state: 'not started', text: 'starts 2023-01-15' });
  });
});

describe('projectCompletion', () => {
  it('carries the observed rate of the last three releases from the last one', () => {
    // Jan 31 → Mar 31 is 59 days for 400 + 450 = 850 pages: 438.5 pages a month.
    expect(observedRate(ice)).toBeCloseTo((850 / 59) * (365.25 / 12), 6);
    // 3,000 expected − 1,350 processed = 1,650 left: 1,650 × 59 / 850 = 114.5 days after Mar 31 → Jul 24.
    const p = projectCompletion(ice, 3000, '2023-04-20', 500);
    expect(p).toMatchObject({ date: '2023-07-24', basis: 'observed', remaining: 1650 });
  });
  it('falls back to the ordered pace from today with one release', () => {
    // 2,500 left at 500 a month: 5 × 30.4375 = 152.2 days after Apr 20 → Sep 19.
    expect(projectCompletion(ice.slice(0, 1), 3000, '2023-04-20', 500)).toMatchObject({ date: '2023-09-19', basis: 'pace', remaining: 2500 });
  });
  it('is done when nothing is left, and unknown with no rate at all', () => {
    expect(projectCompletion(ice, 1000, '2023-04-20')).toMatchObject({ basis: 'done', date: '2023-03-31', remaining: 0 });
    expect(projectCompletion(ice.slice(0, 1), 3000, '2023-04-20')).toBeNull();
    expect(projectCompletion([{ date: '2023-01-01', pagesReviewed: 5 }, { date: '2023-01-01', pagesReviewed: 5 }], 100, '2023-01-02')).toBeNull();
  });
});
