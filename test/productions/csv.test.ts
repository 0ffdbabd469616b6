/** Productions CSV: RFC 4180 quoting and CRLF, fixed columns, live records, no formulas. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFilename, productionsCsv } from '../../lib/productions/csv';
import { emptyBundle, type CaseBundle } from '../../lib/model/schema';

const meta = (id: string) => ({ id, stamp: 's', deviceId: 'd', deleted: false });
const parts = { office: '3', year: '23', type: 'cv', serial: '04557', judges: [], defendant: null, kind: 'district' as const };

function bundle(docketNumber: string, title: string): CaseBundle {
  return emptyBundle({ ...meta(`c-${docketNumber}`), court: 'cand', key: docketNumber, looseKey: docketNumber, docketNumber, parts, title, tags: [], createdAt: '' });
}

/** A reader of what the writer writes: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes, CR and LF, and doubles quotes', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 12, true, null].map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\rhere"', '12', 'true', '']);
  });
  it('keeps a spreadsheet from running text as a formula', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'].map(csvField)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2", "'@SUM(A1)"]);
  });
});

describe('productionsCsv', () => {
  const a = bundle('3:23-cv-04557-EMC', 'Doe v. ICE, et al.');
  a.productions.push(
    { ...meta('p2'), caseId: a.case.id, date: '2023-04-14', agency: 'ICE', component: 'HSI', pagesReviewed: 400, pagesReleased: 100, pagesReleasedInPart: 250, pagesWithheldInFull: 50, pagesReferred: 0, referredTo: '', exemptions: [], note: 'second', sourceQuote: '' },
    { ...meta('p1'), caseId: a.case.id, date: '2023-03-15', agency: 'ICE', component: '', pagesReviewed: 500, pagesReleased: 30, pagesReleasedInPart: 212, pagesWithheldInFull: 248, pagesReferred: 10, referredTo: 'CBP', exemptions: ['(b)(6)', '(b)(7)(C)'], note: 'line one\nline two', sourceQuote: 'On March 15, 2023, ICE made its "third" release.' },
    { ...meta('gone'), deleted: true, caseId: a.case.id, date: '2023-01-01', agency: 'X', component: '', pagesReviewed: 1, pagesReleased: 0, pagesReleasedInPart: 0, pagesWithheldInFull: 0, pagesReferred: 0, referredTo: '', exemptions: [], note: '', sourceQuote: '' },
  );
  a.expected.push({ ...meta('e1'), caseId: a.case.id, agency: 'ICE', component: 'OPLA', pages: 2947, approximate: true, asOf: '2021-07-13', note: '', sourceQuote: '' });
  a.paces.push({ ...meta('r1'), caseId: a.case.id, agency: '', perMonth: 500, from: '2021-08-01', basis: 'order', note: '', sourceQuote: '' });
  a.requests.push({ ...meta('q1'), caseId: a.case.id, agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: null, note: '' });
  const text = productionsCsv([a]);

  it('ends every record, the header included, in CRLF and has no bare LF outside quotes', () => {
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes one row per live record, releases by date, then expected, paces, requests', () => {
    const rows = parseCsv(text).slice(1);
    const col = (r: string[], c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
    expect(rows.map((r) => [col(r, 'kind'), col(r, 'date')])).toEqual([
      ['release', '2023-03-15'],
      ['release', '2023-04-14'],
      ['expected', '2021-07-13'],
      ['pace', '2021-08-01'],
      ['request', ''],
    ]);
    const first = rows[0]!;
    expect([col(first, 'caseTitle'), col(first, 'processed'), col(first, 'referredTo'), col(first, 'exemptions'), col(first, 'note'), col(first, 'sourceQuote')]).toEqual([
      'Doe v. ICE, et al.',
      '500',
      'CBP',
      '(b)(6) (b)(7)(C)',
      'line one\nline two',
      'On March 15, 2023, ICE made its "third" release.',
    ]);
    expect([col(rows[2]!, 'expectedPages'), col(rows[2]!, 'approximate'), col(rows[3]!, 'perMonth'), col(rows[3]!, 'basis'), col(rows[4]!, 'trackingNumber')]).toEqual(['2947', 'true', '500', 'order', '2018-ICFO-26258']);
  });

  it('is the header alone for no cases, and leaves deleted cases out', () => {
    expect(productionsCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(productionsCsv([{ ...a, case: { ...a.case, deleted: true } }])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('names files without path characters', () => {
    expect(csvFilename('2026-11-22', { court: 'cand', docketNumber: '3:23-cv-04557-EMC' })).toBe('docket-margin-productions-cand-3-23-cv-04557-EMC-2026-11-22.csv');
    expect(csvFilename('2026-11-22', { court: 'cand', docketNumber: '../../x y' })).toBe('docket-margin-productions-cand-x-y-2026-11-22.csv');
    expect(csvFilename('2026-11-22')).toBe('docket-margin-productions-2026-11-22.csv');
  });
});
