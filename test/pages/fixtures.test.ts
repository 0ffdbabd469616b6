/**
 * Our own fixture pages (test/fixtures/index.json) read as the content script reads them: court,
 * page type, the page's own case, its title and the other cases it mentions, and where each sits
 * in the page's text nodes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../lib/docket-number';
import { courtType } from '../../lib/courts';
import { locateMentions, readPage } from '../../lib/pages';
import { parseHtml, type ParsedPage } from '../../scripts/scan';
import { fixtureHtml, fixtures, type FixtureEntry } from '../fixture-index';


const FIXTURES = fixtures();
const opened: ParsedPage[] = [];
const open = (f: FixtureEntry): ParsedPage => {
  const page = parseHtml(fixtureHtml(f.file), f.url);
  opened.push(page);
  return page;
};
afterAll(() => {
  for (const p of opened) p.close();
});

describe('fixture index', () => {
  it('has what the overlay e2e needs: a cand docket with a case, a CourtListener docket with a case, a PACER page without one', () => {
    expect(FIXTURES.some((f) => f.file.startsWith('pacer/') && f.court === 'cand' && f.primary && (f.mentions ?? []).length)).toBe(true);
    expect(FIXTURES.some((f) => f.file.startsWith('courtlistener/') && f.pageType === 'courtlistener/docket' && f.primary)).toBe(true);
    expect(FIXTURES.some((f) => f.file.startsWith('pacer/') && f.primary === null)).toBe(true);
  });

  it('uses plain http URLs (the e2e page server is http) and parseable expected numbers', () => {
    for (const f of FIXTURES) {
      expect(f.url.startsWith('http://'), f.file).toBe(true);
      if (f.primary) expect(parseCaseNumber(f.primary, courtType(f.court)), f.primary).not.toBeNull();
    }
  });

  it('CourtListener fixtures say they are hand-built', () => {
    for (const f of FIXTURES.filter((x) => x.file.startsWith('courtlistener/'))) {
      expect(fixtureHtml(f.file)).toMatch(/Hand-built[\s\S]*courtlistener-pages\.md/);
    }
  });
});

describe.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_name, f) => {
  it('reads court, page type, the page case and its title', () => {
    const page = open(f);
    const reading = readPage(page.document, f.url);
    expect(reading.court).toBe(f.court);
    expect(reading.pageType).toBe(f.pageType);
    expect(reading.primary?.text ?? null).toBe(f.primary);
    if (reading.primary) expect(reading.primary.court).toBe(f.court);
    if (f.title !== undefined) expect(reading.title).toBe(f.title);
  });

  it('lists the other cases it mentions, once each, never the page case', () => {
    const reading = readPage(open(f).document, f.url);
    expect(reading.mentions.map((m) => m.text).sort()).toEqual([...(f.mentions ?? [])].sort());
    const ids = reading.mentions.map((m) => `${m.court}|${m.key}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each mention its court: the page\'s, or the one its page names', () => {
    const reading = readPage(open(f).document, f.url);
    const courts = Object.fromEntries(reading.mentions.map((m) => [m.text, m.court]));
    const expected = Object.fromEntries((f.mentions ?? []).map((m) => [m, f.courts && m in f.courts ? f.courts[m] : f.court]));
    expect(courts).toEqual(expected);
  });

  it('locates every mention and the page case in text nodes, at the printed text', () => {
    const page = open(f);
    const reading = readPage(page.document, f.url);
    const located = locateMentions(page.document.body, reading);
    for (const l of located) {
      const printed = l.node.data.slice(l.start, l.end);
      // A number a written range implies sits where the range's first number ends.
      if (l.start === l.end) {
        expect(l.node.data.slice(0, l.end)).toMatch(/\d$/);
        continue;
      }
      // A number split by inline markup (<mark>4:21</mark>-cv-…) is reported in the node where it ends.
      if (l.start === 0 && printed !== l.match.text) expect(l.match.text.endsWith(printed), printed).toBe(true);
      else expect(printed).toBe(l.match.text);
    }
    for (const m of reading.mentions) {
      // Search results split numbers with <mark>: located where they end, so compare by key.
      expect(located.some((l) => l.match.key === m.key), `${m.text} located`).toBe(true);
    }
    if (reading.primary) expect(located.some((l) => l.match.court === reading.primary!.court)).toBe(true);
  });
});

describe('readPage on the cand docket fixture', () => {
  const f = FIXTURES.find((x) => x.file === 'pacer/cand-docket.html')!;

  it('never reads numbers out of scripts or styles', () => {
    const reading = readPage(open(f).document, f.url);
    const texts = [reading.primary?.text, ...reading.mentions.map((m) => m.text)];
    expect(texts).not.toContain('3:99-cv-99999');
    expect(texts).not.toContain('5:88-cv-88888');
  });

  it('does not take dates, ZIP+4, phone numbers, page ranges, FOIA tracking or reporter citations for cases', () => {
    const reading = readPage(open(f).document, f.url);
    const texts = reading.mentions.map((m) => m.text).join(' ');
    for (const noise of ['7-25-21', '94102-3495', '415-621-2493', '812-13', '2018-ICFO-26258', '19 F.3d 807']) expect(texts).not.toContain(noise);
  });

  it('counts the caption form (no office) as the page case, not as another case', () => {
    const page = open(f);
    const reading = readPage(page.document, f.url);
    const located = locateMentions(page.document.body, reading);
    const caption = located.find((l) => l.match.text === '21-cv-02632-DMR');
    expect(caption?.match.court).toBe('cand');
    expect(reading.mentions.some((m) => m.text === '21-cv-02632-DMR')).toBe(false);
  });

  it('skips overlay hosts and reports nothing stale after the page changed', () => {
    const page = open(f);
    const doc = page.document;
    const host = doc.createElement('docket-margin-badge');
    host.setAttribute('data-docket-margin', 'badge');
    host.textContent = '5:20-cv-01234-ABC';
    doc.body.appendChild(host);
    const reading = readPage(doc, f.url);
    expect(reading.mentions.some((m) => m.text === '5:20-cv-01234-ABC')).toBe(false);
    const located = locateMentions(doc.body, reading);
    const first = located[0]!;
    first.node.data = 'replaced';
    for (const l of locateMentions(doc.body, reading)) expect(l.node.data.slice(l.start, l.end)).toBe(l.match.text);
  });
});
