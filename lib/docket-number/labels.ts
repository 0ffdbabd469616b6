/**
 * The words printed before a case number ("Case No.", "Petition #:", "Docket #:") and the ones that
 * look alike but introduce something else ("ECF No. 16", "Bar No. 12-3456", "Claim No. 4-1").
 * Read backwards from where the number starts, over at most three short words, so each candidate
 * costs a bounded amount whatever the text (a regex anchored at the end would retry at every
 * position of its window, which made label-dense text 40× slower to scan).
 */

/** "No.", "#", "Number": the word right before the number in "Case No. 17-15589". */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'nos', 'number', 'num', 'numbers', '#']);

/** Words that, before a number word or alone, make the next number a case number. */
const CASE_WORDS: ReadonlySet<string> = new Set([
  'case', 'cases', 'action', 'civil', 'civ', 'criminal', 'crim', 'cr', 'docket', 'appeal', 'appeals', 'appellate', 'bankruptcy', 'bk',
  'bankr', 'adversary', 'adv', 'pro', 'proc', 'proceeding', 'petition', 'misc', 'miscellaneous', 'bap', 'usca', 'usdc',
  'matter', 'matters', 'mdl',
]);

/**
 * Words that may stand alone before a case number ("Case 09-80591-JAC Doc 15", "in Adv. 08-294",
 * "MANDATE of USCA 18-15068", "in related matters 23-1194", "Consolidated Appeals 19-35011").
 */
const CASE_WORDS_ALONE: ReadonlySet<string> = new Set(['case', 'cases', 'adv', 'appeal', 'appeals', 'bap', 'docket', 'usca', 'matters']);

/** "consolidated with 19-35023", "jointly administered with 09-10023": joined to another case. */
const JOINED_WITH: ReadonlySet<string> = new Set(['consolidated', 'administered', 'related']);

/** Words after which a number is never a case number, with or without "No.". */
const NOT_CASE_WORDS: ReadonlySet<string> = new Set([
  'ecf', 'dkt', 'doc', 'docs', 'document', 'documents', 'entry', 'entries', 'bar', 'sbn', 'reg', 'registration', 'claim',
  'claims', 'exhibit', 'exhibits', 'exh', 'ex', 'page', 'pages', 'pp', 'pg', 'item', 'tel', 'telephone', 'phone', 'fax',
  'account', 'acct', 'serial', 'ein', 'tin', 'ssn', 'id', 'patent', 'pat', 'application', 'appl', 'invoice', 'order',
  'policy', 'contract', 'permit', 'license', 'lic', 'resolution', 'bates', 'tracking', 'request', 'foia', 'file',
  'receipt', 'check', 'ticket', 'room', 'suite', 'ste', 'box', 'lot', 'unit', 'tract', 'parcel', 'route', 'rte', 'hwy',
  'para', 'paragraph', 'section', 'sec', 'rule', 'lr', 'lbr', 'lcvr', 'lcrr', 'at', 'pgs', 'loan', 'reference', 'ref', 'confirmation', 'transaction',
  // Lettered parts of a filing: "Exhibit C 12-345" is not the legacy case number "C 12-345".
  'appendix', 'schedule', 'sched', 'attachment', 'attach', 'annex', 'form', 'part', 'tab', 'table', 'figure',
  'fig', 'title', 'volume', 'vol', 'chapter', 'ch',
]);

const MAX_WORD = 24;
const MAX_GAP = 3;

const isWordChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 /* . */ || c === 35; /* # */
/** Space, no-break space, tab, newline, colon: what sits between a label and its number. */
const isGap = (c: number): boolean => c === 32 || c === 160 || c === 9 || c === 10 || c === 13 || c === 58;

