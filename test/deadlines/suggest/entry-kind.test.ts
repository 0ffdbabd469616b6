import { describe, expect, it } from 'vitest';
import { entryKind, leadDocument, shortDocumentName, titleCase } from '../../../lib/deadlines/suggest/entry-kind';

describe('entry kinds', () => {
  it.each([
    ['BNC Certificate of Mailing - Hearing', 'quotesOnly'],
    ['Affidavit/Declaration of Service re: HEARING CANCELLED.', 'quotesOnly'],
    ['Chapter 11 Voluntary Petition Fee Amount $1039 Filed by', 'quotesOnly'],
    ['Voluntary Petition for Individuals Schedules & Statements', 'quotesOnly'],
    ['MOTION for Extension of Time to File Answer until June 5, 2020', 'request'],
    ['Joint STIPULATION to continue hearing to 5/5/2020 by Plaintiff', 'request'],
    ['EX PARTE APPLICATION for Further Time to File responsive pleading to 5/26/2006', 'request'],
    ['Notice to Court Requesting Continuance of Hearing on Motion', 'request'],
    ['ORDER granting 35 Motion for Extension of Time to File Answer', 'courtAct'],
    ['STIPULATION AND ORDER continuing trial date', 'courtAct'],
    ['MINUTES: Final Pretrial Conference set for', 'courtAct'],
    ['Notice of deficient filing regarding bankruptcy petition.', 'deficiency'],
  ] as const)('%s → %s', (text, flag) => {
    expect(entryKind(text)[flag]).toBe(true);
  });
  it('an order on a motion is not a request', () => {
    expect(entryKind('Motion to Continue Hearing. GRANTED. Hearing reset for 5/5/2020.').request).toBe(false);
    expect(entryKind('Consent Motion to Extend Deadline, with Proposed Order').request).toBe(true);
  });
  it.each([
    ['MOTION to Dismiss for Failure to State a Claim by Ricky Babin', 'Motion to Dismiss'],
    ['Motion for Relief from Stay, Real property located at 16466 Main Street', 'Motion for Relief from Stay'],
    ['Monthly Application for Compensation (Third) of KPMG', 'Monthly Application for Compensation'],
    ['Ex Parte ORDER Granting Motion to Shorten Time for Hearing on Trustee\'s Motion to Approve Compromise Regarding Rents', 'Motion to Approve Compromise'],
    ['Order Granting Motion To Continue/Reschedule Hearing On', null],
    ['Summons Issued as to Apple Inc.', null],
  ])('lead document of %s', (text, name) => {
    expect(leadDocument(text)).toBe(name);
  });
  it('short names and title case', () => {
    expect(shortDocumentName('Application for Compensation Application of Akin Gump')).toBe('Application for Compensation');
    expect(titleCase('MOTION to dismiss')).toBe('Motion to Dismiss');
    expect(titleCase('Objections to R&R')).toBe('Objections to R&R');
  });
});
