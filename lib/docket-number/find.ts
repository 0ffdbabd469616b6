/**
 * findCaseNumbers: every case number in a text, in order, non-overlapping, with its parts.
 * Typed numbers (`4:21-cv-02632`) count everywhere. Bare `YY-NNNNN` numbers count only where the
 * context says they are case numbers: on appellate and bankruptcy pages, or after a case label.
 */
import type { CourtType } from './identity';
import { bareKind, partsKey } from './identity';
import type { CaseNumberKind, CaseNumberMatch } from './types';
import { APPELLATE_TYPE_SUFFIXES, BANKRUPTCY_CASE_TYPES, PREFIX_CASE_TYPES } from './case-types';
import { labelBefore } from './labels';
import { elidedAfter, listGap, listHead, mayContinue, rangeBetween } from './lists';
import { CANDIDATE_LEAD, candidateRegex, caseNumberRegex, SUFFIX_SPLIT } from './pattern';

export type FindOptions = {
  /** Type of the court whose page is being read; decides whether bare `YY-NNNNN` numbers count. */
  courtType?: CourtType | null;
  /** Count bare `YY-NNNNN` numbers everywhere (true on appellate/bankruptcy pages); default: only after a case label. */
  bare?: boolean;
  /**
   * Only numbers starting in [from, to), both at line starts (or the text's ends); the text around
   * is still read as their context (labels, what precedes them). Default: the whole text.
   */
  from?: number;
  to?: number;
  /**
   * Ranges known to hold no candidate (flat, sorted: start0, end0, start1, …), each between line
   * breaks: not searched at all. The page index's blocks taken whole, already tested.
   */
  skip?: readonly number[];
  /**
   * The last number found before `from` (the scan of the text before it): a list that starts
   * before `from` goes on after it (`Nos. 19-35011,` at a piece's end, `19-35023` in the next).
   */
  after?: CaseNumberMatch;
};

/** Unlabeled bare numbers need this many serial digits: `20-23` is far more often a page range than appeal 20-23. */
const MIN_UNLABELED_SERIAL = 3;

type Groups = Record<string, string | undefined>;

const year2 = (y: string): string => (y.length === 4 ? y.slice(2) : y);
const NO_SUFFIX = (): { judges: string[]; defendant: string | null } => ({ judges: [], defendant: null });

/** Initials and defendant number from a suffix like `-SAS-DCF` or `-RGS-1` or `-abf7`. */
function readSuffix(
  suffix: string | undefined,
  takeDefendant: boolean,
  dropTypeSuffix = false,
): { judges: string[]; defendant: string | null } {
  if (!suffix) return NO_SUFFIX();
  const judges: string[] = [];
  let defendant: string | null = null;
  for (const token of suffix.split(SUFFIX_SPLIT)) {
    if (!token) continue;
    if (/^\d+$/.test(token)) {
      if (takeDefendant && defendant === null) defendant = token;
      continue;
    }
    if (dropTypeSuffix && APPELLATE_TYPE_SUFFIXES.has(token)) continue;
    // A chapter digit glued to bankruptcy initials (`abf7`) is not part of the initials.
    judges.push(token.replace(/\d+$/, ''));
  }
  return { judges, defendant };
}

function typedKind(type: string): CaseNumberKind {
  return BANKRUPTCY_CASE_TYPES.has(type) ? 'bankruptcy' : 'district';
}

/** One match object, built once with every field so all matches share a shape (fewer allocations on dense pages). */
function match(
  office: string | null, year: string, type: string | null, serial: string,
  suffix: { judges: string[]; defendant: string | null }, kind: CaseNumberKind,
): CaseNumberMatch {
  return { office, year, type, serial, judges: suffix.judges, defendant: suffix.defendant, kind, text: '', start: 0, end: 0, listStart: 0, key: '' };
}

