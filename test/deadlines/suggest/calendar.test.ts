import { describe, expect, it } from 'vitest';
import { addDays, federalHolidays, isCourtDay, isoDate, periodEnd, weekday } from '../../../lib/deadlines/suggest/calendar';

describe('calendar', () => {
  it('builds only real dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
  });
  it('adds days across months and years', () => {
    expect(addDays('2023-12-25', 14)).toBe('2024-01-08');
    expect(weekday('2024-01-08')).toBe(1);
  });
  it.each([
    [2023, ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25']],
    [2020, ['2020-01-01', '2020-01-20', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07', '2020-10-12', '2020-11-11', '2020-11-26', '2020-12-25']],
  ])('federal holidays of %i, observed on weekdays (Juneteenth from 2021)', (year, days) => {
    expect([...federalHolidays(year)].sort()).toEqual(days);
  });
  it('New Year on a Saturday is observed on the Friday before, in the old year', () => {
    expect(federalHolidays(2021).has('2021-12-31')).toBe(true);
  });
  it.each([
    // 14 days after Friday 2023-06-30 is Friday 2023-07-14: a court day.
    ['2023-06-30', 14, '2023-07-14'],
    // 14 days after 2023-06-24 is Saturday 2023-07-08: next Monday.
    ['2023-06-24', 14, '2023-07-10'],
    // 21 days after 2023-06-13 is Tuesday 2023-07-04 (a holiday): Wednesday.
    ['2023-06-13', 21, '2023-07-05'],
    // 7 days after 2023-11-16 is Thanksgiving: Friday.
    ['2023-11-16', 7, '2023-11-24'],
  ])('a %s + %i day period ends on %s (Rule 6(a))', (from, days, end) => {
    expect(periodEnd(from, days)).toBe(end);
    expect(isCourtDay(end)).toBe(true);
  });
});
