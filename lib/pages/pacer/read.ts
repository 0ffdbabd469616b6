/**
 * The PACER (CM/ECF) reader: which page this is, which court, and the page's own case, tried from
 * an ordered list of sources per page type (the header label, then the receipt's search criteria,
 * …). Multi-case pages (claims activity, opinion reports, search results) claim a case only when
 * they list exactly one. Pure DOM: no browser API.
 */
import { courtFromHost, courtType as typeOfCourt, pacerIdFromFullName } from '../../courts';
import { findCaseNumbers } from '../../docket-number';
import type { CourtType } from '../../docket-number/identity';
import type { CaseNumberMatch } from '../../docket-number/types';
import type { TextIndex } from '../text-index';
import { shift, type PageMention, type SiteReading } from '../site-reading';
import { pacerPageType, type PacerPageType } from './page-types';
import { CASE_LINK, CASE_TITLE_LABEL, COURT_HOST_IN_HREF, FIELD_LINE, HEADER_NOISE, LABELS } from './selectors';

/** Suffix pieces a number did not take (`-AT`: initials that are also a word), left before a title. */
const SUFFIX_REMNANT = /^(?:[-\u2010-\u2015][A-Za-z0-9]{1,6})+\s*/;

/** How far after a label its number may start, and how many label occurrences are tried. */
const LABEL_REACH = 120;
const LABEL_TRIES = 4;
/** Only a short court prefix may sit between a label and its number (JPML: `NYS/1:22-cv-10283`). */
const GAP = /^[\s\u00a0]*(?:[A-Z]{2,5}\/)?$/;

interface Context {
  doc: Document;
  text: string;
  courtType: CourtType | null;
}

