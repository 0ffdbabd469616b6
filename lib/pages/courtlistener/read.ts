/**
 * The CourtListener reader: docket pages (the number in the heading's parentheses), RECAP document
 * pages, search results (many cases, each with its own court: no page case) and opinion pages.
 * The court comes from the "View on PACER" link's host, then the docket alert link's court id,
 * then the court's printed name. Pure DOM: no browser API.
 */
import { courtFromHost, courtType as typeOfCourt, pacerIdFromCourtListener, pacerIdFromName } from '../../courts';
import { findCaseNumbers } from '../../docket-number';
import type { CourtType } from '../../docket-number/identity';
import type { CaseNumberMatch } from '../../docket-number/types';
import type { PageMention, SiteReading } from '../site-reading';
import { courtListenerPageType } from './page-types';
import { CL, DOCKET_NUMBER_LABEL } from './selectors';

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Numbers in a short printed value (a heading's parentheses, a metadata value). */
function numbersIn(value: string, courtType: CourtType | null): CaseNumberMatch[] {
  return findCaseNumbers(value, { courtType, bare: true }).map((m) => ({ ...m, start: -1, end: -1 }));
}

function courtFromPacerLink(root: ParentNode): string | null {
  for (const a of Array.from(root.querySelectorAll(CL.pacerLink))) {
    try {
      const court = courtFromHost(new URL(a.getAttribute('href') ?? '').hostname);
      if (court) return court;
    } catch {
      // not an absolute URL: not a PACER link
    }
  }
  return null;
}

function courtFromAlertLink(root: ParentNode): string | null {
  const href = root.querySelector(CL.alertLink)?.getAttribute('href');
  const id = href ? /[?&]court_id=([a-z0-9-]+)/i.exec(href)?.[1] : undefined;
  return id ? pacerIdFromCourtListener(id) : null;
}

/** The court named right after the docket heading (old design: the next `h2`; new: the `p` in the same `hgroup`). */
function courtNameAfter(heading: Element): string | null {
  const next = heading.nextElementSibling;
  return next ? pacerIdFromName(squash(next.textContent)) : null;
}

/** Value of a "Docket Number:" metadata line under root. */
function metaDocketNumber(root: ParentNode): string | null {
  for (const h of Array.from(root.querySelectorAll(CL.metaHeader))) {
    if (!DOCKET_NUMBER_LABEL.test(h.textContent ?? '')) continue;
    const value = h.nextElementSibling?.matches(CL.metaValue) ? h.nextElementSibling : h.parentElement?.querySelector(CL.metaValue);
    if (value) return squash(value.textContent);
  }
  return null;
}

/** Lower-court numbers on appellate dockets, keyed by identity, with the lower court. */
function lowerCourts(doc: Document): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of Array.from(doc.querySelectorAll(CL.lowerCourtLink))) {
    const href = a.getAttribute('href') ?? '';
    const clId = /[?&]court=([a-z0-9-]+)/i.exec(href)?.[1];
    const court = clId ? pacerIdFromCourtListener(clId) : null;
    for (const m of findCaseNumbers(squash(a.textContent), { bare: true })) out.set(m.key, court);
  }
  return out;
}

/**
 * Court of a number in a page's text: a linked lower-court number's court; on an appellate court's
 * page a typed number (`4:21-cv-02632`) is a lower court's, unknown unless linked.
 */
function courtOfOn(court: string | null, courtType: CourtType | null, lower: Map<string, string | null>): SiteReading['courtOf'] {
  if (!lower.size && courtType !== 'appellate') return undefined;
  return (m) => (lower.has(m.key) ? lower.get(m.key)! : courtType === 'appellate' && m.type !== null ? null : court);
}

function readDocket(doc: Document): Omit<SiteReading, 'pageType'> {
  const heading = doc.querySelector(CL.docketHeading);
  const court = courtFromPacerLink(doc) ?? courtFromAlertLink(doc) ?? (heading ? courtNameAfter(heading) : null);
  const courtType = court ? typeOfCourt(court) : null;
  let primary: CaseNumberMatch | null = null;
  let title: string | null = null;
  const mentions: PageMention[] = [];
  if (heading) {
    const text = squash(heading.textContent);
    // The number is in the last parentheses; a case name may have its own ("(In re X)").
    const open = text.lastIndexOf('(');
    const inner = open >= 0 && text.endsWith(')') ? text.slice(open + 1, -1) : '';
    const found = numbersIn(inner, courtType);
    // Scraped opinions' dockets can print several numbers: then no single page case.
    if (found.length === 1) primary = found[0]!;
    else for (const m of found) mentions.push({ ...m, court });
    const name = squash(heading.querySelector(CL.headingName)?.textContent) || (open >= 0 ? text.slice(0, open).trim() : text);
    title = name || null;
  }
  const lower = lowerCourts(doc);
  return {
    court,
    courtType,
    title,
    primary,
    mentions,
    bare: courtType === 'bankruptcy' || courtType === 'appellate',
    scanText: true,
    courtOf: courtOfOn(court, courtType, lower),
  };
}

