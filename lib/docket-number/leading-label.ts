/**
 * A label at the start of a whole string ("Case No. 3:08-cv-00159"), for parseCaseNumber. Apart
 * from labels.ts (which reads labels backwards from a number in running text) so the content
 * script, which never parses a whole string, does not carry these words.
 */
const NUMBER_WORD = String.raw`(?:no\.?|nos\.?|number|num\.?|#)`;

/** Words that may open a whole-string case number ("Case No.", "CIVIL DOCKET FOR CASE #:"). */
const LEADING_WORDS = [
  'civil docket for case', 'criminal docket for case', 'docket for case', 'bankruptcy petition', 'adversary proceeding',
  'civil action', 'criminal action', 'civil case', 'criminal case', 'case', 'civil', 'civ.', 'criminal', 'crim.', 'cr.',
  'docket', 'appeal', 'appeals', 'appellate', 'bankruptcy', 'adversary', 'adv. proc.', 'adv. pro.', 'adv.', 'proceeding',
  'petition', 'misc.', 'miscellaneous', 'mdl docket',
];

let leading: RegExp | null = null;

/**
 * The label regex, built on first use (longest words first): a module with nothing to run at load
 * is dropped from bundles that never call it.
 */
export function leadingLabel(): RegExp {
  if (!leading) {
    const words = [...LEADING_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s{1,2}'));
    leading = new RegExp(String.raw`^(?:(?:${words.join('|')})\s{0,2}${NUMBER_WORD}?\s{0,2}:?|no\.?\s{0,2}:?|#)\s{0,3}`, 'i');
  }
  return leading;
}
