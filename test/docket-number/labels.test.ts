import { describe, expect, it } from 'vitest';
import { labelBefore } from '../../lib/docket-number/labels';

/** The verdict for the number that follows `prefix`. */
const verdict = (prefix: string) => labelBefore(`${prefix}17-15589`, prefix.length);

describe('labelBefore', () => {
  it('recognises case labels as courts print them', () => {
    for (const prefix of [
      'Case No. ', 'CASE NO. ', 'Case No.: ', 'Case #: ', 'Case#', 'Case Number: ', 'Case: ', 'Case ', 'Docket No. ',
      'Docket #: ', 'Appeal No. ', 'Appeal #', 'Appeals court case number: ', 'USCA Case Number ', 'Bankruptcy Petition #: ',
      'Adversary Proceeding #: ', 'Adv. Proc. No. ', 'in Adv. ', 'BAP #', 'Lead Case No. ', 'No. ', '(No. ', 'Cases: ',
      'Nos. ', 'MANDATE of USCA (', 'USCA ', 'Consolidated Appeals ', 'in related matters ', 'related matters: ', 'consolidated with ',
      'Jointly administered with ', 'Case in other court: 5th Circuit, ', 'USCA- 11th Circuit, ', 'Appeal (',
    ]) {
      expect(verdict(prefix).kind, prefix).toBe('label');
    }
  });

  it('denies the labels of other numbers', () => {
    for (const prefix of ['ECF No. ', 'Dkt. No. ', 'Dkt. ', 'Doc. ', 'Document: ', 'Bar No. ', 'State Bar No. ', 'SBN ',
      'Claim No. ', 'Exhibit ', 'Page ', 'pp. ', 'Tel. ', 'Phone: ', 'Fax ', 'EIN ', 'Docket Entry No. ', 'Request No. ']) {
      expect(verdict(prefix).kind, prefix).toBe('denied');
    }
  });

  it('says nothing about ordinary words, brackets, or words glued to other text', () => {
    for (const prefix of ['', 'filed ', 'Proof of Claim (', 'Request(', 'Number ', '# ', 'showcase ', 'xcase ', 'Case No.      ', 'Case\n\n\n\nNo. '.slice(0, 5) + '     ',
      'ECF No. (', 'Exhibit (', 'Doe v. Roe, ', 'filed with ', 'Ninth Circuit ', 'the Circuit; ']) {
      expect(verdict(prefix).kind, JSON.stringify(prefix)).toBe('none');
    }
  });

  it('reads the case type a label names', () => {
    const rows: Array<[string, string | null]> = [
      ['Civil Action No. ', 'cv'], ['Civil No. ', 'cv'], ['Civ. No. ', 'cv'], ['Criminal Action No. ', 'cr'],
      ['Criminal No. ', 'cr'], ['Crim. No. ', 'cr'], ['Cr. No. ', 'cr'], ['Criminal Case No. ', 'cr'], ['Misc. No. ', 'mc'],
      ['Case No. ', null], ['No. ', null], ['Appeal No. ', null], ['Bankruptcy Case No. ', null],
      // An adversary proceeding's number keeps the bankruptcy court's bare form: PACER's own header prints it so.
      ['in Adv. ', null], ['Adv. Pro. No. ', null], ['Adversary Proceeding #: ', null],
    ];
    for (const [prefix, type] of rows) expect(verdict(prefix), prefix).toEqual({ kind: 'label', type });
  });

  it('looks back a bounded distance', () => {
    const far = `Case No.${' '.repeat(10)}`;
    expect(verdict(far).kind).toBe('none');
    expect(verdict(`${'a'.repeat(30)} No. `).kind).toBe('label');
  });
});
