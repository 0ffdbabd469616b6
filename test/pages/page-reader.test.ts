/**
 * PageReader (the content script's reading in pieces) must end with exactly what the content
 * script's reading of the whole page reads (readSitePage), however finely it is cut, and so with
 * what readPage reads once the cited courts are read: every real corpus page is read with a stop
 * after each check and small scan pieces (many piece boundaries per page), and the results compared field by field,
 * mention offsets included. The head reading names the page's own case on dockets, whose header
 * prints it at the top. Skipped, with a message, when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateMentions, PageReader, readAnySite, readPage, readSitePage, withCitedCourts, type PageReading } from '../../lib/pages';
import { parseHtml } from '../../scripts/scan';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { loadIndex, urlFor } from './corpus-eval';

const corpus = corpusDir();
/** The content script's reading of the whole page. */
const readWhole = (doc: Document, url: string): PageReading => readSitePage(doc, url, readAnySite);

function readInPieces(doc: Document, url: string, chunk: number): { reader: PageReader; pieces: number } {
  const reader = new PageReader(doc, url, readAnySite, chunk);
  let pieces = 1;
  while (!reader.run(() => true)) pieces++;
  return { reader, pieces };
}

describe('PageReader on a built page', () => {
  it('finds numbers on both sides of piece boundaries, with their labels', () => {
    const html = `<body><h3>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA</h3>${Array.from(
      { length: 400 },
      (_, i) => `<p>Entry ${i}: see Case No. 17-${String(10000 + i)} and ECF No. 12-${i} and 1:0${i % 10}-cr-00${i}</p>`,
    ).join('')}</body>`;
    const url = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';
    const whole = readWhole(parseHtml(html, url).document, url);
    const page = parseHtml(html, url);
    const { reader, pieces } = readInPieces(page.document, url, 200);
    expect(pieces).toBeGreaterThan(50);
    expect(reader.result()).toEqual(whole);
    // Located positions come from the pieces' scan too.
    expect(locateMentions(page.document.body, reader.result()!).length).toBe(locateMentions(parseHtml(html, url).document.body, whole).length);
    expect(whole.mentions.length).toBeGreaterThan(400);
    // The background's reading of its report is readPage's.
    expect(withCitedCourts(reader.result()!)).toEqual(readPage(parseHtml(html, url).document, url));
  });

  it('reads the head before the rest: the header case, without the whole text', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `<p>Filed 01/02/2020 entry ${i} 4:21-cv-0${String(1000 + i)}</p>`).join('');
    const html = `<body><h3>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA</h3><p>Smith v. Jones</p>${filler}</body>`;
    const url = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';
    const reader = new PageReader(parseHtml(html, url).document, url, readAnySite);
    expect(reader.readHead(() => false)).toBe(true);
    const head = reader.head();
    expect(head.primary?.text).toBe('3:08-cv-00159-WHA');
    expect(head.title).toBe('Smith v. Jones');
    expect(head.mentions.length).toBeLessThan(3000);
    expect(reader.done).toBe(false);
    expect(reader.run(() => false)).toBe(true);
    expect(reader.result()!.mentions.length).toBe(3000);
  });
});

describe('PageReader after readHead', () => {
  it('completes a small page that readHead indexed to its end', () => {
    const html = '<body><h3>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA</h3><p>Smith v. Jones</p><p>Related: 4:21-cv-02632-DMR</p></body>';
    const url = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';
    const reader = new PageReader(parseHtml(html, url).document, url, readAnySite);
    expect(reader.readHead(() => false)).toBe(true);
    expect(reader.indexed).toBe(true);
    expect(reader.run(() => false)).toBe(true);
    expect(reader.result()).toEqual(readWhole(parseHtml(html, url).document, url));
    expect(reader.result()!.mentions.map((m) => m.text)).toEqual(['4:21-cv-02632-DMR']);
  });
});

describe('PageReader on real pages', () => {
  it.skipIf(!corpus)('ends with what the whole page reads, on every corpus page', () => {
    let cut = 0;
    for (const entry of loadIndex(corpus!)) {
      const url = urlFor(entry);
      const html = readFileSync(join(corpus!, 'pacer', entry.file), 'utf8');
      // Neither reader changes the document: one parse serves both (parsed pages are heavy).
      const a = parseHtml(html, url);
      try {
        const whole = readWhole(a.document, url);
        const { reader, pieces } = readInPieces(a.document, url, 4096);
        if (pieces > 2) cut++;
        // Compared as JSON: a failing deep diff of thousands of mentions would not fit in memory.
        const got = JSON.stringify(reader.result());
        const want = JSON.stringify(whole);
        if (got !== want) {
          let at = 0;
          while (got[at] === want[at]) at++;
          expect.fail(`${entry.file}: differs at ${at}: ${got.slice(at - 200, at + 200)} vs ${want.slice(at - 200, at + 200)}`);
        }
      } finally {
        a.close();
      }
    }
    expect(cut).toBeGreaterThan(10);
  }, 300_000);

  it.skipIf(corpus)('corpus absent', () => console.log(CORPUS_SKIP_MESSAGE));
});
