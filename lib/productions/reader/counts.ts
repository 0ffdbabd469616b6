/**
 * Page counts in a sentence: a number ("1,024", "46", "forty-six", "thirty (30)", "a 500-page")
 * followed by "pages" (with up to four words between: "additional", "potentially responsive"), or a
 * bare number that another reading step may accept when a verb governs it ("released 300 pages in
 * full and 150 in part"). Numbers that are labels (ECF No. 45, Exemption 5, § 552, at 3, $350,
 * 25%), parts of dates, codes (2018-ICFO-26258, 1:19-cv-01234) or reporter cites (123 F.3d 456)
 * are never counts. Examples: counts.examples.ts.
 */
import type { Token } from './tokens';

export type Hedge = 'approximate' | 'atLeast' | null;

export interface PageCount {
  /** Index of the number (the digits of "thirty (30)"). */
  at: number;
  /** First token of the phrase, hedge included ("approximately 2,947"). */
  first: number;
  /** Token after the phrase ("pages of potentially responsive records" included). */
  end: number;
  value: number;
  /** Followed by "page(s)": otherwise a bare number a verb must govern. */
  unit: boolean;
  hedge: Hedge;
  /** Words between the number and "pages", and "the remaining" before it: additional, potentially, redacted… */
  modifiers: ReadonlySet<string>;
  /** The rate words right after the phrase ("per month", "a week"), as pages per month; null when none. */
  perMonth: number | null;
}

/** Words right before a number that make it a label, not a count. */
const LABEL_BEFORE: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'numbers', '#', 'ecf', 'dkt', 'doc', 'docs', 'docket', 'document', 'entry', 'entries', '§', '§§', '¶',
  '¶¶', 'at', 'p', 'pp', 'pg', 'pgs', 'page', 'pages', 'exemption', 'exemptions', 'rule', 'rules', 'section', 'sections',
  'sec', 'part', 'title', 'vol', 'volume', 'chapter', 'ch', 'paragraph', 'paragraphs', 'para', '$', 'item', 'items', 'exhibit',
  'exhibits', 'ex', 'exh', 'tab', 'appendix', 'attachment', 'pub', 'l', 'n', 'note', 'footnote', 'fn', 'request', 'tracking',
  'fy', 'case', 'civil', 'action', 'bates', 'volume', 'line', 'lines', 'order', 'stat',
  'cir', 'code', 'u.s.c', 'c.f.r', 'room', 'suite', 'box', 'tel', 'phone', 'fax', 'version', 'step', 'phase',
  'category', 'categories', 'custodian', 'opinion', 'slip', 'op', 'minute', 'year', 'years',
]);

/** Words before a pin cite ("Id. at 3"): they make a bare number a label, not one followed by "pages". */
const LABEL_BEFORE_BARE: ReadonlySet<string> = new Set(['at', 'and', 'through', 'to', 'or', '-', '–']);

/** Words right after a number that make it something other than a count of pages. */
const NOT_PAGES_AFTER: ReadonlySet<string> = new Set([
  '%', 'percent', 'u.s', 'u.s.c', 'c.f.r', 'f', 'f.2d', 'f.3d', 'f.4th', 'f.supp', 's', 'fed', 'wl', 'stat', 'l', 'cong', 'a.2d',
]);

/** Words that may sit between the number and "pages". */
const MODIFIERS: ReadonlySet<string> = new Set([
  'additional', 'more', 'potentially', 'responsive', 'total', 'new', 'further', 'remaining', 'non-exempt', 'nonexempt',
  'redacted', 'unredacted', 'partially', 'fully', 'other', 'unique', 'separate', 'bates-stamped', 'bates-numbered', 'numbered',
  'printed', 'electronic', 'paper', 'outstanding', 'previously', 'withheld', 'released', 'processed', 'reviewed', 'of', 'records',
  'record', 'documents', 'document', 'material', 'materials', 'email', 'emails', 'e-mail', 'e-mails', 'non-responsive', 'duplicate',
  'duplicative', 'classified', 'unclassified', 'agency', 'referred', 'located', 'identified',
]);

