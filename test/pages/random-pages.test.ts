/**
 * Property test: readPage and locateMentions on random pages built from court-page pieces never
 * throw, and their answers keep their invariants (the page case is never also a mention, mentions
 * are distinct, every located position holds the number's text). Seeded, so a failure repeats.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { locateMentions, readPage } from '../../lib/pages';
import { parseHtml, type ParsedPage } from '../../scripts/scan';
import { mulberry32 as rng } from '../seeded-random';

const PIECES = [
  'CIVIL DOCKET FOR CASE #: ', 'Bankruptcy Petition #: ', 'Court of Appeals Docket #: ', 'Case Number:', 'Case: ', 'Search Criteria: ',
  '3:08-cv-00159-WHA', '23-10987', '22-7', '8-09-78585-ast', 'MDL No. 2168', '1:14-cr-10363-RGS-1', '6:15cv997', 'NYS/1:22-cv-10283',
  '4:21', '-cv-', '02632', '94102-3495', '415-621-2493', '11-24-11', '2018-ICFO-26258', '19 F.3d 807', 'ECF No. 16',
  'Notice of Electronic Filing', 'Document Selection Menu', 'Download Confirmation', 'General Docket', 'Appeal From: U.S. District Court for Hawaii',
  'Originating Court Information:', 'Case title: ', 'Debtor', 'In re: ', ' v. ', '(', ')', ':', '-', '\u2013', '\u00a0', ' ', '\n',
];
const TAGS = ['b', 'i', 'a href="https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1"', 'td', 'tr', 'table', 'div', 'p', 'br', 'center', 'font size="+1"', 'mark', 'script', 'style', 'h1 data-type="search.Docket"', 'h2', 'article', 'h3', 'span class="meta-data-header"', 'span class="meta-data-value"', 'case number="2:16-cv-1152"', 'request number="1"'];
const URLS = [
  'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1', 'https://ecf.deb.uscourts.gov/cgi-bin/HistDocQry.pl?1', 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=1',
  'https://ecf.almb.uscourts.gov/cgi-bin/ClaimsActRpt.pl?1', 'https://ecf.cand.uscourts.gov/doc1/1', 'https://ecf.cand.uscourts.gov/cgi-bin/iquery.pl?1',
  'https://www.courtlistener.com/docket/1/a-v-b/', 'https://www.courtlistener.com/?q=x', 'https://www.courtlistener.com/opinion/1/a-v-b/',
  'https://www.courtlistener.com/docket/1/2/a-v-b/', 'about:blank', 'not a url',
];

function randomPage(next: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const open: string[] = [];
  let html = '';
  const n = 5 + Math.floor(next() * 60);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.25) {
      const tag = pick(TAGS);
      html += `<${tag}>`;
      open.push(tag.split(' ')[0]!);
    } else if (r < 0.4 && open.length) {
      html += `</${open.pop()}>`;
    } else {
      html += pick(PIECES).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    }
  }
  return html;
}

const opened: ParsedPage[] = [];
afterAll(() => {
  for (const p of opened) p.close();
});

describe('random court-like pages', () => {
  it('never throw and keep the reading\'s invariants', () => {
    const next = rng(20261122);
    for (let i = 0; i < 300; i++) {
      const url = URLS[i % URLS.length]!;
      const body = randomPage(next);
      const page = parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
      opened.push(page);
      const reading = readPage(page.document, url);
      const ids = reading.mentions.map((m) => `${m.court}|${m.key}`);
      expect(new Set(ids).size, body).toBe(ids.length);
      if (reading.primary) expect(ids, body).not.toContain(`${reading.primary.court}|${reading.primary.key}`);
      for (const l of locateMentions(page.document.body, reading)) {
        const printed = l.node.data.slice(l.start, l.end);
        expect(printed === l.match.text || (l.start === 0 && l.match.text.endsWith(printed)), `${printed} / ${l.match.text} in ${body}`).toBe(true);
      }
      page.close();
      opened.pop();
    }
  });
});
