/**
 * Numbers cited together, as clerks and litigators write them: `Consolidated appeal Nos. 19-35011
 * and 19-35023`, `MANDATE of USCA (18-15068, 18-15070)`, `related matters 23-1194 (Doe v. Roe),
 * 23-1197 (Poe v. Roe), and 23-1190`, `Case Nos. 1:21-cv-00100, -00101, -00102`, `Cases 08-12605
 * through 08-12629`. A number that follows another across nothing but a list separator (after a
 * number, optionally the parenthetical naming its parties or judge) is vouched for by the first:
 * what the label before the list says, it says of each. Every check reads a bounded stretch right
 * next to a number, so the scan stays linear.
 */
import type { CaseNumberMatch } from './types';
import { DASH } from './pattern';

/**
 * White space in a list: court HTML wraps long docket text inside a cell, so a line break and the
 * source's indentation may sit where a space is shown.
 */
const W = String.raw`\s{1,40}`;
const W0 = String.raw`\s{0,40}`;
/** After a listed number: its parenthetical (`(Doe v. Roe)`, `(JCS)`), then `,` / `;` and maybe a word, or a joining word. */
const LIST_GAP = new RegExp(
  String.raw`^(?:${W0}\([^()]{1,200}\))?(?:${W0}[,;]${W0}(?:(?:and|or|&)${W})?|${W}(?:and|or|&|through|thru)${W})$`,
  'i',
);
/** Longest stretch LIST_GAP can match: longer gaps are not looked at. */
const MAX_LIST_GAP = 400;
/** A range written out: `17-15589 through 17-15592`. */
const RANGE_GAP = new RegExp(String.raw`^${W}(?:through|thru)${W}$`, 'i');
/**
 * The numbers a written range implies, at most this many (a wider one gives only its ends: a typo
 * in a serial must not flood the page with cases).
 */
export const MAX_RANGE_STEPS = 50;
/** A listed serial with the rest elided: `, -00101`, ` and -00102` (judge initials may follow). */
const ELIDED = new RegExp(
  String.raw`(?:${W0},${W0}(?:(?:and|&)${W})?|${W}(?:and|&)${W})(${DASH}(\d{1,6})(?:${DASH}[A-Z]{2,4}){0,2})(?![0-9A-Za-z]|${DASH}\d)`,
  'y',
);
/** `10-2019` after a number is a month and year, not a listed case. */
const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])-(?:19|20)\d\d$/;

/**
 * The number `start` continues a list of: the one found last, if only a list separator lies
 * between the two; else null.
 */
export function listHead(text: string, out: readonly CaseNumberMatch[], start: number): CaseNumberMatch | null {
  const head = out.length ? out[out.length - 1]! : null;
  return head && head.end > 0 && listGap(text, head.end, start) ? head : null;
}

/** Is the text between `end` (where a listed number ends) and `start` only a list separator? */
export function listGap(text: string, end: number, start: number): boolean {
  return start > end && start - end <= MAX_LIST_GAP && LIST_GAP.test(text.slice(end, start));
}

/** Whether a bare number after `head` in a list may be taken as listed: not a page pin or a month and year. */
export function mayContinue(head: CaseNumberMatch, serial: string, printedYear: string): boolean {
  if (serial.length < 3 || MONTH_YEAR.test(`${printedYear}-${serial}`)) return false;
  // A four-digit year (`2017-2229`) continues only a list that prints them so.
  return printedYear.length !== 4 || /^\d{4}/.test(head.text);
}

/** The same court's series (year, type, kind, office) but for the serial. */
const series = (m: CaseNumberMatch): string => `${m.year}|${m.type}|${m.kind}|${m.office}`;

/**
 * The numbers strictly between `head` and `next` if they are a written range (`head through
 * next`, one series, ascending, at most MAX_RANGE_STEPS between): each placed where `head` ends,
 * its text `head`'s with its serial.
 */
export function rangeBetween(text: string, head: CaseNumberMatch, next: CaseNumberMatch, keyOf: (m: CaseNumberMatch) => string): CaseNumberMatch[] {
  const out: CaseNumberMatch[] = [];
  const from = +head.serial;
  const to = +next.serial;
  if (to - from - 1 > MAX_RANGE_STEPS || head.kind === 'mdl' || series(head) !== series(next) || !RANGE_GAP.test(text.slice(head.end, next.start))) return out;
  for (let n = from + 1; n < to; n++) {
    const serial = String(n).padStart(head.serial.length, '0');
    const m = { ...head, serial };
    m.text = head.text.replace(head.serial, serial);
    m.start = m.end = head.end;
    m.key = keyOf(m);
    out.push(m);
  }
  return out;
}

/**
 * The elided serials listed right after `head` (`1:21-cv-00100, -00101, -00102`): each with the
 * head's office, year and type, its own printed text and offsets. Only serials as wide as the
 * head's: `, -5` is not `-00005`.
 */
export function elidedAfter(text: string, end: number, head: CaseNumberMatch, keyOf: (m: CaseNumberMatch) => string): CaseNumberMatch[] {
  const out: CaseNumberMatch[] = [];
  if (head.kind === 'mdl') return out;
  ELIDED.lastIndex = end;
  let e: RegExpExecArray | null;
  while ((e = ELIDED.exec(text)) !== null && e[2]!.length === head.serial.length) {
    const m = { ...head, serial: e[2]!, judges: [], defendant: null };
    m.text = e[1]!;
    m.start = e.index + e[0].length - e[1]!.length;
    m.end = e.index + e[0].length;
    m.key = keyOf(m);
    out.push(m);
  }
  return out;
}
