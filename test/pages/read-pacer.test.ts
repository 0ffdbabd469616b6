/**
 * The PACER reader on small pages written here: which source names the page's case, when a page
 * claims none, and where the court comes from when the host does not say.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, type PageReading } from '../../lib/pages';
import { parseHtml, type ParsedPage } from '../../scripts/scan';

const opened: ParsedPage[] = [];
function read(url: string, body: string): PageReading {
  const page = parseHtml(`<!DOCTYPE html><html><head><title>CM/ECF</title></head><body>${body}</body></html>`, url);
  opened.push(page);
  return readPage(page.document, url);
}
afterAll(() => {
  for (const p of opened) p.close();
});

const DKT = 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?551234';

describe('PACER page case', () => {
  it('takes the docket header, not an earlier or later number', () => {
    const r = read(DKT, '<p>Related: 1:19-cv-00001-AAA</p><h3>CIVIL DOCKET FOR CASE #: 1:20-cv-10821-GHW</h3><p>Molina v. Example</p><p>see 1:18-cv-00002</p>');
    expect(r.primary?.text).toBe('1:20-cv-10821-GHW');
    expect(r.court).toBe('nysd');
    expect(r.title).toBe('Molina v. Example');
    expect(r.mentions.map((m) => m.text)).toEqual(['1:19-cv-00001-AAA', '1:18-cv-00002']);
  });

  it('reads a header whose label and number touch, and a JPML court prefix', () => {
    expect(read('https://ecf.ca4.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=22-7', '<b>Case Number:</b>22-7').primary?.text).toBe('22-7');
    expect(read('https://ecf.jpml.uscourts.gov/cgi-bin/DktRpt.pl?1', 'CIVIL DOCKET FOR CASE #: NYS/1:22-cv-10283').primary?.text).toBe('1:22-cv-10283');
  });

  it('falls back to the receipt\'s search criteria when the header is missing', () => {
    const r = read(DKT, '<p>entries…</p><table><tr><th>Search Criteria:</th><td>1:20-cv-10821-GHW</td></tr></table>');
    expect(r.primary?.text).toBe('1:20-cv-10821-GHW');
  });

  it('claims no case on an error page, even one that prints a number', () => {
    expect(read(DKT, '<p>Case not found. 1:20-cv-99999 does not exist in this court.</p>').primary).toBeNull();
    expect(read('https://pacer.login.uscourts.gov/csologin/login.jsf', '<p>CIVIL DOCKET FOR CASE #: 1:20-cv-10821</p>').primary).toBeNull();
  });

  it('on an appellate case summary, needs the docket header (a charge confirmation there is not the docket)', () => {
    const url = 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=16-73537';
    expect(read(url, '<b>Download Confirmation</b> Document: PDF Document (Case: 16-73537, Document: 28)').primary).toBeNull();
    expect(read('https://ecf.ca9.uscourts.gov/docs1/009029838552', '<b>Download Confirmation</b> Document: PDF Document (Case: 16-73537, Document: 28)').primary?.text).toBe('16-73537');
  });

  it('bare numbers count on bankruptcy pages, not in a district court\'s entry text', () => {
    const bk = read('https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'Bankruptcy Petition #: 23-10987-ABC<br>Joint administration with 23-10988');
    expect(bk.primary?.text).toBe('23-10987-ABC');
    expect(bk.mentions.map((m) => m.text)).toEqual(['23-10988']);
    const dist = read(DKT, 'CIVIL DOCKET FOR CASE #: 1:20-cv-10821<br>see pages 23-10988 of the record');
    expect(dist.mentions).toEqual([]);
  });

  it('a multi-case page claims a case only when it lists exactly one', () => {
    const url = 'https://ecf.almb.uscourts.gov/cgi-bin/ClaimsActRpt.pl?1';
    const many = read(url, '<p>Case: 18-10724<br>Title: A</p><p>Case: 23-10103<br>Title: B</p>');
    expect(many.primary).toBeNull();
    expect(many.mentions.map((m) => m.text).sort()).toEqual(['18-10724', '23-10103']);
    const one = read(url, '<p>Case: 18-10724<br>Title: A</p><p>Case: 18-10724<br>Title: A</p>');
    expect(one.primary?.text).toBe('18-10724');
    const report = 'https://ecf.cand.uscourts.gov/cgi-bin/WrtOpRpt.pl?1';
    const rows = (ns: string[]): string => `<table>${ns.map((n, i) => `<tr><td><a href="/cgi-bin/DktRpt.pl?${i}">${n} A v. B</a></td></tr>`).join('')}</table>`;
    expect(read(report, rows(['3:11-cv-04454-SI', '4:23-cv-00001-JST'])).primary).toBeNull();
    expect(read(report, rows(['3:11-cv-04454-SI'])).primary?.text).toBe('3:11-cv-04454-SI');
  });

  it('an e-mailed notice takes its court from the links', () => {
    const r = read(
      'https://mail.example.org/message/7',
      '<p>Notice of Electronic Filing</p><b>Case Name:</b> A v. B<br><b>Case Number:</b> <a href="https://ecf.txed.uscourts.gov/cgi-bin/DktRpt.pl?1">9:21-cv-00029-MJT</a><br><a href="https://ecf.txed.uscourts.gov/doc1/1">doc</a>',
    );
    expect(r.pageType).toBe('pacer/nef');
    expect(r.court).toBe('txed');
    expect(r.primary?.text).toBe('9:21-cv-00029-MJT');
    expect(r.title).toBe('A v. B');
  });

  it('a look-alike host is no court', () => {
    const r = read('https://ecf.cand.uscourts.gov.evil.example/cgi-bin/DktRpt.pl?1', 'CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA');
    expect(r.court).toBeNull();
    expect(r.pageType).toBe('pacer/other');
  });

  it('lists the cases of a case-number XML answer, and takes the only one as the page case', () => {
    const xml = (cases: string[]): string => `<request number="16-01152">${cases.map((c) => `<case number="${c}" id="1" title="${c} A v. B"></case>`).join('')}</request>`;
    const many = read('about:blank', xml(['2:16-cr-1152', '2:16-cv-1152']));
    expect(many.pageType).toBe('pacer/case-numbers');
    expect(many.primary).toBeNull();
    expect(many.mentions.map((m) => m.text)).toEqual(['2:16-cr-1152', '2:16-cv-1152']);
    expect(read('about:blank', xml(['3:12-cv-3879'])).primary?.text).toBe('3:12-cv-3879');
  });
});