/** The match for one regex hit, before its text, offsets and key are filled in. */
function matchFrom(g: Groups, courtType: CourtType | null | undefined): CaseNumberMatch | null {
  if (g.os !== undefined) {
    const type = (g.ot ?? g.otc ?? '').toLowerCase();
    const kind = typedKind(type);
    return match(g.o ?? null, year2(g.oy ?? ''), type, g.os, readSuffix(g.ox, kind === 'district'), kind);
  }
  if (g.cs !== undefined) {
    const type = (g.ct ?? g.ctc ?? '').toLowerCase();
    const kind = typedKind(type);
    return match(null, year2(g.cy ?? ''), type, g.cs, readSuffix(g.cx, kind === 'district'), kind);
  }
  if (g.ls !== undefined) {
    const type = PREFIX_CASE_TYPES[g.lt ?? ''];
    // Glued to the year only as N.D. Cal. and W.D. Wash. print them: `C04-1234`, `CV04-1234`, `CR19-0123`.
    if (g.lp === undefined && !/^C[RV]?$/.test(g.lt!)) return null;
    return type ? match(null, g.ly ?? '', type, g.ls, readSuffix(g.lx, false), 'district') : null;
  }
  if (g.ss !== undefined) {
    const type = PREFIX_CASE_TYPES[g.st ?? ''];
    return type ? match(null, g.sy ?? '', type, g.ss, { judges: g.sj ? [g.sj] : [], defendant: null }, 'district') : null;
  }
  if (g.es !== undefined) return match(g.eo ?? null, g.ey ?? '', null, g.es, readSuffix(g.ex, false), 'bankruptcy');
  if (g.bs !== undefined) {
    const suffix = readSuffix(g.bx, false, true);
    if (g.bj) suffix.judges.push(g.bj);
    return match(null, year2(g.by ?? ''), null, g.bs, suffix, bareKind(courtType));
  }
  if (g.ms !== undefined) return match(null, '', null, g.ms, NO_SUFFIX(), 'mdl');
  return null;
}

/**
 * Internal scan. `whole` is parseCaseNumber's mode: the string is known to be a case number, so an
 * unlabelled bare number of any length, or with a four-digit year, is taken.
 *
 * The full regex is run only on lines where the cheap candidate regex hits, from just before the
 * first hit to the line's end: no number spans a line break, and every number holds a hit within
 * CANDIDATE_LEAD characters of its start, so this finds exactly what one run over the whole text
 * finds (`everywhere`, for tests, does that run). Each character is still tried at most once, so
 * the scan stays linear; on real pages most lines have no digit next to a dash and are skipped at
 * the candidate regex's speed.
 */
export function scanCaseNumbers(
  text: string,
  courtType: CourtType | null | undefined,
  bareCounts: boolean,
  { whole = false, everywhere = false, from = 0, to = text.length, skip = [], after }: ScanOptions = {},
): CaseNumberMatch[] {
  const scan: Scan = { text, re: caseNumberRegex(), courtType, bareCounts, whole, out: after ? [after] : [], deniedEnd: -Infinity };
  if (everywhere) scanRegion(scan, to === text.length ? text : text.slice(0, to), from);
  else searchStretches(scan, from, to, skip);
  // Without the number it was handed as the list so far.
  if (after) scan.out.shift();
  return scan.out;
}

/** Search [from, to) without the skipped ranges. */
function searchStretches(scan: Scan, from: number, to: number, skip: readonly number[]): void {
  const candidates = candidateRegex();
  let i = 0;
  while (i < skip.length && skip[i + 1]! <= from) i += 2;
  let at = from;
  while (at < to) {
    let stop = to;
    if (i < skip.length && skip[i]! < to) {
      stop = Math.max(at, skip[i]!);
    }
    if (stop > at) searchStretch(scan, at, stop, from, candidates);
    if (stop >= to) break;
    at = skip[i + 1]!;
    i += 2;
  }
}

/** How scanCaseNumbers scans (from, to and skip as in FindOptions). */
export interface ScanOptions extends Pick<FindOptions, 'from' | 'to' | 'skip' | 'after'> {
  whole?: boolean;
  /** One run of the full regex over the text, without the candidate pre-scan (the tests' reference). */
  everywhere?: boolean;
}

/** One scan's text, full regex and settings, and the numbers found so far. */
interface Scan {
  text: string;
  re: RegExp;
  courtType: CourtType | null | undefined;
  bareCounts: boolean;
  whole: boolean;
  out: CaseNumberMatch[];
  /** Where the last number a label denied ends ("Exhibits 12-345"): a list it starts is denied too ("and 12-346"). */
  deniedEnd: number;
}

