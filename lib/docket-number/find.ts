/**
 * findCaseNumbers: every case number in a text, in order, non-overlapping, with its parts.
 * Typed numbers (`4:21-cv-02632`) count everywhere. Bare `YY-NNNNN` numbers count only where the
 * context says they are case numbers: on appellate and bankruptcy pages, or after a case label.
 */
import type { CourtType } from './identity';
import { partsKey } from './identity';
import type { CaseNumberKind, CaseNumberMatch } from './types';
import { APPELLATE_TYPE_SUFFIXES, BANKRUPTCY_CASE_TYPES, PREFIX_CASE_TYPES } from './case-types';
import { labelBefore } from './labels';
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

/** Kind of a number printed without a type: only the court it appears in can say. */
function bareKind(courtType: CourtType | null | undefined): CaseNumberKind {
  if (courtType === 'bankruptcy') return 'bankruptcy';
  if (courtType === 'district' || courtType === 'special') return 'district';
  return 'appellate';
}

/** One match object, built once with every field so all matches share a shape (fewer allocations on dense pages). */
function match(
  office: string | null, year: string, type: string | null, serial: string,
  suffix: { judges: string[]; defendant: string | null }, kind: CaseNumberKind,
): CaseNumberMatch {
  return { office, year, type, serial, judges: suffix.judges, defendant: suffix.defendant, kind, text: '', start: 0, end: 0, key: '' };
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
  { whole = false, everywhere = false, from = 0, to = text.length, skip = [] }: ScanOptions = {},
): CaseNumberMatch[] {
  const scan: Scan = { text, re: caseNumberRegex(), courtType, bareCounts, whole, out: [] };
  if (everywhere) {
    scanRegion(scan, to === text.length ? text : text.slice(0, to), from);
    return scan.out;
  }
  const candidates = candidateRegex();
  // The stretches to search: [from, to) without the skipped ranges.
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
  return scan.out;
}

/** How scanCaseNumbers scans (from, to and skip as in FindOptions). */
export interface ScanOptions extends Pick<FindOptions, 'from' | 'to' | 'skip'> {
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
  const { text, re, courtType, bareCounts, whole, out } = scan;
  const minBareSerial = whole ? 1 : MIN_UNLABELED_SERIAL;
  // A number found before `from` (the previous region's last one) is not found again.
  const last = out.length ? out[out.length - 1]!.end : 0;
  re.lastIndex = Math.max(from, last);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) {
    const start = m.index;
    const g = m.groups as Groups;
    const found = matchFrom(g, courtType);
    // Bare forms (no type letters) count only where the context vouches for them.
    const bare = g.bs !== undefined || g.es !== undefined;
    let ok = found !== null;
    if (found && g.ls !== undefined) ok = labelBefore(text, start).kind !== 'denied';
    if (found && bare) {
      const label = labelBefore(text, start);
      // A four-digit year (`2017-2229`, Federal Circuit style) looks like a span of years unless labelled.
      const longYear = !whole && (g.by?.length ?? 0) === 4;
      ok = label.kind === 'label' || (label.kind === 'none' && bareCounts && !longYear && found.serial.length >= minBareSerial);
      if (ok && label.type && g.bs !== undefined) {
        // "Civil Action No. 17-2122": the label supplies the type the number leaves out.
        found.type = label.type;
        found.kind = 'district';
      }
    }
    if (!found || !ok) {
      // A rejected candidate may hide a valid one starting later inside it.
      re.lastIndex = start + 1;
      continue;
    }
    found.text = m[0];
    found.start = start;
    found.end = start + m[0].length;
    found.key = partsKey(found, courtType);
    out.push(found);
  }
}

export function findCaseNumbers(text: string, options: FindOptions = {}): CaseNumberMatch[] {
  const courtType = options.courtType ?? null;
  const bare = options.bare ?? (courtType === 'appellate' || courtType === 'bankruptcy');
  return scanCaseNumbers(text, courtType, bare, options);
}
