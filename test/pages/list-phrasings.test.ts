/**
 * Every number a docket entry cites, with its court (list-phrasings.examples.ts): on a PACER docket
 * of the court, and on hand-built CourtListener pages (both docket designs, a RECAP document)
 * made from ../shared/corpus/courtlistener-pages.md. Nothing more: the negatives cite no case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { courtType } from '../../lib/courts';
import { readPage, type PageReading } from '../../lib/pages';
import { parseHtml, type ParsedPage } from '../../scripts/scan';
import { NEGATIVES, PHRASINGS, type Phrasing } from './list-phrasings.examples';

const opened: ParsedPage[] = [];
function read(url: string, body: string): PageReading {
  const page = parseHtml(`<!DOCTYPE html><html><head><title>page</title></head><body>${body}</body></html>`, url);
  opened.push(page);
  return readPage(page.document, url);
}
afterAll(() => {
  for (const p of opened) p.close();
});

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pacerPage(p: Phrasing): [string, string] {
  const host = `https://ecf.${p.court}.uscourts.gov`;
  if (courtType(p.court) === 'appellate') {
    return [
      `${host}/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=${p.page}`,
      `<table><tr><td><b>General Docket<br>United States Court of Appeals for the Ninth Circuit</b></td></tr></table>` +
        `<table><tr><td><b>Court of Appeals Docket #: </b>${p.page}</td></tr><tr><td>Doe v. Roe</td></tr>` +
        `<tr><td><b>Appeal From: </b>${p.appealFrom![0]}</td></tr></table>` +
        `<table><tr><td>07/19/2017</td><td>12</td><td>${escape(p.text)}</td></tr></table>`,
    ];
  }
  const label = courtType(p.court) === 'bankruptcy' ? 'Bankruptcy Petition #:' : 'CIVIL DOCKET FOR CASE #:';
  return [
    `${host}/cgi-bin/DktRpt.pl?123456`,
    `<h3 align="center">U.S. Court<br>${label} ${p.page}</h3><table><tr><td>Doe v. Roe<br>Assigned to: Judge Example</td></tr></table>` +
      `<table border="1"><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>` +
      `<tr><td>05/20/2021</td><td><a href="${host}/doc1/035019790000">12</a></td><td valign="top">\n                    ${escape(p.text)}</td></tr></table>`,
  ];
}

/** CourtListener prints RECAP dockets' numbers without judge initials. */
const clNumber = (n: string): string => n.replace(/(?:-[A-Z]{1,4})+$/, '');
const pacerLink = (p: Phrasing): string =>
  courtType(p.court) === 'appellate'
    ? `https://ecf.${p.court}.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=${p.page}`
    : `https://ecf.${p.court}.uscourts.gov/cgi-bin/DktRpt.pl?123456`;
const appealedFrom = (p: Phrasing, design: 'old' | 'new'): string => {
  if (!p.appealFrom) return '';
  return design === 'old'
    ? `<h3>Originating Court Information</h3><span class="meta-data-header">Appealed From:</span> <span class="meta-data-value">D. Hawaii</span>`
    : `<h2>Originating Court Information</h2><dl><div><dt>Appealed From</dt><dd>D. Hawaii</dd></div></dl>`;
};

const DOCKET = 'https://www.courtlistener.com/docket/6153771/doe-v-roe/';

function courtListenerOld(p: Phrasing): [string, string] {
  return [
    DOCKET,
    `<h1 class="bottom inline" data-type="search.Docket" data-id="6153771"><span class="select-all">Doe v. Roe</span> (<span class="select-all">${clNumber(p.page)}</span>)</h1>` +
      `<h2>Court</h2><p><a class="btn btn-primary" href="${pacerLink(p)}">View on PACER</a></p>${appealedFrom(p, 'old')}` +
      `<div class="fake-table col-xs-12" id="docket-entry-table"><div class="row odd" id="entry-12"><div class="col-xs-1 text-center"><p>12</p></div>` +
      `<div class="col-xs-3 col-sm-2"><p>May 20, 2021</p></div><div class="col-xs-8 col-lg-7"><p>${escape(p.text)}</p></div></div></div>`,
  ];
}

