/**
 * The words printed before a case number ("Case No.", "Petition #:", "Docket #:") and the ones that
 * look alike but introduce something else ("ECF No. 16", "Bar No. 12-3456", "Claim No. 4-1").
 * Both regexes only ever see a short window ending where the number starts, so they cost a bounded
 * amount per candidate.
 */

/** How far back a label may start, in characters (the longest label plus spacing). */
export const LABEL_WINDOW = 48;

const NUMBER_WORD = String.raw`(?:no\.?|nos\.?|number|num\.?|#)`;

/** A case label ending right where the number starts. */
const LABEL_BEFORE = new RegExp(
  String.raw`(?:\b(?:case|civil action|civil|criminal action|criminal|cr\.|docket|appeal|appeals|appellate|bankruptcy|bk\.|adversary|adv\.?(?: ?pro(?:c|ceeding)?\.?)?|proceeding|petition|misc\.?|miscellaneous|member case|lead case|bap)\s{0,2}${NUMBER_WORD}\s{0,2}:?` +
    String.raw`|\bcase\s{0,2}:` +
    String.raw`|\bcase` +
    String.raw`|(?:^|[\s(\[,;])no\.?\s{0,2}:?` +
    String.raw`|\bbap\s{0,2}#?)\s{0,3}$`,
  'i',
);

/** Labels that introduce a number which is not a case number. */
const DENIED_BEFORE = new RegExp(
  String.raw`\b(?:ecf|dkt|doc|docket entry|document|entry|bar|sbn|state bar|reg|registration|claim|exhibit|exh|ex|page|pages|pp|item|tel|telephone|phone|fax|account|acct|serial|ein|tax id|ssn|patent|pat|application|appl|invoice|order|policy|contract|permit|license|lic|resolution|bates|tracking|request|foia|file|receipt|check|ticket|room|suite|ste|box|lot|unit|tract|parcel|route|rte|hwy)\.?\s{0,2}(?:${NUMBER_WORD}\s{0,2}:?\s{0,3})?$`,
  'i',
);

/** What the text just before `start` says about a bare number there. */
export function labelBefore(text: string, start: number): 'label' | 'denied' | 'none' {
  const window = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  if (DENIED_BEFORE.test(window)) return 'denied';
  return LABEL_BEFORE.test(window) ? 'label' : 'none';
}

/** Words that may open a whole-string case number ("Case No.", "CIVIL DOCKET FOR CASE #:"), longest first. */
const LEADING_WORDS = [
  'civil docket for case', 'criminal docket for case', 'docket for case', 'bankruptcy petition', 'adversary proceeding',
  'civil action', 'criminal action', 'case', 'civil', 'criminal', 'docket', 'appeal', 'appeals', 'appellate', 'bankruptcy',
  'adversary', 'adv. proc.', 'adv. pro.', 'adv.', 'proceeding', 'petition', 'misc.', 'mdl docket',
]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s{1,2}'));

/** A label at the start of a whole string ("Case No. 3:08-cv-00159"), for parseCaseNumber. */
export const LEADING_LABEL = new RegExp(
  String.raw`^(?:(?:${LEADING_WORDS.join('|')})\s{0,2}${NUMBER_WORD}?\s{0,2}:?|no\.?\s{0,2}:?|#)\s{0,3}`,
  'i',
);
