import { describe, expect, it } from 'vitest';
import { findCaseNumbers, type CaseNumberMatch, type CaseNumberParts } from '../../lib/docket-number';

type Expected = Partial<CaseNumberParts> & { text: string };

/** The only match found in `input`, with the fields a table row cares about. */
function only(input: string, options?: Parameters<typeof findCaseNumbers>[1]): CaseNumberMatch {
  const matches = findCaseNumbers(input, options);
  expect(matches.map((m) => m.text), input).toHaveLength(1);
  return matches[0]!;
}

describe('findCaseNumbers: district forms', () => {
  const rows: Array<[string, Expected]> = [
    ['CIVIL DOCKET FOR CASE #: 4:21-cv-02632-DMR', { text: '4:21-cv-02632-DMR', office: '4', year: '21', type: 'cv', serial: '02632', judges: ['DMR'], defendant: null, kind: 'district' }],
    ['1:03-cv-10051-SAS-DCF', { text: '1:03-cv-10051-SAS-DCF', office: '1', judges: ['SAS', 'DCF'] }],
    ['CRIMINAL DOCKET FOR CASE #: 1:14-cr-10363-RGS-1', { text: '1:14-cr-10363-RGS-1', type: 'cr', judges: ['RGS'], defendant: '1' }],
    ['5:03-cr-00014-RLV-CH-3 USA v. Grand', { text: '5:03-cr-00014-RLV-CH-3', judges: ['RLV', 'CH'], defendant: '3' }],
    ['4:17-cr-00367-SNLJ-1', { text: '4:17-cr-00367-SNLJ-1', judges: ['SNLJ'], defendant: '1' }],
    ['Case 18-cv-03050-JCS Document 1', { text: '18-cv-03050-JCS', office: null, year: '18', type: 'cv', serial: '03050', judges: ['JCS'] }],
    ['Sld Dft 6:15cv997 filed', { text: '6:15cv997', office: '6', year: '15', type: 'cv', serial: '997' }],
    ['also known as Sld Dft 1:03cr76-1 TERMINATED', { text: '1:03cr76-1', office: '1', type: 'cr', serial: '76', defendant: '1' }],
    ['Case No. C 18-03050 JCS', { text: 'C 18-03050 JCS', office: null, year: '18', type: 'cv', serial: '03050', judges: ['JCS'] }],
    ['CV 18-3050', { text: 'CV 18-3050', type: 'cv', serial: '3050', judges: [] }],
    ['Relationship of Cases re C-24-1468-JD. Signed', { text: 'C-24-1468-JD', year: '24', type: 'cv', serial: '1468', judges: ['JD'] }],
    ['No. CV-17-3923-PHX-DLR', { text: 'CV-17-3923-PHX-DLR', year: '17', type: 'cv', serial: '3923', judges: ['PHX', 'DLR'] }],
    ['CR 19-0123 WHA', { text: 'CR 19-0123 WHA', type: 'cr', judges: ['WHA'] }],
    ['USA v. Doe, 1:2016-cr-01152', { text: '1:2016-cr-01152', office: '1', year: '16', type: 'cr', serial: '01152' }],
    ['sortable="2:2016-cv-01152-JJT"', { text: '2:2016-cv-01152-JJT', year: '16', judges: ['JJT'] }],
    ['In re Foo, 1:22-md-03047-YGR', { text: '1:22-md-03047-YGR', type: 'md' }],
    ['2:17-mj-09009-ARM', { text: '2:17-mj-09009-ARM', type: 'mj' }],
    ['5:24-mc-80078', { text: '5:24-mc-80078', type: 'mc' }],
    ['2:02-CV-01431-SJO', { text: '2:02-CV-01431-SJO', type: 'cv' }],
    ['J.P.M.L. district prefix NYS/1:22-cv-10283', { text: '1:22-cv-10283', office: '1', serial: '10283' }],
    ['Doe v. Roe, No. 14 Civ. 7524 (WFK)', { text: '14 Civ. 7524 (WFK)', year: '14', type: 'cv', serial: '7524', judges: ['WFK'] }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(only(input)).toMatchObject(expected);
  });

  it('reads no-break spaces between the parts', () => {
    expect(only('Case No. C\u00a018-03050\u00a0JCS')).toMatchObject({ text: 'C\u00a018-03050\u00a0JCS', judges: ['JCS'] });
    expect(only('No.\u00a014\u00a0Civ.\u00a07524')).toMatchObject({ year: '14', type: 'cv', serial: '7524' });
    expect(only('MDL\u00a0No.\u00a02168').serial).toBe('2168');
  });

  it('reads N.D. Illinois captions', () => {
    expect(only('Case No. 14 C 4313')).toMatchObject({ year: '14', type: 'cv', serial: '4313' });
    expect(only('No. 12 CR 123')).toMatchObject({ year: '12', type: 'cr', serial: '123' });
  });

  it('reads every Unicode dash courts print', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      const text = `4:21${dash}cv${dash}02632${dash}DMR`;
      expect(only(`see ${text} here`)).toMatchObject({ text, office: '4', year: '21', type: 'cv', serial: '02632', judges: ['DMR'] });
    }
  });

  it('does not take ordinary words or over-long tokens as initials', () => {
    expect(only('Case 3:08-cv-00284-TMB and more').text).toBe('3:08-cv-00284-TMB');
    expect(only('1:20-cv-00123-order').text).toBe('1:20-cv-00123');
    expect(only('3:08-cv-00284-ABCDEF').text).toBe('3:08-cv-00284');
    expect(only('Civil Action No. 1:20-cv-123 FOIA').judges).toEqual([]);
    expect(only('CV 18-3050 AND THE').judges).toEqual([]);
    expect(only('CV 18-3050 USA v. Doe').judges).toEqual([]);
  });

  it('keeps a typed number of another court kind as its own kind', () => {
    expect(only('Adversary Case 2:09-ap-00844-SSC Closed').kind).toBe('bankruptcy');
    expect(only('2:09-bk-01707-RJH').kind).toBe('bankruptcy');
    expect(only('2:09-bk-01707-RJH', { courtType: 'district' }).kind).toBe('bankruptcy');
  });
});

