/**
 * The background reads a page report's cited courts from the words the content script cut out
 * around each number: keys stay as reported (badges are found by them), the kind follows the
 * court, and no page text is kept.
 */
import { describe, expect, it } from 'vitest';
import { withCitedCourts } from '../../lib/background/page-courts';
import type { PageReport } from '../../lib/messages/schema';
import { readSitePage } from '../../lib/pages';
import { toPageReport } from '../../lib/content/page-report';
import { readPacer } from '../../lib/pages/pacer/read';
import { parseHtml } from '../../scripts/scan';

function contentReport(court: string, entry: string): PageReport {
  const url = `https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?1`;
  const page = parseHtml(`<html><body><h3>CIVIL DOCKET FOR CASE #: 3:17-cv-05264-VC</h3><table><tr><td>${entry}</td></tr></table></body></html>`, url);
  try {
    return toPageReport(readSitePage(page.document, url, readPacer));
  } finally {
    page.close();
  }
}

describe('page report courts', () => {
  it('the content script reports the page court and the words around each number; the background decides', () => {
    const report = contentReport('cand', 'MANDATE of USCA (18-15068, 18-15070) as to 52 Notice. Related case 3:18-cv-01234-VC. Bankr. No. 09-10235.');
    expect(report.mentions.map((m) => [m.text, m.court])).toEqual([['18-15068', 'cand'], ['18-15070', 'cand'], ['3:18-cv-01234-VC', 'cand'], ['09-10235', 'cand']]);
    expect(report.mentions[1]!.cue?.before).toMatch(/MANDATE of USCA \($/);
    const resolved = withCitedCourts(report);
    expect(resolved.mentions.map((m) => [m.text, m.court, m.kind, m.key])).toEqual([
      ['18-15068', 'ca9', 'appellate', '18||15068'],
      ['18-15070', 'ca9', 'appellate', '18||15070'],
      ['3:18-cv-01234-VC', 'cand', 'district', '18|cv|1234|3'],
      ['09-10235', 'canb', 'bankruptcy', '09||10235'],
    ]);
    expect(resolved.mentions.some((m) => 'cue' in m)).toBe(false);
  });

  it('a mention without a cue keeps the court it was reported with', () => {
    const report = contentReport('cand', 'USCA Case Number 19-35011');
    const { cue: _cue, ...bare } = report.mentions[0]!;
    expect(withCitedCourts({ ...report, mentions: [bare] }).mentions[0]!.court).toBe('cand');
  });
});