function readRecapDocument(doc: Document): Omit<SiteReading, 'pageType'> {
  const nameLink = doc.querySelector(CL.documentCaseName);
  const root: ParentNode = nameLink?.closest('article') ?? doc;
  const courtName = squash(root.querySelector(CL.documentCourt)?.textContent);
  const court = courtFromPacerLink(doc) ?? courtFromAlertLink(doc) ?? (courtName ? pacerIdFromName(courtName) : null);
  const courtType = court ? typeOfCourt(court) : null;
  const value = metaDocketNumber(root);
  const found = value ? numbersIn(value, courtType) : [];
  return {
    court,
    courtType,
    title: squash(nameLink?.textContent) || null,
    primary: found.length === 1 ? found[0]! : null,
    mentions: found.length > 1 ? found.map((m) => ({ ...m, court })) : [],
    bare: courtType === 'bankruptcy' || courtType === 'appellate',
    scanText: true,
  };
}

/** "CASE NAME (D. Del. 2018)": the court citation in the heading's last parentheses, year dropped. */
function courtOfResult(heading: string): string | null {
  const open = heading.lastIndexOf('(');
  if (open < 0) return null;
  const cite = heading.slice(open + 1).replace(/\)\s*$/, '').replace(/\b\d{4}\s*$/, '').trim();
  // Citation abbreviations the court-name reader spells out: "9th Cir." → "9th Circuit".
  return cite ? pacerIdFromName(cite.replace(/\bCir\b\.?/g, 'Circuit').replace(/\bBankr\b\.?/g, 'Bankruptcy')) : null;
}

function readSearch(doc: Document): Omit<SiteReading, 'pageType'> {
  const mentions: PageMention[] = [];
  for (const article of Array.from(doc.querySelectorAll(CL.result))) {
    const heading = squash(article.querySelector(CL.resultHeading)?.textContent);
    const court = courtOfResult(heading);
    const value = metaDocketNumber(article);
    if (!value) continue;
    for (const m of numbersIn(value, court ? typeOfCourt(court) : null)) mentions.push({ ...m, court });
  }
  // A results page is about many cases: never one page case, and each number keeps its own court.
  return { court: null, courtType: null, title: null, primary: null, mentions, bare: false, scanText: false };
}

function readOpinion(doc: Document): Omit<SiteReading, 'pageType'> {
  const courtName = squash(doc.querySelector(CL.opinionCourt)?.textContent);
  const court = courtName ? pacerIdFromName(courtName) : null;
  const courtType = court ? typeOfCourt(court) : null;
  let found: CaseNumberMatch[] = [];
  for (const li of Array.from(doc.querySelectorAll(CL.opinionFacts))) {
    const text = squash(li.textContent);
    if (!DOCKET_NUMBER_LABEL.test(text)) continue;
    found = numbersIn(text.replace(DOCKET_NUMBER_LABEL, ''), courtType);
    break;
  }
  return {
    courtOf: courtOfOn(court, courtType, new Map()),
    court,
    courtType,
    title: squash(doc.querySelector(CL.opinionCaption)?.textContent) || null,
    primary: found.length === 1 ? found[0]! : null,
    mentions: found.length > 1 ? found.map((m) => ({ ...m, court })) : [],
    bare: courtType === 'bankruptcy' || courtType === 'appellate',
    scanText: true,
  };
}

export function readCourtListener(doc: Document, url: URL): SiteReading {
  const pageType = courtListenerPageType(url);
  switch (pageType) {
    case 'courtlistener/docket':
      return { pageType, ...readDocket(doc) };
    case 'courtlistener/recap-document':
      return { pageType, ...readRecapDocument(doc) };
    case 'courtlistener/search':
      return { pageType, ...readSearch(doc) };
    case 'courtlistener/opinion':
      return { pageType, ...readOpinion(doc) };
    default:
      return { pageType, court: null, courtType: null, title: null, primary: null, mentions: [], bare: false, scanText: true };
  }
}