describe('findCaseNumbers: bankruptcy and appellate (bare) forms', () => {
  it('counts bare numbers on bankruptcy pages', () => {
    const rows: Array<[string, Expected]> = [
      ['Bankruptcy Petition #: 09-80591', { text: '09-80591', year: '09', serial: '80591', type: null, kind: 'bankruptcy' }],
      ['(09-80591-JAC) [motion]', { text: '09-80591-JAC', judges: ['JAC'] }],
      ['Petition #: 09-45612-abf7 Assigned', { text: '09-45612-abf7', judges: ['abf'] }],
      ['Petition #: 10-01083-8-RDD', { text: '10-01083-8-RDD', serial: '01083', judges: ['RDD'] }],
      ['Petition #: 09-12515-1-rel', { text: '09-12515-1-rel', judges: ['rel'] }],
      ['Case 09-10235-BLS-11 Doc 15', { text: '09-10235-BLS-11', judges: ['BLS'], defendant: null }],
      ['Petition #: 8-09-78585-ast Assigned', { text: '8-09-78585-ast', office: '8', year: '09', serial: '78585', judges: ['ast'] }],
    ];
    for (const [input, expected] of rows) expect(only(input, { courtType: 'bankruptcy' })).toMatchObject(expected);
  });

  it('counts bare numbers on appellate pages', () => {
    for (const n of ['17-15589', '25-2120', '22-11299']) {
      expect(only(`Docket #: ${n} Nature of Suit`, { courtType: 'appellate' })).toMatchObject({ text: n, kind: 'appellate', type: null });
      expect(only(`filed in ${n} today`, { courtType: 'appellate' }).text).toBe(n);
    }
  });

  it('needs a label for a very short bare number, even on an appellate page', () => {
    expect(findCaseNumbers('at 22-7', { courtType: 'appellate' })).toEqual([]);
    expect(only('Appeal No. 22-7', { courtType: 'appellate' })).toMatchObject({ text: '22-7', year: '22', serial: '7' });
    expect(only('No. 22-7')).toMatchObject({ text: '22-7' });
  });

  it('ignores bare numbers on district pages unless a case label precedes them', () => {
    expect(findCaseNumbers('filed 17-15589 and 09-80591', { courtType: 'district' })).toEqual([]);
    expect(findCaseNumbers('filed 17-15589 and 09-80591')).toEqual([]);
    const labelled = [
      'USCA Case Number 18-31050 for 9 Notice',
      'Record on Appeal #18-31050 Electronically',
      'Appeals court case number: 16-4166',
      'Case No. 09-80591',
      'Docket No. 17-15589',
      'Case #: 17-15589',
      'Case Number: 17-15589',
      'Case: 17-15589, 03/15/2018, ID: 10799621',
      'Bankruptcy Case No. 09-80591',
      'Adversary Proceeding #: 10-05021-mss',
      'BAP #09-87 (related',
    ];
    for (const input of labelled) expect(findCaseNumbers(input, { courtType: 'district' }), input).toHaveLength(1);
  });

  it('the bare option counts bare numbers whatever the court', () => {
    expect(only('filed 17-15589 today', { bare: true }).text).toBe('17-15589');
    expect(findCaseNumbers('filed 17-15589 today', { courtType: 'appellate', bare: false })).toEqual([]);
  });

  it('finds MDL numbers', () => {
    for (const s of ['MDL No. 2168', 'MDL No 2168', 'MDL 2168', 'MDL-2168']) {
      expect(only(`CIVIL DOCKET FOR CASE #: ${s} IN RE`)).toMatchObject({ text: s, serial: '2168', kind: 'mdl' });
    }
  });
});

