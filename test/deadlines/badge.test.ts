import { describe, expect, it } from 'vitest';
import { computeBadge, OVERDUE_COLOR, SOON_COLOR, type BadgeDeadline } from '../../lib/deadlines/badge';
import { clockIn } from '../../lib/deadlines/relative';

let n = 0;
const d = (due: string, fields: Partial<BadgeDeadline> = {}): BadgeDeadline => ({
  caseId: 'case:a',
  caseLabel: 'Doe v. ICE',
  id: `d${String(++n).padStart(3, '0')}`,
  due,
  time: null,
  title: `Deadline ${n}`,
  done: false,
  ...fields,
});

describe('toolbar badge', () => {
  const now = { date: '2026-11-22', time: '14:00' };

  it('counts open deadlines due today through 7 days out, across cases; done and later ones left out', () => {
    const b = computeBadge(
      [d('2026-11-22'), d('2026-11-29', { caseId: 'case:b', caseLabel: 'Roe v. CBP' }), d('2026-11-30'), d('2026-11-25', { done: true }), d('2027-01-01')],
      now,
    );
    expect(b.count).toBe(2);
    expect(b.overdue).toBe(0);
    expect(b.text).toBe('2');
    expect(b.color).toBe(SOON_COLOR);
  });

  it('counts overdue ones too, turns red, and the title names the next three, overdue first', () => {
    const list = [
      d('2026-11-24', { title: 'Reply brief' }),
      d('2026-11-20', { title: 'Answer', caseLabel: 'Roe v. CBP' }),
      d('2026-11-22', { time: '13:00', title: 'CMC' }),
      d('2026-11-23', { title: 'Joint statement' }),
      d('2026-11-27', { title: 'Production' }),
    ];
    const b = computeBadge(list, now);
    expect(b.count).toBe(5);
    expect(b.overdue).toBe(2);
    expect(b.color).toBe(OVERDUE_COLOR);
    expect(b.title.split('\n')).toEqual([
      'Docket Margin: 5 deadlines (2 overdue) due within 7 days',
      '• overdue, Nov 20: Answer (Roe v. CBP)',
      '• overdue, Nov 22 13:00: CMC (Doe v. ICE)',
      '• Nov 23: Joint statement (Doe v. ICE)',
      'and 2 more',
    ]);
  });

  it('hides the badge when nothing is due, and caps the text at 99+', () => {
    const empty = computeBadge([d('2026-12-31')], now);
    expect(empty).toMatchObject({ count: 0, text: '', title: 'Docket Margin: no deadlines in the next 7 days' });
    expect(computeBadge(Array.from({ length: 120 }, () => d('2026-11-23')), now).text).toBe('99+');
  });

  it('moves on at midnight: a deadline 8 days out enters, yesterday’s becomes overdue', () => {
    const list = [d('2026-11-22', { title: 'Today' }), d('2026-11-30', { title: 'In 8 days' })];
    const before = computeBadge(list, { date: '2026-11-22', time: '23:59' });
    const after = computeBadge(list, { date: '2026-11-23', time: '00:00' });
    expect([before.count, before.overdue]).toEqual([1, 0]);
    expect([after.count, after.overdue]).toEqual([2, 1]);
  });

  it('counts in the user’s own zone: the same instant is Nov 22 in Los Angeles, Nov 23 in Tokyo', () => {
    const instant = new Date('2026-11-23T03:00:00Z');
    const list = [d('2026-11-22')];
    expect(computeBadge(list, clockIn('America/Los_Angeles', instant)).overdue).toBe(0);
    expect(computeBadge(list, clockIn('Asia/Tokyo', instant)).overdue).toBe(1);
  });

  it('spans the DST change without losing or adding a day', () => {
    // 2026-11-01 is the fall-back day in the US: seven days out from Oct 30 is still Nov 6.
    const list = [d('2026-11-06'), d('2026-11-07')];
    expect(computeBadge(list, clockIn('America/New_York', new Date('2026-10-30T16:00:00Z'))).count).toBe(1);
    expect(computeBadge(list, clockIn('America/New_York', new Date('2026-10-31T16:00:00Z'))).count).toBe(2);
  });
});
