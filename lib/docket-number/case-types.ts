/**
 * Case-type letters CM/ECF prints between the year and the serial. Kept as data so a new type is a
 * one-line change. Only listed types are accepted: an unknown word between two numbers (a FOIA
 * tracking number like `2018-ICFO-26258`) must not pass as a case number.
 */

/** Types accepted in the dashed forms (`4:21-cv-02632`, `18-cv-03050`), any letter case. */
export const CASE_TYPES: readonly string[] = [
  // district
  'cv', 'cr', 'mc', 'md', 'ml', 'mj', 'po', 'pt', 'sw', 'gj', 'dp', 'cm', 'mdl', 'crcor', 'misc',
  // bankruptcy: petition, adversary proceeding, miscellaneous proceeding
  'bk', 'ap', 'mp',
];

/** Types accepted glued to the digits (`6:15cv997`, `1:03cr76-1`): a short list, since `12pt5` is a font size. */
export const COMPACT_CASE_TYPES: readonly string[] = ['cv', 'cr', 'mc', 'mj', 'md', 'po', 'bk', 'ap'];

/** Bankruptcy-court types: a number with one of these is a bankruptcy case wherever it is printed. */
export const BANKRUPTCY_CASE_TYPES: ReadonlySet<string> = new Set(['bk', 'ap', 'mp']);

/**
 * Legacy and caption prefixes printed before the year (`C 18-03050 JCS`, `CV-17-3923-PHX-DLR`,
 * `14 Civ. 7524`), mapped to the CM/ECF type they stand for.
 */
export const PREFIX_CASE_TYPES: Readonly<Record<string, string>> = {
  C: 'cv', CV: 'cv', CIV: 'cv', Civ: 'cv',
  CR: 'cr', Cr: 'cr', CRIM: 'cr', Crim: 'cr',
  // No bare "M": S.D.N.Y.'s standing orders are numbered `M-10-468` and are not cases to annotate.
  MC: 'mc', MISC: 'mc', Misc: 'mc',
  MJ: 'mj', Mag: 'mj', MAG: 'mj',
  MD: 'md', MDL: 'md',
};

/** Words that look like judge initials after a legacy number but are ordinary words. */
export const NOT_INITIALS: readonly string[] = [
  'AND', 'THE', 'FOR', 'OF', 'IN', 'TO', 'ON', 'OR', 'BY', 'AT', 'AS', 'VS', 'RE', 'ALL', 'ET', 'AL', 'NO', 'FROM', 'WITH',
  'USA', 'US', 'LLC', 'INC', 'LP', 'LTD', 'CORP',
  'and', 'the', 'for', 'of', 'in', 'to', 'on', 'or', 'by', 'at', 'as', 'vs', 're', 'all', 'et', 'al', 'no', 'from', 'with',
  'see', 'via', 'doc', 'dkt', 'ecf', 'pdf', 'filed', 'page',
];

/**
 * Type suffixes the Second Circuit prints after its numbers (`15-2318-cv`, `22-956-ag`). They are
 * not judge initials, and not part of an appellate case's identity (`15-2318` is the same appeal).
 */
export const APPELLATE_TYPE_SUFFIXES: ReadonlySet<string> = new Set(['cv', 'cr', 'ag', 'op', 'pr', 'bk', 'mc']);