/** The number right after the first occurrences of `label` (the label stays in view: it vouches for bare numbers). */
function afterLabel(ctx: Context, label: RegExp): CaseNumberMatch | null {
  const re = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
  for (let i = 0; i < LABEL_TRIES; i++) {
    const m = re.exec(ctx.text);
    if (!m) return null;
    const hit = afterLabelAt(ctx, m);
    if (hit) return hit;
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** The first number within `reach` characters after `label` (a heading, not directly before it). */
function nearLabel(ctx: Context, label: RegExp, reach: number): CaseNumberMatch | null {
  const re = new RegExp(label.source, label.flags.replace('g', ''));
  const m = re.exec(ctx.text);
  if (!m) return null;
  const window = ctx.text.slice(m.index, m.index + m[0].length + reach);
  const found = findCaseNumbers(window, { courtType: ctx.courtType });
  const first = found.find((f) => f.start >= m[0].length);
  return first ? shift(first, m.index) : null;
}

/** Every number after a repeated label (claims activity blocks). */
function allAfterLabel(ctx: Context, label: RegExp): CaseNumberMatch[] {
  const out: CaseNumberMatch[] = [];
  const re = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const hit = afterLabelAt(ctx, m);
    if (hit) out.push(hit);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The number right after one label occurrence. A space is put between label and number: CM/ECF
 * often prints them touching (`<b>Case Number:</b>18-3815`), and a digit after a colon would
 * otherwise read as the tail of an office prefix.
 */
function afterLabelAt(ctx: Context, m: RegExpExecArray): CaseNumberMatch | null {
  const labelEnd = m.index + m[0].length;
  const window = `${ctx.text.slice(m.index, labelEnd)} ${ctx.text.slice(labelEnd, labelEnd + LABEL_REACH)}`;
  const local = labelEnd - m.index + 1;
  for (const found of findCaseNumbers(window, { courtType: ctx.courtType, bare: true })) {
    if (found.start < local) continue;
    return GAP.test(window.slice(local, found.start)) ? shift(found, m.index - 1) : null;
  }
  return null;
}

/** Numbers that are the text of links to a case's reports (one per listed case). */
function caseLinks(ctx: Context): CaseNumberMatch[] {
  const out: CaseNumberMatch[] = [];
  for (const a of Array.from(ctx.doc.querySelectorAll(CASE_LINK))) {
    const text = (a.textContent ?? '').trim();
    const found = findCaseNumbers(text, { courtType: ctx.courtType, bare: true })[0];
    // Offsets are in the link's text, not the page's: marked unknown.
    if (found && found.start === 0) out.push({ ...found, start: -1, end: -1 });
  }
  return out;
}

/** The only case of a list, or null when it lists none or several. */
function onlyCase(found: CaseNumberMatch[]): CaseNumberMatch | null {
  const keys = new Set(found.map((f) => f.key));
  return keys.size === 1 ? found[0]! : null;
}

/** First number in the page text (history and query pages open with the case's header line). */
function firstInText(ctx: Context): CaseNumberMatch | null {
  return findCaseNumbers(ctx.text.slice(0, 20_000), { courtType: ctx.courtType })[0] ?? null;
}

/** A source's answer: the case, nothing here (try the next source), or "this page has no single case" (stop). */
const MANY = 'many' as const;
type Source = (ctx: Context) => CaseNumberMatch | null | typeof MANY;

const docketLabel: Source = (ctx) => afterLabel(ctx, LABELS.docket);
const receipt: Source = (ctx) => afterLabel(ctx, LABELS.searchCriteria);

/** The page's own case: sources tried in order, per page type. */
const SOURCES: Record<PacerPageType, Source[]> = {
  'pacer/login': [],
  'pacer/docket': [docketLabel, receipt],
  'pacer/history': [firstInText],
  'pacer/query': [
    // A search that matched several cases lists each as a link to its reports.
    (ctx) => {
      const links = caseLinks(ctx);
      return links.length ? onlyCase(links) ?? MANY : null;
    },
    firstInText,
  ],
  'pacer/attachment-menu': [(ctx) => afterLabel(ctx, LABELS.document)],
  'pacer/document': [(ctx) => afterLabel(ctx, LABELS.document), receipt],
  'pacer/claims-register': [(ctx) => afterLabel(ctx, LABELS.caseNumber), (ctx) => nearLabel(ctx, LABELS.claimsRegister, 400), receipt],
  'pacer/claims-activity': [(ctx) => onlyCase(allAfterLabel(ctx, LABELS.caseBlock))],
  'pacer/opinions-report': [(ctx) => onlyCase(caseLinks(ctx))],
  'pacer/creditors': [(ctx) => afterLabel(ctx, LABELS.caseNumber)],
  'pacer/case-numbers': [],
  'pacer/nef': [(ctx) => afterLabel(ctx, LABELS.caseNumber)],
  'pacer/appellate-docket': [(ctx) => afterLabel(ctx, LABELS.appellate)],
  // An unknown CM/ECF page: only an unmistakable docket header names its case.
  'pacer/other': [docketLabel],
};

function primaryOf(pageType: PacerPageType, ctx: Context): CaseNumberMatch | null {
  for (const source of SOURCES[pageType]) {
    const found = source(ctx);
    if (found === MANY) return null;
    if (found) return found;
  }
  return null;
}

/** The court most of the page's links point at (e-mails and pages read away from the court's host). */
export function courtFromLinks(doc: Document): string | null {
  const counts = new Map<string, number>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const m = COURT_HOST_IN_HREF.exec(a.getAttribute('href') ?? '');
    if (!m) continue;
    const court = courtFromHost(`ecf.${m[1]!.toLowerCase()}.uscourts.gov`);
    if (court) counts.set(court, (counts.get(court) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [court, n] of counts) if (n > most) [best, most] = [court, n];
  return best;
}

/** The title printed with the case: "Case title:" or the rest of the header line (or the next). */
function titleAfter(text: string, primary: CaseNumberMatch | null): string | null {
  if (!primary || primary.start < 0) return null;
  const after = text.slice(primary.end, primary.end + 600);
  const labelled = CASE_TITLE_LABEL.exec(after);
  if (labelled && labelled.index < 300) return cleanTitle(after.slice(labelled.index + labelled[0].length).split('\n')[0]);
  // The rest of the header line, else the next line with text (markup leaves blank lines between).
  for (const line of after.split('\n')) {
    const rest = line.trim().replace(SUFFIX_REMNANT, '').replace(HEADER_NOISE, '');
    if (rest) return cleanTitle(rest);
  }
  return null;
}

function cleanTitle(line: string | undefined): string | null {
  const t = (line ?? '').replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > 300) return null;
  if (!/^[\p{L}\p{N}]/u.test(t) || (FIELD_LINE.test(t) && !/^In re\b/i.test(t))) return null;
  return t;
}

/** Bankruptcy dockets name the case by the debtor: the line after the first "Debtor" heading. */
function debtorName(text: string, primary: CaseNumberMatch | null): string | null {
  if (!primary || primary.start < 0) return null;
  const after = text.slice(primary.end, primary.end + 5_000);
  const m = /\n[ \t\u00a0]*Debtor(?: In Possession)?[ \t\u00a0]*\n/i.exec(after);
  if (!m) return null;
  const line = after.slice(m.index + m[0].length).split('\n').map((l) => l.trim()).find(Boolean);
  return cleanTitle(line);
}

/** A "Case Name:" line (NEFs, claims registers: there it is in the summary at the end). */
function labelledName(text: string): string | null {
  const m = /\bCase Name[ \t\u00a0]{0,3}:[ \t\u00a0\n]*/i.exec(text);
  return m ? cleanTitle(text.slice(m.index + m[0].length, m.index + m[0].length + 400).split('\n')[0]) : null;
}

/** Appellate dockets name their court after "General Docket" (a BAP sits on its circuit's system). */
function appellateCourtFromHeader(text: string): string | null {
  const head = text.slice(0, 5_000);
  const g = LABELS.generalDocket.exec(head);
  if (!g) return null;
  for (const line of head.slice(g.index + g[0].length).split('\n').slice(0, 4)) {
    const name = line.trim();
    if (name.length < 8) continue;
    return pacerIdFromFullName(name);
  }
  return null;
}

/** Where the lower court's number starts ("Originating Court Information: District: 0975-1 : 1:17-cv-00050"). */
function originatingNumberAt(text: string, courtType: CourtType | null): number {
  const at = text.search(/Originating Court Information/i);
  if (at < 0) return -1;
  const found = findCaseNumbers(text.slice(at, at + 200), { courtType, bare: true })[0];
  return found ? at + found.start : -1;
}

/** The lower court on an appellate docket ("Appeal From: U.S. District Court for Hawaii, Honolulu"). */
function lowerCourt(text: string): string | null {
  const m = /Appeal From[ \t\u00a0]{0,3}:[ \t\u00a0]*([^\n]{3,120})/i.exec(text.slice(0, 20_000));
  if (!m) return null;
  // "U.S. District Court for Northern California, Oakland": a direction before a state is a district.
  const name = m[1]!.split(',')[0]!.trim().replace(/\b(Northern|Southern|Eastern|Western|Middle|Central) (?=[A-Z])/g, '$1 District of ');
  return pacerIdFromFullName(name);
}

/** Appellate dockets print the caption on the line before "Appeal From:" (after the docketed/termed dates). */
function appellateTitle(text: string): string | null {
  const at = text.slice(0, 20_000).search(/Appeal From[ \t\u00a0]{0,3}:/i);
  if (at < 0) return null;
  const lines = text.slice(Math.max(0, at - 600), at).split('\n').map((l) => l.trim()).filter(Boolean);
  return cleanTitle(lines[lines.length - 1]);
}

/** Case numbers listed as XML attributes by possible_case_numbers.pl. */
function xmlCases(doc: Document, court: string | null, courtType: CourtType | null): PageMention[] {
  const out: PageMention[] = [];
  for (const el of Array.from(doc.querySelectorAll('case[number]'))) {
    const value = el.getAttribute('number') ?? '';
    const found = findCaseNumbers(value, { courtType, bare: true })[0];
    if (found) out.push({ ...found, start: -1, end: -1, court });
  }
  return out;
}

export function readPacer(doc: Document, url: URL, index: TextIndex): SiteReading {
  const pageType = pacerPageType(url, doc);
  const { text } = index;
  let court = courtFromHost(url.hostname) ?? courtFromLinks(doc);
  if (pageType === 'pacer/appellate-docket') {
    // A bankruptcy appellate panel dockets on its circuit's system (BAP9 on ecf.ca9): only then
    // does the printed court name overrule the host.
    const named = appellateCourtFromHeader(text);
    if (named && (court === null || named.startsWith('bap'))) court = named;
  }
  const courtType = court ? typeOfCourt(court) : null;
  const ctx: Context = { doc, text, courtType };

  let mentions: PageMention[] = [];
  let primary: CaseNumberMatch | null = null;
  if (pageType === 'pacer/case-numbers') {
    mentions = xmlCases(doc, court, courtType);
    primary = onlyCase(mentions);
    if (primary) mentions = [];
  } else {
    primary = primaryOf(pageType, ctx);
  }

  let title: string | null;
  if (pageType === 'pacer/appellate-docket') title = appellateTitle(text);
  else if (pageType === 'pacer/nef' || pageType === 'pacer/claims-register') title = labelledName(text) ?? titleAfter(text, primary);
  else title = titleAfter(text, primary) ?? (courtType === 'bankruptcy' ? debtorName(text, primary) : null);

  let courtOf: SiteReading['courtOf'];
  let lower: string | null | undefined;
  if (pageType === 'pacer/appellate-docket') {
    // The originating-court block's number belongs to the lower court, and so do typed numbers
    // (`1:17-cv-00050`: cited-court.ts reads them with lowerCourt).
    lower = lowerCourt(text);
    const originAt = originatingNumberAt(text, courtType);
    courtOf = (m) => (m.start === originAt ? lower : undefined);
  }

  return {
    pageType,
    court,
    courtType,
    title: primary ? title : null,
    primary,
    mentions,
    bare: courtType === 'bankruptcy' || courtType === 'appellate',
    scanText: true,
    courtOf,
    lowerCourt: lower,
  };
}
