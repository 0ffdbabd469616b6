/**
 * The sparse text index (blocks that cannot hold a case number taken whole, past the page's first
 * EXACT_CHARS) is an optimisation, never a change in what is read: the page's case, court, title
 * and mentions, and where each mention is located for badges, must be what an exact index of every
 * node gives. Checked on built pages aimed at its edges (a label split over the cells of the row
 * before a number, a denial word, scripts in rows), on random long pages, and on every corpus page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstCaseNumberCandidate } from '../../lib/docket-number';
import { EXACT_CHARS, locateMentions, readPage, type PageReading } from '../../lib/pages';
import { indexText } from '../../lib/pages/text-index';
import { parseHtml, type ParsedPage } from '../../scripts/scan';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { mulberry32 as rng } from '../seeded-random';
import { loadIndex, urlFor } from './corpus-eval';

const SPARSE = { firstCandidate: firstCaseNumberCandidate, exactChars: EXACT_CHARS };
const opened: ParsedPage[] = [];
afterAll(() => {
  for (const p of opened) p.close();
});

/** A reading without text offsets (the sparse text differs in length where it took blocks whole). */
function facts(r: PageReading): unknown {
  const strip = ({ start: _s, end: _e, listStart: _l, ...m }: { start: number; end: number; listStart: number }) => m;
  return { ...r, primary: r.primary && strip(r.primary), mentions: r.mentions.map(strip) };
}

/** Located mentions as (text node, offsets, case): badges would land on the same characters. */
function located(doc: Document, r: PageReading): unknown[] {
  return locateMentions(doc.body, r).map((l) => [l.node, l.start, l.end, l.match.key, l.match.court]);
}

/** Sparse and exact readings of one document agree; returns how many parts each index has. */
function expectSame(doc: Document, url: string, what: string): { sparseParts: number; exactParts: number } {
  const sparse = readPage(doc, url);
  const exact = readPage(doc, url, { exact: true });
  expect(facts(sparse), what).toEqual(facts(exact));
  expect(located(doc, sparse), what).toEqual(located(doc, exact));
  return { sparseParts: indexText(doc.body, SPARSE).parts.length, exactParts: indexText(doc.body).parts.length };
}

const FILLER_ROW = (i: number) =>
  `<tr><td>12/0${i % 9}/2009</td><td><a href="/doc1/${i}">${i}</a><script>DocLink('documentKcaseidV115824Kdoc_numV${i}');</script></td><td>Motion to extend time, filed by <i>Smith</i> (Entered: 12/03/2009)</td></tr>`;
const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => FILLER_ROW(from + i)).join('');

function page(rows: string): string {
  return `<!DOCTYPE html><html><body><h3>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA</h3><p>Smith v. Jones</p><table>${rows}</table></body></html>`;
}

describe('sparse index on built pages', () => {
  const url = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';

  it('takes number-free rows whole past the head, and reads the same', () => {
    const html = page(filler(0, 1000) + '<tr><td>Related: 4:21-cv-02632-DMR</td></tr>' + filler(1000, 1000));
    const doc = parseHtml(html, url);
    opened.push(doc);
    const { sparseParts, exactParts } = expectSame(doc.document, url, 'filler');
    expect(sparseParts).toBeLessThan(exactParts / 2);
    expect(readPage(doc.document, url).mentions.map((m) => m.text)).toEqual(['4:21-cv-02632-DMR']);
  });

  it('reads a label split over the cells of the row before a bare number (district court: only a label makes it a case)', () => {
    const html = page(filler(0, 300) + '<tr><td>Civil</td><td>Action No.</td></tr><tr><td>17-2122</td></tr>' + filler(300, 50));
    const doc = parseHtml(html, url);
    opened.push(doc);
    expectSame(doc.document, url, 'split label');
    expect(readPage(doc.document, url).mentions.map((m) => [m.text, m.type])).toEqual([['17-2122', 'cv']]);
  });

  it('reads a denial word in the row before a number on a bankruptcy page', () => {
    const bk = 'https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?1';
    const html = page(filler(0, 300) + '<tr><td>see</td><td>Doc</td></tr><tr><td>09-10236</td></tr><tr><td>Also 09-10237</td></tr>' + filler(300, 50));
    const doc = parseHtml(html, bk);
    opened.push(doc);
    expectSame(doc.document, bk, 'denial');
    expect(readPage(doc.document, bk).mentions.map((m) => m.text)).not.toContain('09-10236');
    expect(readPage(doc.document, bk).mentions.map((m) => m.text)).toContain('09-10237');
  });
});

