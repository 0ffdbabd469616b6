/**
 * Production tracking as CSV (RFC 4180): one row per release, expected volume, pace and FOIA
 * request, each with its case, in fixed columns (README "Productions CSV"). Fields holding a comma,
 * a double quote, CR or LF are quoted, quotes doubled; lines end in CRLF, the header included.
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) gets a
 * leading apostrophe, so opening the file never runs anything. Pure.
 */
import type { CaseBundle } from '../model/schema';

export const CSV_COLUMNS = [
  'court',
  'docketNumber',
  'caseTitle',
  'kind',
  'date',
  'agency',
  'component',
  'processed',
  'releasedInFull',
  'releasedInPart',
  'withheldInFull',
  'referred',
  'referredTo',
  'exemptions',
  'expectedPages',
  'approximate',
  'perMonth',
  'basis',
  'trackingNumber',
  'note',
  'sourceQuote',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

/** One field as RFC 4180 writes it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: readonly (string | number | boolean | null | undefined)[]): string => `${cells.map(csvField).join(',')}\r\n`;

/** Live records only, cases by court and number, each case's rows by kind then date. */
export function productionsCsv(bundles: readonly CaseBundle[]): string {
  let out = line(CSV_COLUMNS);
  const sorted = [...bundles].filter((b) => !b.case.deleted).sort((a, b) => `${a.case.court} ${a.case.docketNumber}`.localeCompare(`${b.case.court} ${b.case.docketNumber}`));
  for (const b of sorted) {
    const c = { court: b.case.court, docketNumber: b.case.docketNumber, caseTitle: b.case.title };
    const rows: Row[] = [];
    const live = <T extends { deleted: boolean }>(l: readonly T[]): T[] => l.filter((r) => !r.deleted);
    const byDate = <T>(l: T[], date: (x: T) => string): T[] => l.sort((x, y) => date(x).localeCompare(date(y)));
    for (const p of byDate(live(b.productions), (p) => p.date))
      rows.push({
        kind: 'release',
        date: p.date,
        agency: p.agency,
        component: p.component,
        processed: p.pagesReviewed,
        releasedInFull: p.pagesReleased,
        releasedInPart: p.pagesReleasedInPart,
        withheldInFull: p.pagesWithheldInFull,
        referred: p.pagesReferred,
        referredTo: p.referredTo,
        exemptions: p.exemptions.join(' '),
        note: p.note,
        sourceQuote: p.sourceQuote,
      });
    for (const e of byDate(live(b.expected), (e) => e.asOf))
      rows.push({ kind: 'expected', date: e.asOf, agency: e.agency, component: e.component, expectedPages: e.pages, approximate: e.approximate, note: e.note, sourceQuote: e.sourceQuote });
    for (const p of byDate(live(b.paces), (p) => p.from))
      rows.push({ kind: 'pace', date: p.from, agency: p.agency, perMonth: p.perMonth, basis: p.basis, note: p.note, sourceQuote: p.sourceQuote });
    for (const q of byDate(live(b.requests), (q) => q.submitted ?? ''))
      rows.push({ kind: 'request', date: q.submitted, agency: q.agency, trackingNumber: q.trackingNumber, note: q.note });
    for (const r of rows) out += line(CSV_COLUMNS.map((col) => ({ ...c, ...r })[col]));
  }
  return out;
}

/** "docket-margin-productions-cand-3-23-cv-04557-EMC-2026-11-22.csv" (no path characters). */
export function csvFilename(date: string, c?: { court: string; docketNumber: string }): string {
  const which = c ? `-${c.court}-${c.docketNumber}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '') : '';
  return `docket-margin-productions${which}-${date}.csv`;
}
