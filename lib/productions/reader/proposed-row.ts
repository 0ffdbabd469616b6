/**
 * What the status-report reader proposes: a release, an expected volume or a pace, with the
 * sentence it came from. The popup shows each with every field editable; nothing is stored until
 * the user ticks and saves it. The CLI prints the same rows without the last four fields.
 */
export type ProposedKind = 'release' | 'expected' | 'pace';

export interface ProposedPages {
  processed: number | null;
  releasedInFull: number | null;
  releasedInPart: number | null;
  withheldInFull: number | null;
  referred: number | null;
  identified: number | null;
}

export interface ProposedRow {
  kind: ProposedKind;
  /** "ICE", "State", "Department of Education"; '' when the text names none ("Defendant processed…"). */
  agency: string;
  component: string | null;
  /** The date the text gives, else the filing date; null with neither. */
  date: string | null;
  pages: ProposedPages;
  perMonth: number | null;
  approximate: boolean;
  /** To whom pages were referred ("FBI", "other agencies"). */
  referredTo: string | null;
  /** Exemptions claimed in the sentence: "(b)(5)", "(b)(7)(C)". */
  exemptions: string[];
  /** The sentence, as written (at most 500 characters). */
  sourceQuote: string;
}

export const NO_PAGES: Readonly<ProposedPages> = Object.freeze({
  processed: null,
  releasedInFull: null,
  releasedInPart: null,
  withheldInFull: null,
  referred: null,
  identified: null,
});

/** The CLI's row: exactly the fields the batch format names (batchRow writes them in its order). */
export type BatchRow = Pick<ProposedRow, 'kind' | 'agency' | 'component' | 'date' | 'pages' | 'perMonth' | 'approximate'>;

export function batchRow(row: ProposedRow): BatchRow {
  return {
    kind: row.kind,
    agency: row.agency,
    component: row.component,
    date: row.date,
    pages: { ...row.pages },
    perMonth: row.perMonth,
    approximate: row.approximate,
  };
}
