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
  /**
   * The matched text exactly as printed (without any "Case No." label). A number a written range
   * implies (`17-15590` in `17-15589 through 17-15592`) is not printed: its text is the range's
   * first number with this serial, and start === end, where that first number ends.
   */
  text: string;
  /** Offsets into the scanned string: text === input.slice(start, end) (except implied numbers, above). */
  start: number;
  end: number;
  /**
   * Where the list this number is cited in starts: the first listed number's start
   * (`Nos. 19-35011 and 19-35023`: 19-35011's), its own start when it stands alone. The words
   * before it say what the whole list is (a court of appeals' numbers, related cases).
   */
  listStart: number;
  /** Identity key within a court, see identity.ts (`court` is prepended by caseKey()). */
  key: string;
}
