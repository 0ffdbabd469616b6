import { describe, expect, it } from 'vitest';
import { findRelative } from '../../../lib/deadlines/suggest/relative-days';

describe('periods counted from the entry', () => {
  it.each([
    ['within fourteen (14) days of the date of this Order', '2023-06-30', 14, '2023-07-14'],
    ['within twenty-one (21) days of the date of this Order', '2018-10-04', 21, '2018-10-25'],
    ['no later than 21 days after entry of this order', '2023-06-13', 21, '2023-07-05'],
    ['within 30 days hereof', '2023-01-03', 30, '2023-02-02'],
    ['on or before 15 days from entry of this Order', '2005-07-28', 15, '2005-08-12'],
  ])('%s (filed %s)', (text, filed, days, date) => {
    expect(findRelative(text, filed)).toMatchObject([{ days, date }]);
  });
  it.each([
    'within 90 days of the defendants\' first appearance',
    'within two business days of this order',
    'within 14 days of service of the complaint',
  ])('not counted: %s', (text) => {
    expect(findRelative(text, '2023-01-03')).toEqual([]);
  });
});