/** After "pages": "of (potentially responsive) records" belongs to the count. */
const OF_WHAT: ReadonlySet<string> = new Set([
  'records', 'record', 'documents', 'material', 'materials', 'emails', 'e-mails', 'email', 'information', 'data', 'files',
  'attachments', 'correspondence', 'messages', 'text', 'responsive', 'potentially', 'agency', 'material', 'non-exempt', 'nonexempt',
  'such', 'additional', 'electronic', 'paper',
]);

const HEDGE_ONE: ReadonlySet<string> = new Set([
  'approximately', 'approx', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'estimated', 'over', '~', 'circa', 'ca',
]);

const HEDGE_TWO: ReadonlyMap<string, Hedge> = new Map<string, Hedge>([
  ['more than', 'approximate'], ['in excess of', 'approximate'], ['upwards of', 'approximate'], ['close to', 'approximate'],
  ['just over', 'approximate'], ['just under', 'approximate'], ['fewer than', 'approximate'], ['less than', 'approximate'],
  ['at least', 'atLeast'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['a minimum of', 'atLeast'], ['up to', 'approximate'],
]);

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "forty-six", "twelve", "thirty": a number word's value, or null. */
function wordValue(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower]!;
  if (lower in TENS) return TENS[lower]!;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const t = TENS[lower.slice(0, dash)];
    const u = UNITS[lower.slice(dash + 1)];
    if (t !== undefined && u !== undefined && u > 0 && u < 10) return t + u;
  }
  return null;
}

/** Number words from token i: "five hundred", "one thousand two hundred", "forty-six"; [value, end]. */
function readWords(tokens: readonly Token[], i: number): [number, number] | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  while (j < tokens.length && j < i + 6) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const v = wordValue(t.lower);
    if (v !== null) {
      if (any && current % 100 !== 0 && current !== 0) break; // "five six"
      current += v;
      any = true;
      j++;
      continue;
    }
    if (any && t.lower === 'hundred') {
      current = (current || 1) * 100;
      j++;
      continue;
    }
    if (any && t.lower === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      j++;
      continue;
    }
    if (any && t.lower === 'and' && tokens[j + 1] && wordValue(tokens[j + 1]!.lower) !== null && (current >= 100 || total > 0)) {
      j++;
      continue;
    }
    break;
  }
  return any ? [total + current, j] : null;
}

const GLUED_PAGE = /^(\d+)-pages?$/i;

function isPageWord(t: Token | undefined): boolean {
  return !!t && (t.lower === 'pages' || t.lower === 'page' || t.lower === 'pages/month' || t.lower === 'pgs' || t.lower === 'pp');
}

const MONTH_WORDS: ReadonlySet<string> = new Set(['month', 'calendar']);

/**
 * "per month", "a month", "each month", "every month", "monthly", "per 30 days", "every thirty (30)
 * days", "every four weeks", "per week", "every two weeks": the rate starting at token i, as a
 * factor to pages per month; [factor, end] or null.
 */
