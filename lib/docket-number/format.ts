/** formatCaseNumber: one canonical display form per case number, whatever form the page printed. */
import type { CaseNumberParts } from './types';

export function formatCaseNumber(parts: CaseNumberParts): string {
  if (parts.kind === 'mdl') return `MDL No. ${parts.serial}`;
  const judges = parts.judges.map((j) => `-${j}`).join('');
  const defendant = parts.defendant ? `-${parts.defendant}` : '';
  if (parts.type) {
    const office = parts.office ? `${parts.office}:` : '';
    return `${office}${parts.year}-${parts.type}-${parts.serial}${judges}${defendant}`;
  }
  // Untyped: E.D.N.Y. bankruptcy prints the office first with a dash (`8-09-78585`).
  const office = parts.office ? `${parts.office}-` : '';
  return `${office}${parts.year}-${parts.serial}${judges}`;
}
