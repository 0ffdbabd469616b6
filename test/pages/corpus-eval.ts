/**
 * Reads every page of the real PACER corpus (../shared/corpus/pacer) with readPage and compares
 * the page's own case with the ground truth by identity. Shared by the corpus test and the
 * page-scan benchmark. Nothing here knows a file name or a court: only the index's fields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courtInfo, courtType, pacerIdFromCourtListener } from '../../lib/courts';
import { parseCaseNumber } from '../../lib/docket-number';
import { caseKey, sameCase } from '../../lib/docket-number/identity';
import { readPage, type PageReading } from '../../lib/pages';
import { parseHtml } from '../../scripts/scan';

export interface CorpusEntry {
  file: string;
  court_id: string | null;
  page_type: string;
  docket_number: string | null;
  docket_numbers: string[];
  case_name: string | null;
  ground_truth: string;
  serve_as_url: string | null;
  bytes: number;
}

export function loadIndex(corpus: string): CorpusEntry[] {
  return JSON.parse(readFileSync(join(corpus, 'pacer/index.json'), 'utf8')) as CorpusEntry[];
}

/** The index names courts the way juriscraper's tests do (PACER ids, and `nebraskab`). */
export function pacerCourt(courtId: string | null): string | null {
  if (!courtId) return null;
  return courtInfo(courtId) ? courtId : pacerIdFromCourtListener(courtId);
}

/**
 * Where the page would be seen: `serve_as_url`, else an address derived from the court id (the
 * e-mailed notices: their court's host; the XML answers without a court: about:blank). The reader
 * also takes a notice's court from its links when read away from the court's host (unit tests).
 */
export function urlFor(entry: CorpusEntry): string {
  if (entry.serve_as_url) return entry.serve_as_url;
  const court = pacerCourt(entry.court_id);
  if (!court) return 'about:blank';
  const host = `https://ecf.${court}.uscourts.gov`;
  return entry.file.endsWith('.xml') ? `${host}/cgi-bin/possible_case_numbers.pl` : `${host}/`;
}

export interface PageResult {
  entry: CorpusEntry;
  url: string;
  reading: PageReading;
  /** The ground truth's court (PACER id). */
  court: string | null;
}

export function readEntry(corpus: string, entry: CorpusEntry): PageResult {
  const url = urlFor(entry);
  const html = readFileSync(join(corpus, 'pacer', entry.file), 'utf8');
  const page = parseHtml(html, url);
  try {
    return { entry, url, reading: readPage(page.document, url), court: pacerCourt(entry.court_id) };
  } finally {
    page.close();
  }
}

/** Is `docketNumber` (ground truth, judge initials stripped) the same case as the reading's `m` in `court`? */
export function matchesTruth(court: string | null, docketNumber: string, m: { court: string | null; key: string } | null): boolean {
  if (!m || m.court !== court) return false;
  const type = courtType(court);
  const truth = parseCaseNumber(docketNumber, type);
  if (!truth) throw new Error(`ground truth ${docketNumber} does not parse`);
  return sameCase(caseKey(court ?? '-', truth, type), `${court ?? '-'}|${m.key}`);
}

/** Ground-truth numbers of a multi-case page that the reading lists (as primary or mention). */
export function listed(result: PageResult): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  const all = [...(result.reading.primary ? [result.reading.primary] : []), ...result.reading.mentions];
  for (const dn of result.entry.docket_numbers) {
    if (all.some((m) => matchesTruth(result.court, dn, m))) found.push(dn);
    else missing.push(dn);
  }
  return { found, missing };
}

/**
 * juriscraper's own reasons to refuse a page that are about how it was saved, not about what it
 * shows (its BaseReport/DocketReport error strings: a browser extension's injected script, a
 * docket saved in text format). Such a page still prints its case to the user.
 */
export function savedPageArtifact(corpus: string, entry: CorpusEntry): string | null {
  const html = readFileSync(join(corpus, 'pacer', entry.file), 'utf8');
  if (/MetaMask[\s\S]{0,2000}web3/i.test(html)) return 'MetaMask script injected into the saved page';
  if (/console\.log\("[^"\n]{0,200}CloudMask/i.test(html)) return 'CloudMask script injected into the saved page';
  if (/Format:\s*text/i.test(html)) return 'docket saved in text format';
  return null;
}
