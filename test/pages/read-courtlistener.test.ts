/**
 * The CourtListener reader on small pages built from courtlistener-pages.md: both docket designs,
 * where the court comes from, lower-court numbers on appellate dockets, pages with several numbers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, type PageReading } from '../../lib/pages';
import { parseHtml, type ParsedPage } from '../../scripts/scan';

const opened: ParsedPage[] = [];
function read(url: string, body: string): PageReading {
  const page = parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
  opened.push(page);
  return readPage(page.document, url);
}
afterAll(() => {
  for (const p of opened) p.close();
});

const DOCKET = 'https://www.courtlistener.com/docket/6153771/bandeh-v-apple-inc/';

describe('CourtListener dockets', () => {
  it('new design: number in the heading, court in the hgroup paragraph', () => {
    const r = read(DOCKET, '<hgroup><h1 data-type="search.Docket" data-id="6153771">Bandeh v. Apple Inc. (<span class="whitespace-nowrap">3:17-cv-05264</span>)</h1><p class="text-display-xs">District Court, N.D. California</p></hgroup>');
    expect(r.pageType).toBe('courtlistener/docket');
    expect(r.court).toBe('cand');
    expect(r.primary?.text).toBe('3:17-cv-05264');
    expect(r.title).toBe('Bandeh v. Apple Inc.');
  });

  it('takes the court from the PACER link before the printed name, and from the alert link without one', () => {
    const heading = '<h1 data-type="search.Docket" data-id="1"><span class="select-all">A v. B</span> (<span class="select-all">09-10235</span>)</h1><h2>United States Bankruptcy Court, D. Delaware</h2>';
    expect(read(DOCKET, `${heading}<a href="https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?1">View on PACER</a>`).court).toBe('deb');
    const alert = read(DOCKET, `${heading.replace('D. Delaware', 'Somewhere')}<a href="/alert/docket/new/?pacer_case_id=1&amp;court_id=deb">Get Alerts</a>`);
    expect(alert.court).toBe('deb');
    expect(alert.primary?.key).toBe('09|bk|10235');
  });

  it('on an appellate docket, the linked lower-court number belongs to the lower court', () => {
    const r = read(
      DOCKET,
      '<h1 data-type="search.Docket" data-id="1">State of Hawaii v. Trump (17-15589)</h1><h2>Court of Appeals for the Ninth Circuit</h2>' +
        '<p><span class="meta-data-header">Appealed From:</span> <span class="meta-data-value">D. Haw. (<a href="/?type=r&amp;docket_number=1%3A17-cv-00050&amp;court=hid">1:17-cv-00050</a>)</span></p>' +
        '<div id="docket-entry-table"><div class="row">Consolidated with 17-16426.</div></div>',
    );
    expect(r.court).toBe('ca9');
    expect(r.primary?.text).toBe('17-15589');
    const byText = Object.fromEntries(r.mentions.map((m) => [m.text, m.court]));
    expect(byText).toEqual({ '1:17-cv-00050': 'hid', '17-16426': 'ca9' });
  });

  it('a heading with several numbers names no single page case', () => {
    const r = read(DOCKET, '<h1 data-type="search.Docket" data-id="1">In re X (14-13542, 14-13657)</h1><h2>Court of Appeals for the Eleventh Circuit</h2>');
    expect(r.primary).toBeNull();
    expect(r.mentions.map((m) => m.text)).toEqual(['14-13542', '14-13657']);
  });

  it('a page without the heading claims nothing', () => {
    expect(read(DOCKET, '<p>Page not found</p>').primary).toBeNull();
  });
});

describe('CourtListener search and opinions', () => {
  it('search results: no page case, each number with its own result\'s court', () => {
    const result = (name: string, cite: string, number: string): string =>
      `<article><h3><a href="/docket/1/x/">${name} (${cite})</a></h3><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value">${number}</span></article>`;
    const r = read('https://www.courtlistener.com/?q=x', result('A v. B', 'S.D.N.Y. 2020', '1:20-cv-10821') + result('In re C', 'Bankr. D. Del. 2009', '09-10235'));
    expect(r.primary).toBeNull();
    expect(r.court).toBeNull();
    expect(r.mentions.map((m) => [m.text, m.court])).toEqual([
      ['1:20-cv-10821', 'nysd'],
      ['09-10235', 'deb'],
    ]);
  });

  it('search results of courts cited in their own forms, and a result whose heading comes second', () => {
    const result = (cite: string, number: string, first = ''): string =>
      `<article>${first}<h3><a href="/docket/1/x/">A v. B (${cite})</a></h3><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value">${number}</span></article>`;
    const r = read('https://www.courtlistener.com/?q=x', result('Fed. Cir. 2019', '2019-1234') + result("Ct. Int'l Trade 2020", '1:20-cv-00123') + result('B.A.P. 9th Cir. 2021', '21-1234') + result('D.D.C. 2018', '1:17-cv-02122', '<h3 class="bottom serif"></h3>'));
    expect(r.mentions.map((m) => [m.text, m.court])).toEqual([['2019-1234', 'cafc'], ['1:20-cv-00123', 'cit'], ['21-1234', 'bap9'], ['1:17-cv-02122', 'dcd']]);
  });

  it('opinions: the docket-number fact, court from its printed name; "Unknown" is no number', () => {
    const page = (n: string): string => `<h1 id="caption">A v. B</h1><h4 class="case-court">Court of Appeals for the Eleventh Circuit</h4><ul><li><strong>Docket Number:</strong> ${n}</li></ul>`;
    const r = read('https://www.courtlistener.com/opinion/1/a-v-b/', page('No. 17-1142'));
    expect(r.court).toBe('ca11');
    expect(r.primary?.text).toBe('17-1142');
    expect(read('https://www.courtlistener.com/opinion/1/a-v-b/', page('Unknown')).primary).toBeNull();
  });
});