/** Numbers announced by candidate hits in [at, stop) of `text` (none starting before `floor`), appended to `out`. */
function searchStretch(scan: Scan, at: number, stop: number, floor: number, candidates: RegExp): void {
  const { text } = scan;
  const stretch = stop === text.length ? text : text.slice(0, stop);
  candidates.lastIndex = at;
  let c: RegExpExecArray | null;
  while ((c = candidates.exec(stretch)) !== null) {
    const lineEnd = text.indexOf('\n', c.index);
    const end = lineEnd < 0 ? text.length : lineEnd;
    // Cut at the line's end (a slice from 0 keeps offsets and the lookbehind's context): a number
    // ends before a line break, and the regex's lookaheads read a break and the string's end alike.
    const region = end === text.length ? text : text.slice(0, end);
    scanRegion(scan, region, Math.max(floor, c.index - CANDIDATE_LEAD));
    if (end >= stop) break;
    candidates.lastIndex = end + 1;
  }
}

/** Every number in `region` (a prefix of `text`) from `from` on, appended to `out`. */
function scanRegion(scan: Scan, region: string, from: number): void {
  const { text, re, courtType, out } = scan;
  // A number found before `from` (the previous region's last one) is not found again.
  const last = out.length ? out[out.length - 1]!.end : 0;
  re.lastIndex = Math.max(from, last);
  const keyOf = (m: CaseNumberMatch): string => partsKey(m, courtType);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) {
    const start = m.index;
    const g = m.groups as Groups;
    const found = matchFrom(g, courtType);
    const head = found ? vouched(scan, g, found, start, start + m[0].length) : undefined;
    if (!found || head === undefined) {
      // A rejected candidate may hide a valid one starting later inside it.
      re.lastIndex = start + 1;
      continue;
    }
    found.text = m[0];
    found.start = start;
    found.end = start + m[0].length;
    found.listStart = head ? head.listStart : start;
    found.key = keyOf(found);
    if (head) for (const implied of rangeBetween(text, head, found, keyOf)) out.push(implied);
    out.push(found);
    const elided = elidedAfter(region, found.end, found, keyOf);
    for (const e of elided) out.push(e);
    if (elided.length) re.lastIndex = elided[elided.length - 1]!.end;
  }
}

/**
 * Whether the context vouches for `found` (at `start`): undefined if not; else the number whose
 * list it continues (null when it stands alone). Typed numbers count everywhere; bare forms (no
 * type letters) and glued legacy forms (`C04-1234`) only after a case label, in a list that
 * continues a counted number, or (bare ones) on pages where bare numbers count.
 */
function vouched(scan: Scan, g: Groups, found: CaseNumberMatch, start: number, end: number): CaseNumberMatch | null | undefined {
  const { text, out, whole } = scan;
  const bare = g.bs !== undefined || g.es !== undefined;
  const legacy = g.ls !== undefined;
  if (!bare && !legacy) return listHead(text, out, start);
  const label = labelBefore(text, start);
  const head = label.kind === 'none' ? listHead(text, out, start) : null;
  if (label.kind === 'denied' || (label.kind === 'none' && !head && listGap(text, scan.deniedEnd, start))) {
    scan.deniedEnd = end;
    return undefined;
  }
  if (legacy) {
    if (g.lp === undefined && label.kind !== 'label' && !head && !found.judges.length) return undefined;
    return head;
  }
  const printedYear = g.by ?? g.ey ?? '';
  if (label.kind === 'label') {
    // "Civil Action No. 17-2122": the label supplies the type the number leaves out.
    if (label.type && g.bs !== undefined) {
      found.type = label.type;
      found.kind = typedKind(label.type);
    }
    return null;
  }
  if (head && mayContinue(head, found.serial, printedYear)) {
    // "3:20-cv-01234, 20-1235": a bare number listed after a typed one is of its type.
    if (head.type !== null && g.bs !== undefined && head.kind !== 'mdl') {
      found.type = head.type;
      found.kind = head.kind;
    }
    return head;
  }
  // A four-digit year (`2017-2229`, Federal Circuit style) looks like a span of years unless labelled.
  const longYear = !whole && printedYear.length === 4;
  const minBareSerial = whole ? 1 : MIN_UNLABELED_SERIAL;
  return scan.bareCounts && !longYear && found.serial.length >= minBareSerial ? null : undefined;
}

export function findCaseNumbers(text: string, options: FindOptions = {}): CaseNumberMatch[] {
  const courtType = options.courtType ?? null;
  const bare = options.bare ?? (courtType === 'appellate' || courtType === 'bankruptcy');
  return scanCaseNumbers(text, courtType, bare, options);
}
