import { describe, expect, it } from 'vitest';
import { kindOf, titleOf, trailingTitle } from '../../../lib/deadlines/suggest/title';

const t = (subject: string, extra: Partial<Parameters<typeof titleOf>[0]> = {}) =>
  titleOf({ subject, hearingTrigger: false, event: false, matter: null, ...extra });

describe('titles', () => {
  it.each([
    ['Initial Case Management Scheduling Order with ADR Deadlines: Case Management Statement', 'Case Management Statement'],
    ['Counsel are hereby notified that a Scheduling Conference has been', 'Scheduling Conference'],
    ['before Judge Kobayashi Defendant\'s Motions are to be', "Defendant's Motions"],
    ['SCHEDULING ORDER as to Adama Kane Sentencing', 'Sentencing'],
    ['The parties will appear for the status conference already', 'Status Conference'],
    ['and they will submit to the court a Joint Status Report concerning those search strings', 'Joint Status Report'],
    ['Counsel are directed to comply with Rule 26(f) and to file a Joint Rule 26(f) report', 'Joint Rule 26(f) Report'],
    ['Objections to R&R', 'Objections to R&R'],
    ['Chapter 11 Plan', 'Chapter 11 Plan'],
    ['Plaintiff shall respond to the motion', 'Response'],
  ])('%s → %s', (subject, title) => {
    expect(t(subject)).toBe(title);
  });
  it('generic names say what they are about', () => {
    expect(t('Replies', { matter: 'Motion to Dismiss' })).toBe('Reply re Motion to Dismiss');
    expect(t('Hearing', { event: true, matter: 'Motion for Relief from Stay' })).toBe('Hearing re Motion for Relief from Stay');
    expect(t('Objections', { matter: null })).toBe('Objection');
  });
  it('a motion set for hearing is its hearing; the trigger may name the deadline', () => {
    expect(t('Motion', { hearingTrigger: true, event: true })).toBe('Motion Hearing');
    expect(t('Both motions have been', { event: true })).toBe('Motions Hearing');
    expect(t('Discovery', { named: 'cut-off' })).toBe('Discovery Cut-off');
    expect(t('anything', { own: 'Calendar Call' })).toBe('Calendar Call');
    expect(t('The defendant has', { after: ' to reply to filing 35 as to Joseph J. Benz' })).toBe('Reply');
  });
  it('drops party names and prose before the name', () => {
    expect(trailingTitle('filed by Bayview Loan Servicing, LLC')).toBe('');
  });
  it.each([
    ['Case Management Conference', true, 'hearing'],
    ['Jury Trial', true, 'hearing'],
    ['Meeting of Creditors', true, 'hearing'],
    ['Joint Status Report', false, 'filing'],
    ['Reply re Motion to Dismiss', false, 'filing'],
    ['Discovery Cut-off', false, 'other'],
    ['Filing Fee', false, 'other'],
    ['Meet and Confer', false, 'other'],
  ] as const)('%s is a %s', (title, event, kind) => {
    expect(kindOf(title, event)).toBe(kind);
  });
});
