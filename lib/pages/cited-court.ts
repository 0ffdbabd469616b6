/**
 * The court a case number cited in a page's text belongs to, when it is not the court the page
 * reader gave it and the words around it (its cue: court-cue.ts) say so: by the number's form (a
 * `bk` number on a district docket is the bankruptcy court's), by the words before its list
 * (`USCA Case Number`, `Ninth Circuit`, `Consolidated appeal Nos.`: the circuit's court of
 * appeals; `Bankruptcy Case No.`: the district's bankruptcy court), by a court named right after
 * it (`No. 17-cv-00050 (D. Haw.)`, `2019 WL 123456, at *2 (N.D. Cal. 2019)`) or by the J.P.M.L.'s
 * district prefix (`NYS/1:22-cv-10283`). Otherwise it keeps its court: related matters in a
 * court's docket text are its own. Read by the background for each page report and by readPage
 * (CLI, tests), never in the content script. Each rule reads a bounded cue: cheap per number.
 */
import { courtType as typeOfCourt, pacerIdFromCitation } from '../courts';
import { appealsCourt, appellatePanel, siblingCourt } from '../courts/circuits';
import type { CaseNumberParts } from '../docket-number/types';
import type { CourtCue } from './court-cue';

/** A number as the page reader reported it: its form, the court it gave it, the words around it. */
export interface CitedNumber extends Pick<CaseNumberParts, 'type' | 'kind'> {
  court: string | null;
  cue?: CourtCue;
}

/** The J.P.M.L. prints each member case with its district: `MA/1:22-cv-12025`, `PAE/2:22-cv-04779`. */
const DISTRICT_PREFIX = /(?:^|[^A-Za-z])([A-Z]{2,3})\/$/;
/**
 * A court in parentheses right after a number, maybe after a Westlaw or Lexis cite and pin:
 * `(D. Haw.)`, `(9th Cir. 2019)`, `, 2019 WL 123456, at *2 (N.D. Cal. Jan. 3, 2019)`.
 */
const COURT_AFTER = /^(?:[-\u2013][A-Z]{2,4}){0,2},?\s{0,3}(?:\d{4} (?:WL|U\.S\. Dist\. LEXIS|U\.S\. App\. LEXIS|Bankr\. LEXIS) \d{1,9}(?:, at \*\d{1,5}(?:[-\u2013]\*?\d{1,5})?)?\s{0,3})?\(([^()\n]{2,60})\)/;
/** A date or year closing a court parenthetical (`Jan. 3, 2019`, `2019`). */
const DATE_END = /[,\s]*(?:(?:[A-Z][a-z]{2,4}\.?|Sept\.)\s\d{1,2},\s*)?(?:19|20)\d\d\s*$/;

/** Where a phrase before a number ends: a closing bracket, a semicolon, a sentence's end (a word of 3+ letters and a period). */
const PHRASE_END = /\)|;|([A-Za-z]{3,})\.\s/g;
/** Abbreviations whose period ends no sentence ("Nos. 19-35011", "Bankr. No.", "Adv. Proc. No."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['nos', 'num', 'bankr', 'adv', 'proc', 'civ', 'crim', 'misc', 'cir', 'dist', 'app', 'dkt']);
const APPEALS_COURT = /\bUSCA\b|U\.S\.C\.A\.|\bCourt of Appeals\b|\bCircuit\b|\bCir\./i;
const PANEL = /\bBankruptcy Appellate Panel\b|\bBAP\b/i;
const APPEAL = /\bappeal|\bappellate\b|\bmandate\b/i;
const BANKRUPTCY_COURT = /\bBankruptcy (?:Court|Case|Petition|No\.|Number|#)|\bBankr\.|\bBK (?:Case|No\.|#)|\bAdv(?:ersary|\.) (?:Proc|Pro|No\.|Case|#)/i;
const DISTRICT_COURT = /\bDistrict Court\b|\bUSDC\b|U\.S\.D\.C\./i;
/** A circuit the words name: `8th Circuit`, `Fifth Circuit`, `11th Cir.`, `Fed. Cir.`, `D.C. Circuit`. */
const NAMED_CIRCUIT = /\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|Fed(?:eral|\.)|D\.\s?C\.)\s?Cir(?:cuit\b|\.)/i;

/** The words of the phrase the cue's text before the list ends with. */
function phrase(before: string): string {
  let cut = 0;
  PHRASE_END.lastIndex = 0;
  for (let e = PHRASE_END.exec(before); e; e = PHRASE_END.exec(before)) {
    const word = e[1]?.toLowerCase();
    if (word === undefined || !ABBREVIATIONS.has(word)) cut = e.index + e[0].length;
  }
  return before.slice(cut);
}

/** The court named in parentheses right after the number, or null. */
function courtAfter(after: string): string | null {
  const p = COURT_AFTER.exec(after);
  const name = p ? p[1]!.replace(DATE_END, '').trim() : '';
  return name ? pacerIdFromCitation(name) : null;
}

/** A named court that a number of `m`'s form can belong to (a typed number is no court of appeals'). */
function fits(m: CitedNumber, court: string | null): string | null {
  if (!court || m.type === null) return court;
  const type = typeOfCourt(court);
  if (type === 'appellate') return null;
  if (m.kind === 'bankruptcy' && type === 'district') return siblingCourt(court, 'bankruptcy');
  if (m.kind === 'district' && type === 'bankruptcy') return siblingCourt(court, 'district');
  return court;
}

/** The court `m`'s cue names, when it is another than `m.court`; undefined when nothing says. */
export function citedCourt(m: CitedNumber): string | null | undefined {
  const cue = m.cue;
  if (!cue) return undefined;
  const prefix = DISTRICT_PREFIX.exec(cue.before);
  const fromPrefix = prefix ? fits(m, `${prefix[1]!.toLowerCase()}d`) : null;
  if (fromPrefix && typeOfCourt(fromPrefix)) return fromPrefix;
  const named = fits(m, courtAfter(cue.after));
  if (named) return named;
  const own = m.court;
  if (!own) return undefined;
  const ownType = typeOfCourt(own);
  // A typed number is its kind's court: a `bk` number on a district docket, a `cv` one on a bankruptcy docket.
  if (m.type !== null) return fits(m, own) === own ? undefined : fits(m, own);
  if (m.kind === 'mdl' || ownType === 'appellate') return undefined;
  const words = phrase(cue.before);
  if (PANEL.test(words)) return appellatePanel(own) ?? undefined;
  if (APPEALS_COURT.test(words)) {
    const circuit = NAMED_CIRCUIT.exec(words);
    return (circuit ? pacerIdFromCitation(circuit[0]) : null) ?? appealsCourt(own) ?? undefined;
  }
  if (ownType === 'bankruptcy') return DISTRICT_COURT.test(words) ? siblingCourt(own, 'district') ?? undefined : undefined;
  if (BANKRUPTCY_COURT.test(words)) return siblingCourt(own, 'bankruptcy') ?? undefined;
  if (APPEAL.test(words)) return appealsCourt(own) ?? undefined;
  return undefined;
}
