/**
 * findCaseNumbers: every case number in a text, in order, non-overlapping, with its parts.
 * Typed numbers (`4:21-cv-02632`) count everywhere. Bare `YY-NNNNN` numbers count only where the
 * context says they are case numbers: on appellate and bankruptcy pages, or after a case label.
 */
import type { CourtType } from './identity';
import { partsKey } from './identity';
import type { CaseNumberKind, CaseNumberMatch, CaseNumberParts } from './types';
import { BANKRUPTCY_CASE_TYPES, PREFIX_CASE_TYPES } from './case-types';
import { labelBefore } from './labels';
import { caseNumberRegex, SUFFIX_SPLIT } from './pattern';

export type FindOptions = {
  /** Type of the court whose page is being read; decides whether bare `YY-NNNNN` numbers count. */
  courtType?: CourtType | null;
  /** Count bare `YY-NNNNN` numbers everywhere (true on appellate/bankruptcy pages); default: only after a case label. */
  bare?: boolean;
};

/** Unlabeled bare numbers need this many serial digits: `20-23` is far more often a page range than appeal 20-23. */
const MIN_UNLABELED_SERIAL = 3;

type Groups = Record<string, string | undefined>;

const year2 = (y: string): string => (y.length === 4 ? y.slice(2) : y);

/** Initials and defendant number from a suffix like `-SAS-DCF` or `-RGS-1` or `-abf7`. */
function readSuffix(suffix: string | undefined, takeDefendant: boolean): { judges: string[]; defendant: string | null } {
  const judges: string[] = [];
  let defendant: string | null = null;
  if (!suffix) return { judges, defendant };
  for (const token of suffix.split(SUFFIX_SPLIT)) {
    if (!token) continue;
    if (/^\d+$/.test(token)) {
      if (takeDefendant && defendant === null) defendant = token;
      continue;
    }
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

type Candidate = { parts: CaseNumberParts; bare: boolean };

/** Parts from one regex match; `bare` says the context must vouch for it. */
function candidateFrom(g: Groups, courtType: CourtType | null | undefined): Candidate | null {
  if (g.os !== undefined) {
    const type = (g.ot ?? g.otc ?? '').toLowerCase();
    const kind = typedKind(type);
    const { judges, defendant } = readSuffix(g.ox, kind === 'district');
    return { bare: false, parts: { office: g.o ?? null, year: year2(g.oy ?? ''), type, serial: g.os, judges, defendant, kind } };
  }
  if (g.cs !== undefined) {
    const type = (g.ct ?? g.ctc ?? '').toLowerCase();
    const kind = typedKind(type);
    const { judges, defendant } = readSuffix(g.cx, kind === 'district');
    return { bare: false, parts: { office: null, year: year2(g.cy ?? ''), type, serial: g.cs, judges, defendant, kind } };
  }
  if (g.ls !== undefined) {
    const type = PREFIX_CASE_TYPES[g.lt ?? ''] ?? null;
    if (!type) return null;
    const { judges } = readSuffix(g.lx, false);
    return { bare: false, parts: { office: null, year: g.ly ?? '', type, serial: g.ls, judges, defendant: null, kind: 'district' } };
  }
  if (g.ss !== undefined) {
    const type = PREFIX_CASE_TYPES[g.st ?? ''] ?? null;
    if (!type) return null;
    return { bare: false, parts: { office: null, year: g.sy ?? '', type, serial: g.ss, judges: g.sj ? [g.sj] : [], defendant: null, kind: 'district' } };
  }
  if (g.es !== undefined) {
    const { judges } = readSuffix(g.ex, false);
    return { bare: true, parts: { office: g.eo ?? null, year: g.ey ?? '', type: null, serial: g.es, judges, defendant: null, kind: 'bankruptcy' } };
  }
  if (g.bs !== undefined) {
    const { judges } = readSuffix(g.bx, false);
    return { bare: true, parts: { office: null, year: g.by ?? '', type: null, serial: g.bs, judges, defendant: null, kind: bareKind(courtType) } };
  }
  if (g.ms !== undefined) {
    return { bare: false, parts: { office: null, year: '', type: null, serial: g.ms, judges: [], defendant: null, kind: 'mdl' } };
  }
  return null;
}

/**
 * Internal scan. `minBareSerial` is the serial length an unlabeled bare number needs when bare
 * numbers count (parseCaseNumber passes 1: there the whole string is known to be a case number).
 */
export function scanCaseNumbers(
  text: string,
  courtType: CourtType | null | undefined,
  bareCounts: boolean,
  minBareSerial: number,
): CaseNumberMatch[] {
  const out: CaseNumberMatch[] = [];
  const re = caseNumberRegex();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const candidate = candidateFrom((m.groups ?? {}) as Groups, courtType);
    if (candidate && candidate.bare) {
      const label = labelBefore(text, start);
      const ok =
        label === 'label' || (label === 'none' && bareCounts && candidate.parts.serial.length >= minBareSerial);
      if (!ok) {
        // A rejected bare candidate may hide a shorter valid one starting later inside it.
        re.lastIndex = start + 1;
        continue;
      }
    }
    if (!candidate) {
      re.lastIndex = start + 1;
      continue;
    }
    const end = start + m[0].length;
    out.push({ ...candidate.parts, text: m[0], start, end, key: partsKey(candidate.parts, courtType) });
  }
  return out;
}

export function findCaseNumbers(text: string, options: FindOptions = {}): CaseNumberMatch[] {
  const courtType = options.courtType ?? null;
  const bare = options.bare ?? (courtType === 'appellate' || courtType === 'bankruptcy');
  return scanCaseNumbers(text, courtType, bare, MIN_UNLABELED_SERIAL);
}