function courtListenerNew(p: Phrasing): [string, string] {
  return [
    DOCKET,
    `<div><c-eyebrow>Filed: May 1, 2021</c-eyebrow></div><hgroup><h1 data-type="search.Docket" data-id="6153771"><span class="select-all cursor-text">Doe v. Roe</span>` +
      ` (<span class="select-all cursor-text whitespace-nowrap">${clNumber(p.page)}</span>)</h1><p class="text-display-xs">Court</p></hgroup>` +
      `<a href="${pacerLink(p)}">View on PACER</a>${appealedFrom(p, 'new')}` +
      `<div id="tab-content"><div class="flex"><div>12</div><div>May 20, 2021</div><div><p>${escape(p.text)}</p></div></div></div>`,
  ];
}

function recapDocument(p: Phrasing): [string, string] {
  return [
    'https://www.courtlistener.com/docket/6153771/12/doe-v-roe/',
    `<article class="col-sm-9"><h2 class="inline"><a href="/docket/6153771/doe-v-roe/">Doe v. Roe</a></h2><h3>Order — Document #12</h3><h4>Court</h4>` +
      `<p class="bottom"><span class="meta-data-header">Docket Number:</span> <span class="meta-data-value"><a href="/docket/6153771/doe-v-roe/">${clNumber(p.page)}</a></span></p>` +
      `<a href="https://ecf.${p.court}.uscourts.gov/doc1/035019790000">Buy on PACER</a>` +
      `<div class="well well-sm"><h4>Description</h4><p>${escape(p.text)}</p></div></article>`,
  ];
}

/** [name, page builder, whether the page names an appellate docket's lower court]. */
const PAGES: Array<[string, (p: Phrasing) => [string, string], boolean]> = [
  ['PACER docket', pacerPage, true],
  ['CourtListener docket', courtListenerOld, true],
  ['CourtListener docket (new design)', courtListenerNew, true],
  // A RECAP document page does not say which court an appeal came from: its lower-court numbers have no court.
  ['CourtListener RECAP document', recapDocument, false],
];

const cited = (r: PageReading): string[] => r.mentions.map((m) => `${m.text} @ ${m.court}`).sort();
const expected = (p: Phrasing, namesLower = true): string[] =>
  p.numbers.map(([text, court]) => `${text} @ ${!namesLower && p.appealFrom && court === p.appealFrom[1] ? null : court}`).sort();

describe('list phrasings: every number cited together, each in its court', () => {
  it('has at least 30 phrasings and a negative for each kind of noise', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(30);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(PAGES)('on a %s', (_name, build, namesLower) => {
    it.each(PHRASINGS.map((p) => [p.genre, p] as const))('%s', (_genre, p) => {
      const [url, body] = build(p);
      const r = read(url, body);
      expect(r.court, 'the page court').toBe(p.court);
      expect(r.primary, 'the page case').not.toBeNull();
      expect(cited(r), p.text).toEqual(expected(p, namesLower));
    });

    it.each(NEGATIVES.map((p) => [p.genre, p] as const))('no case: %s', (_genre, p) => {
      const [url, body] = build(p);
      expect(cited(read(url, body)), p.text).toEqual(expected(p));
    });
  });
});

describe('list phrasings: known limits (README)', () => {
  const limit = (text: string, court = 'cand'): string[] => {
    const [url, body] = pacerPage({ genre: 'limit', court, page: '4:21-cv-02632-DMR', text, numbers: [] });
    return cited(read(url, body));
  };

  it('a court named after a list\'s last number is that number\'s only', () => {
    expect(limit('ORDER: see Nos. 18-15068, 18-15070 (9th Cir. 2019).')).toEqual(['18-15068 @ cand', '18-15070 @ ca9']);
  });

  it('party names between the numbers end a list where bare numbers need a label', () => {
    expect(limit('Motion for Joint Administration with Case(s) Shiptrade Inc. 09-78584; GCL Shipping Corp. 09-78589')).toEqual([]);
  });

  it('a written range gives at most 50 numbers between its ends', () => {
    expect(limit('Judgment of USCA in Nos. 17-15500 through 17-15552.')).toEqual(['17-15500 @ ca9', '17-15552 @ ca9']);
    expect(limit('Judgment of USCA in Nos. 17-15500 through 17-15551.')).toHaveLength(52);
  });
});
