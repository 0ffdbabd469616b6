/**
 * Status-report text as tokens and sentences: the one place that looks at characters. Everything
 * after works on these tokens, over bounded windows, so reading costs linear time in the text.
 *
 * A token is a word ("pages", "U.S.", "ICE's", "F.3d"), a number ("1,024", "46"), a code (anything
 * with a digit glued to letters or dashes: "2018-ICFO-26258", "1:19-cv-01234", "3/15/2023",
 * "7(C)" is three tokens) or one punctuation mark. A period ends a word only when the word is a
 * known abbreviation ("No.", "Dkt.", "v."), an initialism ("U.S.", "e.g.") or a single letter;
 * otherwise it is split off and ends the sentence. Examples: tokens.examples.ts.
 */

export type TokenKind = 'word' | 'number' | 'code' | 'punct';

export interface Token {
  text: string;
  /** Lower case, without a trailing period or possessive 's. */
  lower: string;
  kind: TokenKind;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** The value of a number token. */
  value?: number;
  /** "ICE's", "HSI’s". */
  possessive?: boolean;
}

export interface Sentence {
  tokens: Token[];
  /** Offsets of the sentence in the text (for the source quote). */
  start: number;
  end: number;
}

// One alternative per token shape; each loop's alternatives start with disjoint characters, so
// no input makes the regex backtrack over what it has already read.
const TOKEN = /\d{1,3}(?:,\d{3})+(?!\d)|[A-Za-z0-9](?:[A-Za-z0-9&'’]|[-/.:](?=[A-Za-z0-9]))*\.?|\S/g;

/** Words that keep their period (matched without it, lower case). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'dkt', 'doc', 'docs', 'ex', 'exs', 'exh', 'decl', 'v', 'vs', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'mr',
  'ms', 'mrs', 'dr', 'hon', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'supp', 'cir', 'fed', 'reg', 'ct', 'civ', 'cal', 'mot', 'mem', 'opp', 'resp', 'def', 'defs', 'pl', 'pls', 'pltf', 'id',
  'al', 'stat', 'pub', 'sec', 'art', 'vol', 'ch', 'pp', 'p', 'approx', 'est', 'para', 'min', 'dist', 'dept', 'admin',
  'div', 'ord', 'st', 'ave', 'cong', 'rep', 'sen', 'att\'y', 'dep\'t', 'gov\'t', 'u.s', 'n.d', 's.d', 'e.d', 'w.d', 'd.d.c',
  'jt', 'ecf', 'fig', 'cf', 'etc', 'viz', 'comp', 'compl', 'pet', 'app', 'stip', 'prop', 'ltr', 'atty', 'govt', 'dep',
]);

function splitsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.length === 1 && /[A-Za-z]/.test(bare)) return false; // an initial: "J. Smith", "Part A."
  if (bare.includes('.')) return false; // "U.S.", "e.g.", "D.D.C."
  return !ABBREVIATIONS.has(bare.toLowerCase());
}

const POSSESSIVE = /['’]s?$/;

function kindOf(text: string): TokenKind {
  if (/^\d+$/.test(text) || /^\d{1,3}(?:,\d{3})+$/.test(text)) return 'number';
  if (/\d/.test(text) && !/^[A-Za-z]+\.?$/.test(text)) return 'code';
  return /^[A-Za-z]/.test(text) ? 'word' : /^\d/.test(text) ? 'code' : 'punct';
}

function makeToken(text: string, start: number): Token {
  const kind = kindOf(text);
  let lower = text.toLowerCase();
  let possessive: boolean | undefined;
  if (kind === 'word' && POSSESSIVE.test(text) && /[A-Za-z]['’]s?$/.test(text) && !/n['’]t$/i.test(text)) {
    // "ICE's" → ice (possessive); "Defendants'" → defendants.
    lower = lower.replace(POSSESSIVE, '');
    possessive = true;
  }
  if (kind === 'word' && lower.endsWith('.')) lower = lower.slice(0, -1);
  const token: Token = { text, lower, kind, start, end: start + text.length };
  if (possessive) token.possessive = true;
  if (kind === 'number') token.value = Number(text.replace(/,/g, ''));
  return token;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    if (word.length > 1 && word.endsWith('.') && /^[A-Za-z0-9]/.test(word) && splitsPeriod(word)) {
      word = word.slice(0, -1);
      out.push(makeToken(word, start));
      out.push(makeToken('.', start + word.length));
      continue;
    }
    out.push(makeToken(word, start));
  }
  return out;
}

const ENDS_SENTENCE: ReadonlySet<string> = new Set(['.', '?', '!']);

/** True when the text between two tokens holds a blank line (a paragraph break). */
function paragraphBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines >= 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9) newlines = 0;
  }
  return false;
}

/**
 * Sentences: split at ". ? !" and at blank lines. A single line break is a space (pasted PDF text
 * wraps mid-sentence).
 */
export function sentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const out: Sentence[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    if (current.length) {
      out.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end });
      current = [];
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && paragraphBreak(text, prev.end, t.start)) flush();
    current.push(t);
    if (t.kind === 'punct' && ENDS_SENTENCE.has(t.text)) {
      // A closing quote or bracket right after the period belongs to this sentence.
      const next = tokens[i + 1];
      if (next && next.kind === 'punct' && /^[”"’')\]]$/.test(next.text) && next.start === t.end) {
        current.push(next);
        i++;
      }
      flush();
    }
  }
  flush();
  return out;
}
