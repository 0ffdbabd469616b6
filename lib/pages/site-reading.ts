/**
 * What a site's reader hands back to the page reading: the facts it read from the page's
 * structure. The text scan for mentions is shared (lib/pages/reading.ts) so each page's text is
 * read only once.
 */
import type { CourtType } from '../docket-number/identity';
import type { CaseNumberMatch } from '../docket-number/types';
import type { CourtCue } from './court-cue';
import type { TextIndex } from './text-index';

/**
 * A case number on a page, with its court (null when the page does not say: a lower court the
 * reader cannot name). `start`/`end` are offsets in the page's joined text (lib/pages/text-index),
 * or -1 when the number was read from an attribute or a single element rather than the text scan;
 * use locateMentions for positions in the DOM.
 */
export interface PageMention extends CaseNumberMatch {
  court: string | null;
  /** The words around a number found in the text, which may name another court (court-cue.ts). */
  cue?: CourtCue;
}

export interface SiteReading {
  pageType: string;
  court: string | null;
  courtType: CourtType | null;
  title: string | null;
  primary: CaseNumberMatch | null;
  /** Mentions read from structure (attributes, per-result courts), added to the text scan's. */
  mentions: PageMention[];
  /** Count bare `YY-NNNNN` numbers in the text scan (appellate and bankruptcy pages). */
  bare: boolean;
  /** False where mentions come only from structure (search results: each has its own court). */
  scanText: boolean;
  /**
   * Court of a number found in the text as the page's structure gives it (a lower-court number
   * linked to its court, a search result's court); undefined when the structure says nothing, and
   * the words around the number decide (cited-court.ts), then the page's court.
   */
  courtOf?: (match: CaseNumberMatch) => string | null | undefined;
  /** On an appellate page: the court appealed from, whose typed numbers the page cites (null: not known). */
  lowerCourt?: string | null;
}

/** A site's reader: its facts about the page, from the DOM, the URL and the page's text index. */
export type SiteReader = (doc: Document, url: URL, index: TextIndex) => SiteReading;

/** A match found in `window` (which starts at `offset` of the page text), in page-text offsets. */
export function shift(match: CaseNumberMatch, offset: number): CaseNumberMatch {
  return offset === 0 ? match : { ...match, start: match.start + offset, end: match.end + offset, listStart: match.listStart + offset };
}
