/**
 * The one regex that finds case-number candidates. Every quantifier is bounded and every repeated
 * group starts with a dash, so at each position the engine does a bounded amount of work: the scan
 * is linear in the length of the text, whatever the text is (see bench/docket-number.bench.ts).
 *
 * Alternatives (named groups, one prefix each; MDL numbers have no year, so `year` is ''):
 *   o*  office form   `4:21-cv-02632-DMR`, `1:2016-cr-01152`, `6:15cv997`, `1:03cr76-1`
 *   c*  caption form  `18-cv-03050-JCS`, `15cv997`
 *   l*  legacy form   `C 18-03050 JCS`, `CV 18-3050`, `C-24-1468-JD`, `CV-17-3923-PHX-DLR`, glued
 *                     `C04-1234 JSW` (find.ts takes a glued one only with initials or a label)
 *   s*  S.D.N.Y. form `14 Civ. 7524 (WFK)`; D.D.C. prints `17-2122 (TSC)`, read by the bare form
 *   e*  E.D.N.Y. bankruptcy `8-09-78585-ast`
 *   b*  bare          `09-80591-JAC`, `17-15589`, `10-01083-8-RDD`, `15-2318-cv`, `2017-2229` (labelled only)
 *   m*  MDL           `MDL No. 2168`
 */
import { CASE_TYPES, COMPACT_CASE_TYPES, NOT_INITIALS, PREFIX_CASE_TYPES } from './case-types';

/** Hyphen-minus and every Unicode dash courts' word processors produce. */
export const DASH = String.raw`[\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]`;
const D = DASH;
/** One space, ordinary or no-break: court HTML often joins the parts of a number with `&nbsp;`. */
const SP = String.raw`[ \u00a0]`;

/**
 * Letters and digits, as character-class contents. Not `\p{L}` and `\p{N}`: each of the two dozen
 * places the regex uses them compiles its own Unicode table, which made compiling it (on every page
 * load, before the first number is found) twice as slow. These ranges keep what matters next to a
 * case number on a court page: ASCII, Latin-1 and Latin Extended letters, the other alphabets and
 * CJK of the Basic Multilingual Plane (their punctuation blocks left out), and the digits and
 * number signs courts' fonts print (superscripts, fractions, Arabic-Indic, Devanagari, fullwidth).
 */
const LETTERS = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u1FFF\u2C00-\u2DFF\u2E80-\u2FFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC`;
const DIGITS = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u2070-\u2079\u2080-\u2089\u2150-\u2189\u2460-\u249B\uFF10-\uFF19`;