/** Up to three words before `end`, last first, lower case, without dots; '#' split off its word. */
function lastWords(text: string, end: number): string[] {
  const words: string[] = [];
  let i = end - 1;
  while (words.length < 3) {
    let gap = 0;
    while (i >= 0 && gap <= MAX_GAP && isGap(text.charCodeAt(i))) (i--, gap++);
    // "Proof of Claim (09-10236)", "Request(09-16841-SJS)": a bracket ends the phrase before it.
    if (gap > MAX_GAP || i < 0 || !isWordChar(text.charCodeAt(i))) break;
    const wordEnd = i + 1;
    while (i >= 0 && wordEnd - i <= MAX_WORD && isWordChar(text.charCodeAt(i))) i--;
    if (wordEnd - (i + 1) === 0 || wordEnd - i > MAX_WORD) break;
    // A word must start at a boundary, or "xcase" would read as "case".
    if (i >= 0 && /[\p{L}\p{N}]/u.test(text[i] ?? '')) break;
    let word = text.slice(i + 1, wordEnd).toLowerCase();
    if (word.length > 1 && word.endsWith('#')) {
      words.push('#');
      word = word.slice(0, -1);
    }
    words.push(word.replace(/\./g, ''));
  }
  return words;
}

/** Label words that name the case type: "Civil Action No. 17-2122" is 17-cv-2122 (D.D.C. prints its numbers so). */
const TYPE_BY_WORD: Readonly<Record<string, string>> = {
  civil: 'cv', civ: 'cv', criminal: 'cr', crim: 'cr', cr: 'cr', misc: 'mc', miscellaneous: 'mc',
};

function typeFrom(word: string | undefined, previous: string | undefined): string | null {
  if (word === undefined) return null;
  const direct = TYPE_BY_WORD[word];
  if (direct) return direct;
  // "Civil Action No.", "Criminal Case No.": the type word comes one further back.
  if ((word === 'action' || word === 'case') && previous !== undefined) return TYPE_BY_WORD[previous] ?? null;
  return null;
}

export interface LabelVerdict {
  /** 'label': a case label precedes; 'denied': a label of something else does ("ECF No."); 'none': neither. */
  kind: 'label' | 'denied' | 'none';
  /** The case type the label names, if any ("Civil Action No." → `cv`). */
  type: string | null;
}

const NONE: LabelVerdict = Object.freeze({ kind: 'none', type: null });
const DENIED: LabelVerdict = Object.freeze({ kind: 'denied', type: null });
const LABEL: LabelVerdict = Object.freeze({ kind: 'label', type: null });
const label = (type: string | null): LabelVerdict => (type ? { kind: 'label', type } : LABEL);

/** What the text just before `start` says about a bare number there. */
export function labelBefore(text: string, start: number): LabelVerdict {
  // "§ 10-123", "¶ 12-345": a section or paragraph of a statute or a filing.
  let i = start - 1;
  while (i >= 0 && start - i <= MAX_GAP && isGap(text.charCodeAt(i))) i--;
  const sign = text.charCodeAt(i);
  if (sign === 0xa7 || sign === 0xb6) return DENIED;
  // "MANDATE of USCA (18-15068, …)": a case label before the bracket still labels what is in it;
  // anything else before one ("Proof of Claim (09-10236)") says nothing, denial included.
  if (sign === 0x28 || sign === 0x5b) {
    const inside = wordsVerdict(lastWords(text, i));
    return inside.kind === 'label' ? inside : NONE;
  }
  // "Case in other court: 5th Circuit, 18-31050" (PACER's own field), "USCA- 11th Circuit, 22-12696-DD".
  if (sign === 0x2c) {
    const word = lastWords(text, i)[0];
    return word === 'circuit' || word === 'cir' ? LABEL : NONE;
  }
  return wordsVerdict(lastWords(text, start));
}

/** The verdict of the words before a number, last first. */
function wordsVerdict([last, before, third]: string[]): LabelVerdict {
  if (last === undefined) return NONE;
  if (NOT_CASE_WORDS.has(last)) return DENIED;
  // "Exhibit C 12-345", "Schedule F 10-1234": a lettered part, then a number of its own.
  if (last.length === 1 && before !== undefined && NOT_CASE_WORDS.has(before)) return DENIED;
  if (NUMBER_WORDS.has(last)) {
    if (before !== undefined && NOT_CASE_WORDS.has(before)) return DENIED;
    if (before !== undefined && CASE_WORDS.has(before)) return label(typeFrom(before, third));
    // A plain "No. 17-15589" or "Nos. 17-15589 through …" is how captions and orders print case
    // numbers; a plain "#" or "Number" says nothing.
    return last === 'no' || last === 'nos' ? LABEL : NONE;
  }
  if (last === 'with' && before !== undefined && JOINED_WITH.has(before)) return LABEL;
  return CASE_WORDS_ALONE.has(last) ? label(typeFrom(last, before)) : NONE;
}
