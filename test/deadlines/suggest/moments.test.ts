import { describe, expect, it } from 'vitest';
import { findMoments, fullYear } from '../../../lib/deadlines/suggest/moments';

const read = (text: string, filed = '2023-01-05') => findMoments(text, filed).map((m) => [m.date, m.time]);

describe('dates and times', () => {
  it.each([
    ['Joint Status Report due by 1/12/2023.', [['2023-01-12', null]]],
    ['Motion Hearing set for 1/19/2023 02:00 PM in Courtroom 4', [['2023-01-19', '14:00']]],
    ['set for 02/22/2005 10:00:00 AM before LEK', [['2005-02-22', '10:00']]],
    ['on or before May 20, 2009', [['2009-05-20', null]]],
    ['Monday, April 10, 2006 at 8:30 a.m. before', [['2006-04-10', '08:30']]],
    ['at 9:15 a.m. on January 6, 2015', [['2015-01-06', '09:15']]],
    ['Detention Hearing set for 11:30 6/10/04, LEK', [['2004-06-10', '11:30']]],
    ['Preliminary Hearing set for 3:00 6/23/04', [['2004-06-23', '15:00']]],
    ['Continued to 9/21/09 @ 1:00 - Clerk to Notice', [['2009-09-21', '13:00']]],
    ['status conference hearing is set for 2-25-10 at 9:30 a.m.', [['2010-02-25', '09:30']]],
    ['the 12th day of January, 2023 at noon', [['2023-01-12', '12:00']]],
    ['Jan. 12th, 2023, at 11 a.m.', [['2023-01-12', '11:00']]],
    ['Jury Selection/Jury Trial-October 19, 2004 @l0:00 a.m.', [['2004-10-19', '10:00']]],
    ['Meeting of Creditors: 05/25/2006, 10:00 AM, Office', [['2006-05-25', '10:00']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it('takes the century nearest the filing year', () => {
    expect(fullYear('97', 1996)).toBe(1997);
    expect(fullYear('04', 2004)).toBe(2004);
    expect(fullYear('99', 2001)).toBe(1999);
  });
  it('reads a year-less date as the next one after the filing date', () => {
    expect(read('Continued to October 8 @ 9:30 a.m.', '2009-09-11')).toEqual([['2009-10-08', '09:30']]);
    expect(read('a hearing on January 6', '2014-11-25')).toEqual([['2015-01-06', null]]);
  });
  it('leaves case numbers, phone numbers, impossible dates and the modal verb alone', () => {
    expect(read('Case No. 08-12606 (BLS); call 302-652-4100; 2/30/2009; you may 5 copies')).toEqual([]);
  });
  it('does not pair a far time with a date', () => {
    expect(read('Time Start: 2:03 PM; Time Stop: 2:20 PM. Sentencing set for 6/6/2018')).toEqual([['2018-06-06', null]]);
  });
  it('is linear on long runs of digits, slashes and month names', () => {
    const evil = `${'1/1/'.repeat(20_000)} ${'May '.repeat(20_000)} ${'9:'.repeat(20_000)}am`;
    const t = performance.now();
    findMoments(evil, '2020-01-01');
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