const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
/** `cv` → `[cC][vV]`: types in any case, while initials stay case-sensitive. */
const anyCase = (word: string): string =>
  [...word].map((ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`).join('');

const TYPE = `(?:${longestFirst(CASE_TYPES).map(anyCase).join('|')})`;
const COMPACT_TYPE = `(?:${longestFirst(COMPACT_CASE_TYPES).map(anyCase).join('|')})`;
const PREFIX_TYPE = `(?:${longestFirst(Object.keys(PREFIX_CASE_TYPES)).join('|')})`;
const NOT_WORD = `(?!(?:${NOT_INITIALS.join('|')})(?![${LETTERS}]))`;

/** Judge initials: upper case (`DMR`, `SNLJ`) or lower case as bankruptcy courts print them (`jem`), plus a chapter digit (`abf7`). */
const INITIALS = String.raw`${NOT_WORD}(?:[A-Z]{1,4}|[a-z]{2,4})\d{0,2}(?![${LETTERS}${DIGITS}])`;
/** After a typed number: initials and a defendant number, each dash-attached (`-SAS-DCF`, `-RGS-1`). */
const TYPED_SUFFIX = String.raw`(?:${D}${INITIALS}|${D}\d{1,3}(?![${DIGITS}])){0,4}`;
/**
 * After a bare number: initials, optionally preceded by one division digit (`-8-RDD`, `-1-rel`) and
 * followed by a chapter (`-BLS-11`). A digit is never taken without initials, so the date
 * `11-24-11` stays a date.
 */
const BARE_SUFFIX = String.raw`(?:${D}\d{1,2}(?=${D}[A-Za-z]))?(?:${D}${INITIALS}){0,3}(?:(?<=[A-Za-z])${D}\d{1,2}(?![${DIGITS}]))?`;
/** Legacy initials: dash- or single-space-attached, upper case only (`C 18-03050 JCS`, `-PHX-DLR`). */
const LEGACY_SUFFIX = String.raw`(?:(?:${D}|${SP})${NOT_WORD}[A-Z]{1,4}(?![${LETTERS}${DIGITS}])){0,3}`;

/**
 * Not in the middle of a longer token (`a1:21-cv-02632`, `94102-3495`, `$12-345`, `1.21-5`, `12/25-30`).
 * A slash after letters is allowed: the J.P.M.L. prints `NYS/1:22-cv-10283`. The ASCII class comes
 * first because it decides almost every position without the Unicode tables (digits scan 4× faster).
 */
const START = String.raw`(?<![0-9A-Za-z_:\-]|[${LETTERS}${DIGITS}\\@$%&+=~]|${D}|[${DIGITS}][.,/])`;
/** Not followed by more of a token (`21-cv-02632-9999999`, `11-24-11`, `12-3456.78`). */
const END = String.raw`(?![${LETTERS}${DIGITS}_]|${D}[${DIGITS}]|[:.,/][${DIGITS}])`;

const ALTERNATIVES = [
  String.raw`(?<o>\d{1,2}):(?<oy>\d{4}|\d{2})(?:${D}(?<ot>${TYPE})${D}|(?<otc>${COMPACT_TYPE}))(?<os>\d{1,6})(?<ox>${TYPED_SUFFIX})`,
  String.raw`(?<cy>\d{4}|\d{2})(?:${D}(?<ct>${TYPE})${D}|(?<ctc>${COMPACT_TYPE}))(?<cs>\d{1,6})(?<cx>${TYPED_SUFFIX})`,
  String.raw`(?<lt>${PREFIX_TYPE})(?<lp>${D}|${SP})?(?<ly>\d{2})${D}(?<ls>\d{1,6})(?<lx>${LEGACY_SUFFIX})`,
  String.raw`(?<sy>\d{2})${SP}(?<st>${PREFIX_TYPE})\.?${SP}(?<ss>\d{1,5})(?:${SP}\((?<sj>[A-Z]{2,4})\))?`,
  String.raw`(?<eo>\d)${D}(?<ey>\d{2})${D}(?<es>\d{5})(?<ex>${BARE_SUFFIX})`,
  String.raw`(?<by>\d{4}|\d{2})${D}(?<bs>\d{1,5})(?<bx>${BARE_SUFFIX})(?:${SP}\((?<bj>[A-Z]{2,4})\))?`,
  String.raw`(?:MDL|M\.D\.L\.)(?:${SP}?(?:[Nn][Oo]\.?|Docket${SP}[Nn]o\.?|#)${SP}?|${SP}?|${D})(?<ms>\d{1,5})`,
];

/**
 * Every alternative starts with a digit or with the first letter of a prefix or of "MDL". Saying so
 * up front lets the engine skip other characters cheaply before it evaluates the lookbehind: about
 * 3× faster on real text and 10× on runs of dashes.
 */
const FIRST_CHARS = [...new Set([...Object.keys(PREFIX_CASE_TYPES), 'MDL'].map((w) => w[0]))].join('');
const FIRST = `(?=[0-9${FIRST_CHARS}])`;

export const CASE_NUMBER_SOURCE = `${FIRST}${START}(?:${ALTERNATIVES.join('|')})${END}`;

/**
 * Where a case number may be: every number has, at most CANDIDATE_LEAD characters after its first
 * one, a digit followed by a dash or by a glued type and a digit (the year's last digit: `18-cv`,
 * `15cv9`, not `10am`), an office digit followed by a colon and a year (`4:21-`, not a time `11:54:34`),
 * or a year digit followed by a prefix type between spaces (`14 Civ. 7524`, not `24 Market St.`); or
 * it is an MDL number. A looser test than the forms need (dates like `11-24-09` and phone numbers
 * pass): short alternatives without lookaround keep this regex cheap on every kind of text,
 * digits-only included, and a false hit costs only a look at its line with the full regex (and, in
 * the page index, reading its block node by node).
 */
const AFTER_YEAR = `(?:${D}|${COMPACT_TYPE}\\d)`;
const CANDIDATE_SOURCE = String.raw`\d(?:${AFTER_YEAR}|:\d\d(?:\d\d)?${AFTER_YEAR}|${SP}${PREFIX_TYPE}\.?${SP}\d)|M(?:DL|\.D\.L)`;

/** How far before its candidate hit a number may start: a prefix type, its separator and a year digit (`CRIM-17-…`), or a four-digit year. */
export const CANDIDATE_LEAD = Math.max(3, ...Object.keys(PREFIX_CASE_TYPES).map((p) => p.length + 2));

const CANDIDATE_TEST = new RegExp(CANDIDATE_SOURCE);

/** Where the first candidate character of a case number is in `text` (-1: it holds none for sure). */
export function firstCaseNumberCandidate(text: string): number {
  return text.search(CANDIDATE_TEST);
}

/** A fresh global regex for candidate positions (see CANDIDATE_SOURCE). */
export function candidateRegex(): RegExp {
  return new RegExp(CANDIDATE_SOURCE, 'g');
}

/** A fresh global regex (callers own its lastIndex). */
export function caseNumberRegex(): RegExp {
  return new RegExp(CASE_NUMBER_SOURCE, 'gu');
}

/** Splits a dash- or space-joined suffix into its tokens. */
export const SUFFIX_SPLIT = new RegExp(`${D}|${SP}`, 'u');