describe('sparse index on long CourtListener pages (hand-built from courtlistener-pages.md)', () => {
  const entry = (i: number, text: string) =>
    `<div class="row ${i % 2 ? 'odd' : 'even'}" id="entry-${i}"><div class="col-xs-1">${i}</div><div class="col-xs-3 col-sm-2">May ${1 + (i % 28)}, 2021</div><div class="col-xs-8 col-lg-7"><p>${text}</p><div class="row recap-documents"><a href="/docket/61234567/${i}/x/">Main Document</a></div></div></div>`;

  it('a docket of 600 entries: entries without numbers taken whole, the same reading', () => {
    const entries = Array.from({ length: 600 }, (_, i) =>
      entry(i + 1, i % 97 === 0 ? 'ORDER RELATING CASE. Case 3:19-cv-05117-JST is related to this case.' : i % 89 === 0 ? 'Notice of appeal. USCA Case Number 22-15589 docketed.' : `Stipulation and order extending time, filed by Open Records Project (${i} pages).`),
    ).join('');
    const html = `<!DOCTYPE html><html><body><div class="container"><h1 class="bottom inline" data-type="search.Docket" data-id="61234567"><span class="select-all">Open Records Project v. Department of Examples</span> (<span class="select-all">4:21-cv-02632</span>)</h1><h2>District Court, N.D. California</h2><p><a href="https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?375123">View on PACER</a></p><div class="fake-table col-xs-12" id="docket-entry-table">${entries}</div></div></body></html>`;
    const url = 'https://www.courtlistener.com/docket/61234567/open-records-project-v-department-of-examples/';
    const doc = parseHtml(html, url);
    opened.push(doc);
    const { sparseParts, exactParts } = expectSame(doc.document, url, 'courtlistener docket');
    expect(sparseParts).toBeLessThan(exactParts / 2);
    const reading = readPage(doc.document, url);
    expect(reading.primary?.text).toBe('4:21-cv-02632');
    expect(reading.mentions.map((m) => m.text)).toContain('3:19-cv-05117-JST');
    expect(reading.mentions.map((m) => m.text)).toContain('22-15589');
  });

  it('search results: 300 results, every one with its own court', () => {
    const courts = [['N.D. Cal. 2021', '4:21-cv-0'], ['Bankr. D. Del. 2023', '23-1'], ['9th Cir. 2024', '24-']];
    const results = Array.from({ length: 300 }, (_, i) => {
      const [court, prefix] = courts[i % 3]!;
      return `<article><h3 class="bottom serif"><a href="/docket/${7000 + i}/x/">Case ${i} (${court})</a></h3><div class="bottom"><span class="meta-data-header">Date Filed:</span> <span class="meta-data-value">Jun 5, 2023</span> <span class="meta-data-header">Docket Number:</span> <span class="meta-data-value select-all">${prefix}${String(1000 + i)}</span></div></article>`;
    }).join('');
    const html = `<!DOCTYPE html><html><body><div id="search-results"><div class="col-md-9">${'<p>Filler text about the search.</p>'.repeat(300)}${results}</div></div></body></html>`;
    const url = 'https://www.courtlistener.com/?q=foia';
    const doc = parseHtml(html, url);
    opened.push(doc);
    expectSame(doc.document, url, 'courtlistener search');
    expect(readPage(doc.document, url).mentions.length).toBe(300);
  });
});

describe('sparse index on random long pages', () => {
  const PIECES = ['Case', 'No.', 'Doc', 'Civil Action No.', '17-2122', '09-10235', '4:21-cv-02632-DMR', '6:15cv997', 'MDL No. 2168', '12/03/2009',
    'Entered', 'In re:', '14 Civ. 7524', 'ECF No. 16', 'C 18-03050 JCS', '-', ':', ' ', '\n'];
  const CELLS = ['td', 'p', 'div', 'li', 'b', 'i', 'span', 'script'];
  const URLS = ['https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1', 'https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?1', 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=1'];

  it('read as the exact index reads them', () => {
    const next = rng(31337);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let i = 0; i < 40; i++) {
      const rows: string[] = [];
      // Past EXACT_CHARS of filler, then rows of random cells around numbers and labels.
      rows.push(filler(0, 150));
      for (let r = 0; r < 200; r++) {
        const cells = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
          const tag = pick(CELLS);
          const inner = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PIECES)).join(next() < 0.5 ? ' ' : '');
          return `<${tag}>${inner}</${tag}>`;
        });
        const roll = next();
        if (roll < 0.6) rows.push(filler(r * 7, 1 + Math.floor(next() * 3)));
        else if (roll < 0.75) {
          // A row ending in words that decide a number printed at the start of the next row.
          const words = pick(['Case No.', 'Civil Action No.', 'see Doc', 'Claim No.', 'Adv.', 'Appeal No.', 'filed']);
          rows.push(`<tr><td>${pick(PIECES)}</td><td>${words}</td></tr><tr><td>${pick(['17-2122', '09-10235', '22-7', '14-1234'])} ${pick(PIECES)}</td></tr>`);
        } else rows.push(`<tr><td>${cells.join('')}</td></tr>`);
      }
      const url = URLS[i % URLS.length]!;
      const doc = parseHtml(page(rows.join('')), url);
      opened.push(doc);
      expectSame(doc.document, url, `random page ${i}`);
    }
  });
});

describe('sparse index on real pages', () => {
  const corpus = corpusDir();
  it.skipIf(!corpus)('reads every corpus page as the exact index does', () => {
    let sparser = 0;
    for (const entry of loadIndex(corpus!)) {
      const url = urlFor(entry);
      const p = parseHtml(readFileSync(join(corpus!, 'pacer', entry.file), 'utf8'), url);
      try {
        const { sparseParts, exactParts } = expectSame(p.document, url, entry.file);
        if (sparseParts < exactParts) sparser++;
      } finally {
        p.close();
      }
    }
    // The large pages are where it matters: it must actually have taken blocks whole there.
    expect(sparser).toBeGreaterThan(10);
  }, 300_000);

  it.skipIf(corpus)('corpus absent', () => console.log(CORPUS_SKIP_MESSAGE));
});
