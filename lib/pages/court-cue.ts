/**
 * The words around a case number found in a page's text that may name its court: the phrase
 * before the list it is cited in ("USCA - 8th Circuit (case number "), the court parenthetical
 * after it ("(D. Haw. 2019)"), a J.P.M.L. district prefix ("NYS/"). The content script only cuts
 * them out and reports them with the number; the background (and the CLI) read them
 * (cited-court.ts), so the content script does not carry those rules.
 */
import type { CaseNumberMatch } from '../docket-number/types';

export interface CourtCue {
  /**
   * The text just before the number's list (at most CUE_BEFORE characters). A number with a
   * district prefix (`NYS/1:22-cv-10283`) always starts its own list: the prefix ends it.
   */
  before: string;
  /** The text just after the number (at most CUE_AFTER characters). */
  after: string;
}

export const CUE_BEFORE = 56;
export const CUE_AFTER = 120;

/** The cue of `m`, found at its offsets in `text`. */
export function cueOf(text: string, m: CaseNumberMatch): CourtCue {
  return {
    before: text.slice(Math.max(0, m.listStart - CUE_BEFORE), m.listStart),
    after: text.slice(m.end, m.end + CUE_AFTER),
  };
}
