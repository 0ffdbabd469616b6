/**
 * The CourtListener reader: docket pages (the number in the heading's parentheses), RECAP document
 * pages, search results (many cases, each with its own court: no page case) and opinion pages,
 * in both of CourtListener's designs and both opinion templates. The court comes from the "View
 * on PACER" link's host, then the docket alert link's court id, then the court's printed name.
 * Pure DOM: no browser API.
 */
import { courtFromHost, courtType as typeOfCourt, pacerIdFromCitation, pacerIdFromCourtListener, pacerIdFromName } from '../../courts';
import { findCaseNumbers } from '../../docket-number';
import type { CourtType } from '../../docket-number/identity';
import type { CaseNumberMatch } from '../../docket-number/types';
import { cueOf } from '../court-cue';
import type { PageMention, SiteReading } from '../site-reading';
import { indexText } from '../text-index';
import { courtListenerPageType } from './page-types';
import { APPEALED_FROM_LABEL, CL, DOCKET_NUMBER_LABEL } from './selectors';

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

/** The value element of the first metadata line under root whose header matches `label`. */
function metaValue(root: ParentNode, label: RegExp): Element | null {
  for (const h of Array.from(root.querySelectorAll(CL.metaHeader))) {
    if (!label.test(h.textContent ?? '')) continue;
    const value = h.nextElementSibling?.matches(CL.metaValue) ? h.nextElementSibling : h.parentElement?.querySelector(CL.metaValue);
    if (value) return value;
  }
  return null;
}

/** Value of a "Docket Number:" metadata line under root. */
function metaDocketNumber(root: ParentNode): string | null {
  const value = metaValue(root, DOCKET_NUMBER_LABEL);
  return value ? squash(value.textContent) : null;
}

/** The court of a lower-court link's fielded search (`/?type=r&docket_number=…&court=hid`). */
function linkedCourt(a: Element): string | null {
  const clId = /[?&]court=([a-z0-9-]+)/i.exec(a.getAttribute('href') ?? '')?.[1];
  return clId ? pacerIdFromCourtListener(clId) : null;
}

/** Lower-court numbers on appellate dockets, keyed by identity, with the lower court. */
function lowerCourts(doc: Document): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of Array.from(doc.querySelectorAll(CL.lowerCourtLink))) {
    const court = linkedCourt(a);
    for (const m of findCaseNumbers(squash(a.textContent), { bare: true })) out.set(m.key, court);
  }
  return out;
}

/**
 * An appellate docket's court appealed from ("Appealed From: D. Haw. (1:17-cv-00050)"): the
 * linked search's court, else the printed short name; undefined without that line.
 */
function appealedFrom(doc: Document): string | null | undefined {
  const value = metaValue(doc, APPEALED_FROM_LABEL);
  if (!value) return undefined;
  const link = value.querySelector(CL.lowerCourtLink);
  const linked = link ? linkedCourt(link) : null;
  return linked ?? pacerIdFromCitation(squash(value.textContent).split('(')[0]!.trim());
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
  const from = appealedFrom(doc);
  return {
    court,
    courtType,
    title,
    primary,
    mentions,
    bare: courtType === 'bankruptcy' || courtType === 'appellate',
    scanText: true,
    // A linked lower-court number is that court's; the rest as their words say (cited-court.ts).
    courtOf: lower.size ? (m) => (lower.has(m.key) ? lower.get(m.key)! : undefined) : undefined,
    lowerCourt: from === undefined ? (lower.size === 1 ? [...lower.values()][0]! : null) : from,
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
  return cite ? pacerIdFromCitation(cite) : null;
}

/** A result's court: the first of its headings whose last parentheses cite one. */
function resultCourt(article: Element): string | null {
  for (const h of Array.from(article.querySelectorAll(CL.resultHeading))) {
    const court = courtOfResult(squash(h.textContent));
    if (court) return court;
  }
  return null;
}

/**
 * The numbers a result shows, each with its court: its docket number (the result's court), and
 * those its snippets of docket text and documents cite (typed or labelled ones, in the result's
 * court unless the words around them name another: their cue).
 */
function resultNumbers(article: Element): PageMention[] {
  const court = resultCourt(article);
  const courtType = court ? typeOfCourt(court) : null;
  const out: PageMention[] = [];
  const value = metaDocketNumber(article);
  if (value) for (const m of numbersIn(value, courtType)) out.push({ ...m, court });
  const text = indexText(article).text;
  for (const m of findCaseNumbers(text, { courtType, bare: false })) out.push({ ...m, start: -1, end: -1, court, cue: cueOf(text, m) });
  return out;
}

function readSearch(doc: Document): Omit<SiteReading, 'pageType'> {
  const mentions: PageMention[] = [];
  for (const article of Array.from(doc.querySelectorAll(CL.result))) for (const m of resultNumbers(article)) mentions.push(m);
  // A results page is about many cases: never one page case, and each number keeps its own court.
  return { court: null, courtType: null, title: null, primary: null, mentions, bare: false, scanText: false };
}

/** The opinion's court: its court heading's name (opinions.html: `.case-court`; opinion.html: the article's h3). */
function opinionCourt(doc: Document): string | null {
  const named = doc.querySelector(CL.opinionCourt) ?? doc.querySelector(CL.opinionCourtOld);
  const name = squash(named?.textContent);
  return name ? pacerIdFromName(name) : null;
}

/** The opinion's docket number(s): the "Docket Number:" fact, or metadata line. */
function opinionNumbers(doc: Document, courtType: CourtType | null): CaseNumberMatch[] {
  for (const li of Array.from(doc.querySelectorAll(CL.opinionFacts))) {
    const text = squash(li.textContent);
    if (DOCKET_NUMBER_LABEL.test(text)) return numbersIn(text.replace(DOCKET_NUMBER_LABEL, ''), courtType);
  }
  const value = metaDocketNumber(doc);
  return value ? numbersIn(value, courtType) : [];
}

function readOpinion(doc: Document): Omit<SiteReading, 'pageType'> {
  const court = opinionCourt(doc);
  const courtType = court ? typeOfCourt(court) : null;
  const found = opinionNumbers(doc, courtType);
  const caption = doc.querySelector(CL.opinionCaption) ?? doc.querySelector(CL.opinionCaptionOld);
  return {
    court,
    courtType,
    title: squash(caption?.textContent) || null,
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
