import { describe, expect, it } from 'vitest';
import { citedCourt, type CitedNumber } from '../../lib/pages/cited-court';

const bare = (court: string, before: string, after = ''): CitedNumber => ({ type: null, kind: 'district', court, cue: { before, after } });
const typed = (court: string, kind: 'district' | 'bankruptcy', before: string, after = ''): CitedNumber => ({ type: kind === 'district' ? 'cv' : 'bk', kind, court, cue: { before, after } });

describe('citedCourt', () => {
  it('a court of appeals the words before the list name, or the district\'s own circuit', () => {
    expect(citedCourt(bare('ned', 'SCHEDULING LETTER from USCA - 8th Circuit (case number '))).toBe('ca8');
    expect(citedCourt(bare('lamd', 'Case in other court: 5th Circuit, '))).toBe('ca5');
    expect(citedCourt(bare('txed', 'MANDATE of USCA for the Federal Circuit in Nos. '))).toBe('cafc');
    expect(citedCourt(bare('dcd', 'Judgment of the D.C. Circuit, No. '))).toBe('cadc');
    expect(citedCourt(bare('cand', 'ORDER of USCA: Appeal No. '))).toBe('ca9');
    expect(citedCourt(bare('cand', 'Consolidated appeal Nos. '))).toBe('ca9');
    expect(citedCourt(bare('canb', 'Notice of Appeal to BAP, BAP No. '))).toBe('bap9');
  });

  it('only the phrase right before the list: an earlier sentence or bracket says nothing', () => {
    expect(citedCourt(bare('cand', 'NOTICE OF APPEAL filed by Doe. Related case '))).toBeUndefined();
    expect(citedCourt(bare('cand', '9th Circuit (Related Doc # 12) related matters '))).toBeUndefined();
    expect(citedCourt(bare('cand', 'related matters '))).toBeUndefined();
  });

  it('bankruptcy and district courts of the same district', () => {
    expect(citedCourt(bare('ded', 'BANKRUPTCY APPEAL from Bankruptcy Court case numbers '))).toBe('deb');
    expect(citedCourt(bare('ded', 'record on appeal in Bankr. No. '))).toBe('deb');
    expect(citedCourt({ ...bare('deb', 'District Court Case No. '), kind: 'bankruptcy' })).toBe('ded');
    expect(citedCourt(typed('cand', 'bankruptcy', 'see '))).toBe('canb');
    expect(citedCourt(typed('deb', 'district', 'Civil Action '))).toBe('ded');
    expect(citedCourt(typed('cand', 'district', 'USCA No. '))).toBeUndefined();
  });

  it('a court named in parentheses after the number, after a Westlaw cite and pin too', () => {
    expect(citedCourt(typed('cand', 'district', 'Poe v. Roe, No. ', ' (D. Haw. 2019), and'))).toBe('hid');
    expect(citedCourt(typed('cand', 'district', 'No. ', ', 2020 WL 123456, at *2 (S.D.N.Y. Jan. 3, 2020)'))).toBe('nysd');
    expect(citedCourt(bare('cand', 'No. ', ' (9th Cir. 2019)'))).toBe('ca9');
    expect(citedCourt(typed('cand', 'bankruptcy', 'In re X, No. ', ' (Bankr. D. Del. 2010)'))).toBe('deb');
    // A typed number is no court of appeals', and brackets that name no court say nothing.
    expect(citedCourt(typed('cand', 'district', 'No. ', ' (9th Cir. 2019)'))).toBeUndefined();
    for (const after of [' (Doe v. Roe)', ' (JCS)', ' (Entered: 05/20/2021)', ' (Doc. 12)', ' (D.E. 12)', ' (2019)']) {
      expect(citedCourt(bare('cand', 'Case No. ', after)), after).toBeUndefined();
    }
  });

  it('a J.P.M.L. district prefix', () => {
    expect(citedCourt(typed('jpml', 'district', 'Associated Cases: MDL No. 2873, NYS/'))).toBe('nysd');
    expect(citedCourt(typed('jpml', 'district', '1 in PAE/'))).toBe('paed');
    expect(citedCourt(typed('jpml', 'district', 'XYZ/'))).toBeUndefined();
  });

  it('nothing without a cue or a court', () => {
    expect(citedCourt({ type: null, kind: 'district', court: 'cand' })).toBeUndefined();
    expect(citedCourt(bare(null as unknown as string, 'USCA No. '))).toBeUndefined();
  });
});
