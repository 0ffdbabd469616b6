/**
 * Is a number found on the page the page's own case? Identity keys compare with their court in
 * front (identity.ts `sameCase` reads court|year|type|serial[|office]), so a caption number without
 * the office (`23-cv-04557`) is the page's `3:23-cv-04557-EMC`, while another office is another case.
 */
import { sameCase } from '../docket-number/identity';

export interface CourtKeyed {
  court: string | null;
  key: string;
}

export const courtKey = (m: CourtKeyed): string => `${m.court ?? ''}|${m.key}`;

export function isPageCase(m: CourtKeyed, primary: CourtKeyed | null): boolean {
  return primary !== null && sameCase(courtKey(m), courtKey(primary));
}
