import { describe, expect, it } from 'vitest';
import { triggerOf } from '../../../lib/deadlines/suggest/triggers';

describe('the phrase before a date', () => {
  it.each([
    ['Joint Status Report due by ', 'deadline'],
    ['Answer due ', 'deadline'],
    ['Motions due: ', 'deadline'],
    ['file a Joint Rule 26(f) report on or before ', 'deadline'],
    ['by no later than ', 'deadline'],
    ['shall have through and including ', 'deadline'],
    ['Discovery cut-off ', 'deadline'],
    ['Last day to amend or add parties ', 'deadline'],
    ['Pretrial motions to be filed by ', 'deadline'],
    ['Motion Hearing set for ', 'event'],
    ['Motion set for hearing on ', 'event'],
    ['Hearing scheduled for ', 'event'],
    ['341(a) meeting to be held on ', 'event'],
    ['A Frye hearing will be held at ', 'event'],
    ['set Arraignment for ', 'event'],
    ['Jury Selection/Jury Trial-', 'event'],
    ['Confirmation hearing: ', 'event'],
    ['Status Conference continued to ', 'change'],
    ['Motion Hearing reset to ', 'change'],
    ['reset Calendar Call for ', 'change'],
    ["Con't to ", 'change'],
    ['is EXTENDED to ', 'change'],
    ['has been continued from ', 'old'],
    ['Hearing regularly scheduled for ', 'old'],
    ['for the Period from ', 'period'],
    ['Time excluded from ', 'period'],
    ['shall remain sealed until ', 'period'],
    ['discovery hearing held on ', 'past'],
    ['Signed by Judge Amit P. Mehta on ', 'past'],
    ['summons served on ', 'past'],
    ['Service Date ', 'past'],
    ['Nunc Pro Tunc to ', 'past'],
    ['they will submit a report by ', 'by'],
  ])('%j → %s', (lead, role) => {
    expect(triggerOf(lead)?.role).toBe(role);
  });
  it('names what the trigger names', () => {
    expect(triggerOf('reset Calendar Call for ')?.own).toBe('Calendar Call');
    expect(triggerOf('Discovery cut-off ')?.named).toBe('cut-off');
    expect(triggerOf('Redacted Transcript Deadline set for ')?.named).toBe('Deadline');
  });
  it('finds nothing where no phrase leads to the date', () => {
    expect(triggerOf('Amended Warrant Returned Executed on 6/8/04 and ')).toBeNull();
  });
});
