/**
 * parseCaseNumber: the whole string must be one case number, optionally after a label
 * ("Case No. 3:08-cv-00159-WHA"). Used by import and by page-header readers, where the field is
 * known to hold a case number, so bare numbers of any length count.
 */
import type { CourtType } from './identity';
import type { CaseNumberParts } from './types';
import { scanCaseNumbers } from './find';
import { leadingLabel } from './leading-label';

/** Longer than any case number with a label; longer input is not one, and is not scanned. */
const MAX_LENGTH = 120;

export function parseCaseNumber(text: string, courtType?: CourtType | null): CaseNumberParts | null {
  if (text.length > MAX_LENGTH) return null;
  const trimmed = text.trim().replace(/[.,;]$/, '');
  // Scan the whole string, label included, so a label that names the type ("Civil Action No.") is read.
  const matches = scanCaseNumbers(trimmed, courtType, true, { whole: true });
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.end !== trimmed.length) return null;
  const prefix = trimmed.slice(0, only.start);
  if (prefix !== '' && prefix.replace(leadingLabel(), '') !== '') return null;
  const { office, year, type, serial, judges, defendant, kind } = only;
  return { office, year, type, serial, judges, defendant, kind };
}
