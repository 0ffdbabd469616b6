/**
 * From what a user or a file gives (court id + printed case number) to the stored identity:
 * parts, identity key and loose key. One place, so create, import and lookups agree.
 */
import { courtInfo, courtType } from '../courts';
import { parseCaseNumber } from '../docket-number';
import { caseKey, looseCaseKey, type CourtType } from '../docket-number/identity';
import type { CaseNumberParts } from '../docket-number/types';

export interface CaseIdentity {
  parts: CaseNumberParts;
  key: string;
  looseKey: string;
}

export type Identified = ({ ok: true } & CaseIdentity) | { ok: false; field: 'court' | 'docketNumber'; message: string };

export function courtTypeOf(court: string): CourtType | null {
  return courtType(court) ?? null;
}

export function identityOf(court: string, parts: CaseNumberParts): CaseIdentity {
  const type = courtTypeOf(court);
  return { parts, key: caseKey(court, parts, type), looseKey: looseCaseKey(court, parts, type) };
}

export function identifyCase(court: string, docketNumber: string): Identified {
  if (!courtInfo(court)) return { ok: false, field: 'court', message: `unknown court "${court.slice(0, 20)}"` };
  const parts = parseCaseNumber(docketNumber, courtTypeOf(court));
  if (!parts) return { ok: false, field: 'docketNumber', message: `"${docketNumber.slice(0, 40)}" is not a case number` };
  return { ok: true, ...identityOf(court, parts) };
}