describe('findCaseNumbers: never a case number', () => {
  const negatives = [
    'Filed 11-24-11', 'entered 7-25-11', 'dated 2011-11-24', 'San Francisco, CA 94102-3495',
    'Tel. 415-621-2493', '(415) 621-2493', 'Phone: 1-800-555-1234', 'F.3d at 812-13', 'pages 20-23',
    'FOIA request 2018-ICFO-26258', '19 F.3d 807', 'ECF No. 16', 'ECF No. 16-3', 'Dkt. 16', 'Dkt. No. 45-2',
    'Doc. 12-1', 'SBN 123456', 'Bar No. 12-3456', 'State Bar No. 12-34567', 'Claim No. 10-1', 'at 10:30 a.m.',
    '$12-345', 'Bates DEF000123-DEF000145', 'Exhibit 12-345', 'EIN 12-3456789', 'a1:21-cv-02632',
    '21-cv-02632-9999999', '1:21-cv-026321234567', 'x21-cv-02632', '12pt5', 'Page 12-345', 'ssn xxx-xx-1234',
    '3.5-12', '10/12-345', 'Exhibit C 12-345', 'Schedule C 10-1234', 'See M-10-468 Second Amended Standing Order',
    'over 20 M 2019', 'Agreement pgs 99-124# 9 Exhibit E', 'L.R. 16-203', 'Local Rule 9013-1', '11 U.S.C. § 10-123', '¶ 12-345',
  ];
  it.each(negatives)('%s', (input) => {
    for (const courtType of ['district', 'bankruptcy', 'appellate', null] as const) {
      expect(findCaseNumbers(input, { courtType }).map((m) => m.text), `${input} (${courtType})`).toEqual([]);
    }
  });
});

describe('findCaseNumbers: letters and digits around a number, beyond ASCII', () => {
  it('a letter or digit of any common script glued to a number makes it part of a longer token', () => {
    for (const glued of ['é4:21-cv-02632', 'Ж4:21-cv-02632', '²4:21-cv-02632', '4:21-cv-02632ñ', '4:21-cv-02632٣', '4:21-cv-02632Ω', '漢4:21-cv-02632']) {
      expect(findCaseNumbers(glued).map((m) => m.text), glued).toEqual([]);
    }
  });
  it('punctuation and spaces of other blocks are not letters', () => {
    for (const [text, want] of [['§4:21-cv-02632', '4:21-cv-02632'], ['4:21-cv-02632。', '4:21-cv-02632'], ['«4:21-cv-02632»', '4:21-cv-02632'],
      ['\u30004:21-cv-02632\u2002', '4:21-cv-02632'], ['“4:21-cv-02632”', '4:21-cv-02632'], ['4:21-cv-02632×2', '4:21-cv-02632']] as const) {
      expect(findCaseNumbers(text).map((m) => m.text), text).toEqual([want]);
    }
  });
});

describe('findCaseNumbers: positions and keys', () => {
  it('reports exact offsets, in text order, without overlaps', () => {
    const text = 'See 3:08-cv-00159-WHA, 18-cv-03050-JCS and MDL No. 2168.';
    const matches = findCaseNumbers(text);
    expect(matches.map((m) => m.text)).toEqual(['3:08-cv-00159-WHA', '18-cv-03050-JCS', 'MDL No. 2168']);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives the identity key of the court type it was asked about', () => {
    expect(only('Case No. 09-80591', { courtType: 'bankruptcy' }).key).toBe('09|bk|80591');
    expect(only('Case No. 17-15589', { courtType: 'appellate' }).key).toBe('17||15589');
    expect(only('3:23-cv-04557-EMC').key).toBe('23|cv|4557|3');
    expect(only('MDL No. 2168').key).toBe('|mdl|2168');
  });
});