export function rateAt(tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.lower === 'monthly') return [1, i + 1];
  if (t.lower === 'weekly') return [52 / 12, i + 1];
  if (t.lower === '/' && tokens[i + 1]?.lower === 'month') return [1, i + 2];
  if (!['per', 'a', 'each', 'every', 'an'].includes(t.lower)) return null;
  let j = i + 1;
  const n = tokens[j];
  if (!n) return null;
  if (MONTH_WORDS.has(n.lower)) return [1, n.lower === 'calendar' && tokens[j + 1]?.lower === 'month' ? j + 2 : j + 1];
  if (n.lower === 'week') return [52 / 12, j + 1];
  if (n.lower === 'two-week' || n.lower === 'fortnight') return [26 / 12, j + 1];
  // "every 30 days", "every thirty (30) days", "each 30-day period", "every four weeks"
  let count: number | null = null;
  if (n.kind === 'number') {
    count = n.value!;
    j++;
  } else if (/^30-day$/.test(n.lower)) {
    return [1, tokens[j + 1]?.lower === 'period' ? j + 2 : j + 1];
  } else {
    const w = readWords(tokens, j);
    if (w) {
      count = w[0];
      j = w[1];
    }
  }
  if (count === null) return null;
  if (tokens[j]?.text === '(' && tokens[j + 1]?.kind === 'number' && tokens[j + 2]?.text === ')') {
    count = tokens[j + 1]!.value!;
    j += 3;
  }
  const unit = tokens[j]?.lower;
  if (unit === 'days' || unit === 'day') return count > 0 ? [30 / count, j + 1] : null;
  if (unit === 'weeks' || unit === 'week') return count > 0 ? [52 / 12 / count, j + 1] : null;
  if (unit === 'months' || unit === 'month') return count > 0 ? [1 / count, j + 1] : null;
  return null;
}

function hedgeBefore(tokens: readonly Token[], i: number): [Hedge, number] {
  const w1 = tokens[i - 1]?.lower ?? '';
  const w2 = tokens[i - 2]?.lower ?? '';
  const w3 = tokens[i - 3]?.lower ?? '';
  const three = `${w3} ${w2} ${w1}`;
  const two = `${w2} ${w1}`;
  if (HEDGE_TWO.has(three)) return [HEDGE_TWO.get(three)!, i - 3];
  if (HEDGE_TWO.has(two)) return [HEDGE_TWO.get(two)!, i - 2];
  // "an estimated 3,000 pages", "approximately 2,947".
  if (HEDGE_ONE.has(w1)) return ['approximate', w2 === 'an' || w2 === 'a' ? i - 2 : i - 1];
  return [null, i];
}

const REMAINING_BEFORE: ReadonlySet<string> = new Set(['remaining', 'outstanding', 'additional', 'further', 'another']);

/**
 * No real sentence holds more counts than this; past it the rest of a (pathological) sentence is
 * not read, so the pairwise steps after this one stay bounded.
 */
export const MAX_COUNTS = 200;

