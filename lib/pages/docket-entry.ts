/**
 * A docket entry as a page prints it: its number (when it has one), the date it was filed and its
 * text. The row is kept so the overlay can place a chip beside it; readers never change it.
 */
export interface DocketEntry {
  /** Position among the page's entries, 0-based, in page order (stable for a saved page). */
  index: number;
  /** The entry number as printed ("12"), or null for unnumbered (minute) entries. */
  number: string | null;
  /** Filing date, YYYY-MM-DD, or null when the page does not print one. */
  filed: string | null;
  /** The docket text, whitespace collapsed. */
  text: string;
  /** The element the entry's text sits in (a table row or a CourtListener entry row). */
  row: Element;
}

/** `M/D/YYYY` → `YYYY-MM-DD` (null when it is not such a date). */
export function isoFromSlashDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Apr 13, 2021` / `April 13, 2021` → `2021-04-13` (CourtListener's date column). */
export function isoFromMonthDate(text: string): string | null {
  const m = /^\s*([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** Text of a node with runs of whitespace (and no-break spaces) collapsed. */
export function flatText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