describe('findCaseNumbers: forms from opinions and captions', () => {
  it('takes the case type from a label that names it', () => {
    expect(only('Civil Action No. 17-2122 (TSC)')).toMatchObject({ year: '17', type: 'cv', serial: '2122', judges: ['TSC'], kind: 'district', key: '17|cv|2122' });
    expect(only('Criminal Action No. 17-201 (ABJ)')).toMatchObject({ type: 'cr', serial: '201', key: '17|cr|201' });
    expect(only('Civil Action No. 17-2122', { courtType: 'bankruptcy' })).toMatchObject({ type: 'cv', kind: 'district' });
  });

  it('reads Second Circuit numbers with their type suffix as the plain appeal', () => {
    expect(only('No. 15-2318-cv', { courtType: 'appellate' })).toMatchObject({ text: '15-2318-cv', serial: '2318', judges: [], key: '15||2318' });
    expect(findCaseNumbers('Nos. 22-956-ag(L), 22-1000', { courtType: 'appellate' }).map((m) => m.text)).toEqual(['22-956-ag', '22-1000']);
  });

  it('takes a four-digit year only after a label', () => {
    expect(only('No. 2017-2229', { courtType: 'appellate' })).toMatchObject({ text: '2017-2229', year: '17', serial: '2229', key: '17||2229' });
    expect(findCaseNumbers('from 2011-2012 the', { courtType: 'appellate' })).toEqual([]);
  });
});

