/**
 * The background holds a content script's report against the sender's real URL (page-origin.ts).
 * Unit cases for forged reports, and on every real corpus page read at the URL it is served under,
 * the check keeps the page case the reader found: honest pages lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { originAllowsCourt, pageOriginOf, sanitizeReport } from '../../lib/background/page-origin';
import { toPageReport } from '../../lib/content/page-report';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { loadIndex, readEntry } from '../pages/corpus-eval';
import { pageReport } from '../store/helpers';

describe('pageOriginOf', () => {
  it('names the court of a PACER host, CourtListener as a site, and nothing else', () => {
    expect(pageOriginOf('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1')).toEqual({ site: 'pacer', court: 'cand' });
    expect(pageOriginOf('https://ECF.NYSB.USCOURTS.GOV./x')).toEqual({ site: 'pacer', court: 'nysb' });
    expect(pageOriginOf('https://www.cand.uscourts.gov/cases')).toEqual({ site: 'pacer', court: null });
    expect(pageOriginOf('https://www.courtlistener.com/docket/1/x/')).toEqual({ site: 'courtlistener' });
    for (const url of ['https://ecf.cand.uscourts.gov.evil.example/', 'https://evil-uscourts.gov/', 'file:///ecf.cand.uscourts.gov/x', 'not a url', null])
      expect(pageOriginOf(url), String(url)).toBeNull();
  });

  it('lets a page act for its own court only (any court on CourtListener)', () => {
    expect(originAllowsCourt({ site: 'pacer', court: 'cand' }, 'cand')).toBe(true);
    expect(originAllowsCourt({ site: 'pacer', court: 'cand' }, 'nysd')).toBe(false);
    expect(originAllowsCourt({ site: 'pacer', court: null }, 'cand')).toBe(false);
    expect(originAllowsCourt({ site: 'courtlistener' }, 'nysd')).toBe(true);
    expect(originAllowsCourt(null, 'cand')).toBe(false);
  });
});

describe('sanitizeReport', () => {
  const cand = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';
  it('keeps an honest report, under the real URL', () => {
    const r = pageReport('cand', '23-cv-04557', [{ text: '1:22-cv-10101', court: 'nysd' }]);
    expect(sanitizeReport({ ...r, url: 'https://claimed.example/' }, cand)).toEqual({ ...r, url: cand });
  });
  it('drops a page case claimed for another court, or on a host naming none; keeps the mentions', () => {
    const r = pageReport('nysd', '1:22-cv-10101', [{ text: '23-cv-04557' }]);
    expect(sanitizeReport(r, cand)).toEqual({ ...r, url: cand, court: 'cand', primary: null });
    expect(sanitizeReport(r, 'https://www.nysd.uscourts.gov/x')).toMatchObject({ court: null, primary: null, mentions: r.mentions });
    expect(sanitizeReport(r, null)).toMatchObject({ court: null, primary: null });
  });
});

const corpus = corpusDir();
describe('on real PACER pages at their URLs', () => {
  it('keeps every page case the reader finds', (ctx) => {
    if (!corpus) {
      console.log(CORPUS_SKIP_MESSAGE);
      ctx.skip();
      return;
    }
    let kept = 0;
    const lost: string[] = [];
    for (const entry of loadIndex(corpus)) {
      const { url, reading } = readEntry(corpus, entry);
      if (!reading.primary || !/^https?:/.test(url)) continue;
      const report = toPageReport(reading);
      if (sanitizeReport(report, url).primary) kept++;
      else lost.push(`${entry.file}: ${reading.primary.text} in ${reading.court} at ${url}`);
    }
    console.log(`page case kept on ${kept} of ${kept + lost.length} corpus pages read at their URLs`);
    expect(lost).toEqual([]);
    expect(kept).toBeGreaterThan(100);
  }, 120_000);
});
