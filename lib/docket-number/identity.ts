/**
 * Case identity. A case is court + year + type + serial (numeric), plus the office when printed.
 * Judge initials and defendant numbers are display-only: they change on reassignment.
 * The loose key drops the office so a caption number (`23-cv-04557`) finds `3:23-cv-04557-EMC`.
 */
import type { CaseNumberParts } from './types';

export type CourtType = 'district' | 'bankruptcy' | 'appellate' | 'special';

/** Normalised type used in keys: a bare number in a bankruptcy court is a `bk` case. */
export function identityType(parts: Pick<CaseNumberParts, 'type' | 'kind'>, courtType?: CourtType | null): string {
  if (parts.kind === 'mdl') return 'mdl';
  if (parts.type) return parts.type;
  if (courtType === 'bankruptcy' || parts.kind === 'bankruptcy') return 'bk';
  return '';
}

/** Key within a court, without the office. */
export function partsLooseKey(parts: CaseNumberParts, courtType?: CourtType | null): string {
  return `${parts.year}|${identityType(parts, courtType)}|${Number(parts.serial)}`;
}

/** Key within a court; includes the office when known. */
export function partsKey(parts: CaseNumberParts, courtType?: CourtType | null): string {
  const loose = partsLooseKey(parts, courtType);
  return parts.office ? `${loose}|${Number(parts.office)}` : loose;
}

export function caseKey(court: string, parts: CaseNumberParts, courtType?: CourtType | null): string {
  return `${court}|${partsKey(parts, courtType)}`;
}

export function looseCaseKey(court: string, parts: CaseNumberParts, courtType?: CourtType | null): string {
  return `${court}|${partsLooseKey(parts, courtType)}`;
}

/**
 * Same case? Loose keys equal and offices compatible (equal, or one side does not print one).
 * `1:16-cr-01152` and `3:16-cr-01152` in one court stay two cases.
 */
export function sameCase(aKey: string, bKey: string): boolean {
  const a = aKey.split('|');
  const b = bKey.split('|');
  // court|year|type|serial[|office]
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return false;
  return a[4] === undefined || b[4] === undefined || a[4] === b[4];
}
