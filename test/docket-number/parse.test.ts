import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from '../../lib/docket-number';

describe('parseCaseNumber', () => {
  it('parses a whole string, with or without a label', () => {
    expect(parseCaseNumber('3:08-cv-00159-WHA')).toMatchObject({ office: '3', year: '08', type: 'cv', serial: '00159', judges: ['WHA'], kind: 'district' });
    expect(parseCaseNumber('  Case No. 3:08-cv-00159-WHA  ')).toMatchObject({ office: '3', serial: '00159' });
    expect(parseCaseNumber('Civil Action No. 1:20-cv-03010-APM')).toMatchObject({ year: '20', serial: '03010', judges: ['APM'] });
    expect(parseCaseNumber('CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA')).toMatchObject({ serial: '00159' });
    expect(parseCaseNumber('Bankruptcy Petition #: 09-80591', 'bankruptcy')).toMatchObject({ year: '09', serial: '80591', type: null, kind: 'bankruptcy' });
    expect(parseCaseNumber('Docket #: 17-15589', 'appellate')).toMatchObject({ year: '17', serial: '15589', kind: 'appellate' });
    expect(parseCaseNumber('MDL No. 2168', 'special')).toMatchObject({ serial: '2168', kind: 'mdl' });
    expect(parseCaseNumber('8-09-78585', 'bankruptcy')).toMatchObject({ office: '8', year: '09', serial: '78585' });
  });

  it('accepts short bare serials, since the field is known to hold a case number', () => {
    expect(parseCaseNumber('22-7', 'appellate')).toMatchObject({ year: '22', serial: '7' });
    expect(parseCaseNumber('No. 22-7')).toMatchObject({ year: '22', serial: '7' });
  });

  it('rejects strings that are not exactly one case number', () => {
    for (const s of ['', '   ', 'Case No.', '3:08-cv-00159 and 3:08-cv-00160', 'see 3:08-cv-00159', '3:08-cv-00159 filed',
      '94102-3495', '11-24-11', '2018-ICFO-26258', 'ECF No. 16', 'x'.repeat(500), `${'1'.repeat(200)}-cv-1`]) {
      expect(parseCaseNumber(s, 'district'), s).toBeNull();
    }
  });
});

describe('formatCaseNumber', () => {
  it('prints one canonical form whatever form was read', () => {
    const cases: Array<[string, string | null | undefined, string]> = [
      ['4:21-cv-02632-DMR', 'district', '4:21-cv-02632-DMR'],
      ['4:21–CV–02632–DMR', 'district', '4:21-cv-02632-DMR'],
      ['1:2016-cr-01152', 'district', '1:16-cr-01152'],
      ['1:14-cr-10363-RGS-1', 'district', '1:14-cr-10363-RGS-1'],
      ['6:15cv997', 'district', '6:15-cv-997'],
      ['C 18-03050 JCS', 'district', '18-cv-03050-JCS'],
      ['09-80591', 'bankruptcy', '09-80591'],
      ['09-80591-JAC', 'bankruptcy', '09-80591-JAC'],
      ['8-09-78585-ast', 'bankruptcy', '8-09-78585-ast'],
      ['MDL No 2168', 'special', 'MDL No. 2168'],
    ];
    for (const [input, courtType, expected] of cases) {
      const parts = parseCaseNumber(input, courtType as never);
      expect(parts, input).not.toBeNull();
      expect(formatCaseNumber(parts!)).toBe(expected);
      // The canonical form reads back to the same parts.
      expect(parseCaseNumber(formatCaseNumber(parts!), courtType as never)).toEqual(parts);
    }
  });
});
