/**
 * The parts of a federal case number as courts print it. Shared contract between the finder,
 * the page readers, the store and the overlay. Plain data: no zod here (content-script bundle).
 */
export type CaseNumberKind = 'district' | 'bankruptcy' | 'appellate' | 'mdl';

export interface CaseNumberParts {
  /** Division/office digit(s) before the colon (`4` in `4:21-cv-02632`), or null when not printed. */
  office: string | null;
  /** Two-digit year (`21`; `2016` is normalised to `16`). */
  year: string;
  /** Lowercase case type (`cv`, `cr`, `bk`, `ap`, `mc`, …) or null when the form has none. */
  type: string | null;
  /** The serial as printed digits (`02632`). Identity compares it numerically. */
  serial: string;
  /** Judge initials, display only (they change on reassignment). */
  judges: string[];
  /** Defendant number in criminal cases (`1` in `1:14-cr-10363-RGS-1`), display only. */
  defendant: string | null;
  kind: CaseNumberKind;
}

/** One case number found in a text. */
export interface CaseNumberMatch extends CaseNumberParts {
  /** The matched text exactly as printed (without any "Case No." label). */
  text: string;
  /** Offsets into the scanned string: text === input.slice(start, end). */
  start: number;
  end: number;
  /** Identity key within a court, see identity.ts (`court` is prepended by caseKey()). */
  key: string;
}