/** Every page count in the sentence; tokens in `taken` (dates) are skipped. */
export function findCounts(tokens: readonly Token[], taken: ReadonlySet<number>): PageCount[] {
  const out: PageCount[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_COUNTS; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i]!;
    let value: number | null = null;
    const at = i;
    let next = i + 1;
    let glued = false;
    if (t.kind === 'number') {
      value = t.value!;
    } else if (t.kind === 'code' && GLUED_PAGE.test(t.text)) {
      value = Number(GLUED_PAGE.exec(t.text)![1]);
      glued = true;
    } else if (t.kind === 'word') {
      const w = readWords(tokens, i);
      if (w) {
        value = w[0];
        next = w[1];
        // "thirty (30) pages": the digits are the number.
        if (tokens[next]?.text === '(' && tokens[next + 1]?.kind === 'number' && tokens[next + 2]?.text === ')') {
          value = tokens[next + 1]!.value!;
          next += 3;
        }
      } else if (t.lower === 'no' && isPageWord(tokens[i + 1])) {
        value = 0; // "no pages were withheld in full"
      }
    }
    if (value === null || value > 1e8) continue;
    const wordNumber = t.kind === 'word';
    // A digit count written out first ("thirty (30)") was read with its words.
    if (t.kind === 'number' && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && tokens[i - 2] && readWords(tokens, i - 2)) continue;
    const prev = tokens[i - 1];
    if (prev && LABEL_BEFORE.has(prev.lower)) continue;
    // "(b)(6)": a number in brackets right after a closing bracket.
    if (prev?.text === '(' && tokens[i - 2]?.text === ')') continue;
    // "1,024" glued to a dash and "page": "a 1,024-page production".
    if (!glued && tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && isPageWord(tokens[i + 2]) && tokens[i + 2]!.start === tokens[i + 1]!.end) {
      glued = true;
      next = i + 3;
    }
    const after = tokens[next];
    if (after && NOT_PAGES_AFTER.has(after.lower)) continue;
    if (after?.kind === 'code' && /^[A-Z]\.\d/.test(after.text)) continue; // "F.3d", "F.4th"
    // Up to four modifiers, then "pages".
    let j = next;
    const modifiers = new Set<string>();
    let unit = glued;
    if (!glued) {
      let k = j;
      while (k < tokens.length && k < j + 4 && MODIFIERS.has(tokens[k]!.lower) && !isPageWord(tokens[k])) k++;
      if (isPageWord(tokens[k])) {
        for (let m = j; m < k; m++) modifiers.add(tokens[m]!.lower);
        unit = true;
        j = k + 1;
      } else if (isPageWord(tokens[j])) {
        unit = true;
        j++;
      } else if (tokens[j]?.lower === 'of' && ['those', 'these', 'the', 'such', 'its', 'their'].includes(tokens[j + 1]?.lower ?? '') && isPageWord(tokens[j + 2])) {
        // "227 of those pages", "120 of the pages"
        unit = true;
        j += 3;
      }
    }
    if (wordNumber && !unit) continue; // "one of the documents": words count only with "pages"
    if (!unit && value === 0) continue;
    let perMonth: number | null = null;
    if (unit) {
      // "pages of (potentially responsive) records"
      if (tokens[j]?.lower === 'of') {
        let k = j + 1;
        while (k < tokens.length && k < j + 5 && OF_WHAT.has(tokens[k]!.lower)) k++;
        if (k > j + 1) j = k;
      }
      if (tokens[j - 1]?.lower === 'pages/month') perMonth = 1;
      else {
        const rate = rateAt(tokens, j);
        if (rate) {
          perMonth = rate[0];
          j = rate[1];
        }
      }
    } else {
      // "ECF Nos. 12 and 14", "Exemptions 5, 6 and 7": a list of labels goes on being labels.
      const prev2 = tokens[i - 2];
      if (prev && (LABEL_BEFORE_BARE.has(prev.lower) || prev.text === ',') && prev2?.kind === 'number' && !out.some((c) => c.at === i - 2)) continue;
      if (prev && (prev.lower === 'at' || prev.text === '*' || prev.kind === 'code' || NOT_PAGES_AFTER.has(prev.lower))) continue; // "at *3", "F.3d 456", "WL 1234567"

      // A bare number counts only before a phrase a count continues with ("150 in part", "62 were
      // withheld", "300 of which"), never before a noun of its own ("12 occasions", "30 days").
      const a = tokens[next];
      if (a && a.kind === 'word' && !BARE_FOLLOWERS.has(a.lower)) continue;
      if (a && a.kind === 'code') continue;
      j = next;
    }
    const [hedge, first] = hedgeBefore(tokens, i);
    for (let m = Math.max(0, first - 3); m < first; m++) if (REMAINING_BEFORE.has(tokens[m]!.lower)) modifiers.add(tokens[m]!.lower);
    if (perMonth !== null) perMonth = value * perMonth;
    out.push({ at, first, end: j, value, unit, hedge, modifiers, perMonth });
    i = Math.max(i, j - 1);
  }
  return out;
}

/** What may follow a bare count: "in part", "were released", "of which", "to the FBI", "pursuant to". */
const BARE_FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'of', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'with', 'and', 'or', 'to', 'for', 'as', 'pursuant',
  'under', 'entirely', 'which', 'that', 'being', 'will', 'would', 'should', 'remain', 'remained', 'remaining', 'partially',
  'fully', 'subject', 'also', 'each', 'respectively', 'more', 'additional', 'others', 'withheld', 'released', 'referred',
  'redacted', 'processed', 'reviewed', 'produced',
]);
