/**
 * Case identity. A case is court + year + type + serial (numeric), plus the office when printed.
 * Judge initials and defendant numbers are display-only: they change on reassignment.
 * The loose key drops the office so a caption number (`23-cv-04557`) finds `3:23-cv-04557-EMC`.
 */
import type { CaseNumberKind, CaseNumberParts } from './types';

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

/**
 * Same case, where a number a district court's text prints without its type (`23-1194` in
 * "related matters 23-1194", for 2:23-cv-01194: an empty type in its key) may be of any type.
 */
export function sameCaseAnyType(aKey: string, bKey: string): boolean {
  const a = aKey.split('|');
  const b = bKey.split('|');
  if (a[0] !== b[0] || a[1] !== b[1] || a[3] !== b[3]) return false;
  if (a[2] !== b[2] && a[2] !== '' && b[2] !== '') return false;
  return a[4] === undefined || b[4] === undefined || a[4] === b[4];
}

/** Kind of a number printed without a type: only the court it belongs to can say. */
export function bareKind(courtType: CourtType | null | undefined): CaseNumberKind {
  if (courtType === 'bankruptcy') return 'bankruptcy';
  if (courtType === 'district' || courtType === 'special') return 'district';
  return 'appellate';
}

/**
 * A number found on one court's page, as a number of a court of `courtType` (a bare number cited
 * on a district docket that belongs to the court of appeals): the kind and key it has there.
 * Typed numbers say their kind themselves and are returned as they are.
 */
export function asNumberOf<T extends CaseNumberParts & { key: string }>(m: T, courtType: CourtType | null): T {
  if (m.type !== null || m.kind === 'mdl') return m;
  const kind = bareKind(courtType);
  const key = partsKey({ ...m, kind }, courtType);
  return kind === m.kind && key === m.key ? m : { ...m, kind, key };
}