describe('findCaseNumbers: numbers cited together', () => {
  const texts = (input: string, courtType: Parameters<typeof findCaseNumbers>[1] extends infer O ? O extends { courtType?: infer C } ? C : never : never = 'district') =>
    findCaseNumbers(input, { courtType }).map((m) => m.text);

  it('a list after one label: every number counts, on a district page too', () => {
    expect(texts('Consolidated appeal Nos. 19-35011 and 19-35023')).toEqual(['19-35011', '19-35023']);
    expect(texts('MANDATE of USCA (18-15068, 18-15070) as to 52')).toEqual(['18-15068', '18-15070']);
    expect(texts('Appeal Nos. 19-35011, 19-35023, and 19-35040 are consolidated')).toEqual(['19-35011', '19-35023', '19-35040']);
    expect(texts('Jointly administered with 09-11183; 09-11184 & 09-11185')).toEqual(['09-11183', '09-11184', '09-11185']);
  });

  it('a list goes on after each number\'s parenthetical, across the line breaks of wrapped court HTML', () => {
    const input = 'in related matters 23-1194 (Acme v. Beta Pharma Private Ltd., et al.), 23-1197\n                    (Acme v. Gamma), and 23-1190 (Acme v. Delta).';
    expect(texts(input)).toEqual(['23-1194', '23-1197', '23-1190']);
  });

  it('a bare number listed after a typed one takes its type; a labelled list its label\'s type', () => {
    const [, second, third] = findCaseNumbers('related cases 3:20-cv-01234, 20-1235 (Doe v. Roe), and 20-1240 (Poe v. Roe)', { courtType: 'district' });
    expect([second!.key, third!.key]).toEqual(['20|cv|1235', '20|cv|1240']);
    expect(findCaseNumbers('Civil Action Nos. 17-2122 and 17-2123 (TSC)').map((m) => m.key)).toEqual(['17|cv|2122', '17|cv|2123']);
    expect(findCaseNumbers('Adv. Pro. Nos. 10-50123 and 10-50124', { courtType: 'district' }).map((m) => [m.key, m.kind])).toEqual([['10||50123', 'district'], ['10||50124', 'district']]);
  });

  it('an elided serial carries the first number\'s office, year and type', () => {
    const found = findCaseNumbers('Case Nos. 1:21-cv-00100, -00101, and -00102-SLE are consolidated');
    expect(found.map((m) => [m.text, m.key])).toEqual([['1:21-cv-00100', '21|cv|100|1'], ['-00101', '21|cv|101|1'], ['-00102-SLE', '21|cv|102|1']]);
    const text = 'Case Nos. 1:21-cv-00100, -00101, and -00102-SLE are consolidated';
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Only as wide as the first serial, and only right after a number.
    expect(texts('Case No. 1:21-cv-00100, -5 days later')).toEqual(['1:21-cv-00100']);
    expect(texts('the balance, -00101 dollars')).toEqual([]);
  });

  it('a range written out gives each number, placed where its first number ends', () => {
    const text = 'Certified copy of JUDGMENT of USCA in Nos. 17-15589 through 17-15592 as to 220';
    const found = findCaseNumbers(text);
    expect(found.map((m) => m.text)).toEqual(['17-15589', '17-15590', '17-15591', '17-15592']);
    const first = found[0]!;
    for (const implied of found.slice(1, 3)) expect([implied.start, implied.end, implied.listStart]).toEqual([first.end, first.end, first.start]);
    expect(texts('Chapter 11 Cases, 09-10690 Through 09-10694, Commenced', 'bankruptcy')).toHaveLength(5);
    expect(texts('Cases 1:21-cv-00100 thru 1:21-cv-00102')).toEqual(['1:21-cv-00100', '1:21-cv-00101', '1:21-cv-00102']);
  });

  it('a range only where a court writes one: not across courts\' series, not backwards, not too wide', () => {
    expect(texts('Nos. 17-15589 and 17-15592')).toEqual(['17-15589', '17-15592']);
    expect(texts('Nos. 17-15592 through 17-15589')).toEqual(['17-15592', '17-15589']);
    expect(texts('Cases 1:21-cv-00100 through 2:21-cv-00103')).toEqual(['1:21-cv-00100', '2:21-cv-00103']);
    expect(texts('Cases 1:21-cv-00100 through 1:21-cr-00103')).toEqual(['1:21-cv-00100', '1:21-cr-00103']);
    expect(texts('Nos. 17-15589 through 17-25589')).toEqual(['17-15589', '17-25589']);
  });

  it('the list so far can be handed over: a scan from the middle of a list goes on with it', () => {
    const text = 'Consolidated appeal Nos. 19-35011 and\n19-35023 and 19-35040';
    const [head] = findCaseNumbers(text, { to: text.indexOf('\n') + 1 });
    expect(findCaseNumbers(text, { from: text.indexOf('\n') + 1 }).map((m) => m.text)).toEqual([]);
    expect(findCaseNumbers(text, { from: text.indexOf('\n') + 1, after: head }).map((m) => m.text)).toEqual(['19-35023', '19-35040']);
  });

  it('never lists what is not a case number', () => {
    for (const input of [
      'ECF Nos. 21, 23', 'Exhibits 12-345 and 12-346', 'Claim Nos. 4-1 and 5-1', '§§ 10-123 and 10-124',
      'FOIA request Nos. 2018-ICFO-26258 and 2018-ICFO-26259', 'hearings on 11-24-09 and 12-01-09', 'pages 12-15 and 17-19',
      'Document Nos. 12-1 through 12-5', 'Invoice Nos. 18-15068 and 18-15070', 'Telephone numbers 302-836-1905 and 302-836-1906',
      'receipt numbers 0971-12345678 and 0971-12345679', 'State Bar Nos. 123-456 and 123-457', 'Dkt. 12-345, 12-346',
    ]) {
      for (const courtType of ['district', 'bankruptcy', 'appellate'] as const) expect(texts(input, courtType), `${input} (${courtType})`).toEqual([]);
    }
    // After a case number: a pin cite, a month and year, a short serial.
    expect(texts('No. 3:20-cv-01234, 2021 WL 123456, at *3-4')).toEqual(['3:20-cv-01234']);
    expect(texts('USCA Case Number 19-35011, 10-2019 briefing')).toEqual(['19-35011']);
    expect(texts('Case No. 3:20-cv-01234, 12-13')).toEqual(['3:20-cv-01234']);
    expect(texts('Case No. 19-35011, 2019-2020 term')).toEqual(['19-35011']);
  });
});

describe('findCaseNumbers: the N.D. Cal. legacy prefix glued to the year', () => {
  it('counts with judge initials or a label', () => {
    expect(only('related to C04-1234 JSW today')).toMatchObject({ text: 'C04-1234 JSW', year: '04', type: 'cv', serial: '1234', judges: ['JSW'] });
    expect(only('No. C04-1234')).toMatchObject({ text: 'C04-1234', judges: [] });
    expect(only('Case No. CR19-0123-WHA')).toMatchObject({ type: 'cr', judges: ['WHA'] });
    expect(only('W.D. Wash. CASE NO. C20-1234-JLR')).toMatchObject({ year: '20', serial: '1234', judges: ['JLR'] });
    expect(findCaseNumbers('C 04-1234 JSW, C04-1235 JSW').map((m) => m.text)).toEqual(['C 04-1234 JSW', 'C04-1235 JSW']);
  });

  it('not alone, not after a word or a denial, not for other prefixes', () => {
    for (const input of ['Shipment C04-1234 arrived', 'ABC04-1234 JSW', 'Exhibit C04-1234 JSW', 'MC04-1234 JSW', 'Civ04-1234 JSW']) {
      expect(findCaseNumbers(input).map((m) => m.text), input).toEqual([]);
    }
  });
});
