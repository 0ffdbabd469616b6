/**
 * Who a sentence speaks of: agencies and components ("ICE", "HSI", "the Department of Education",
 * "ICE's Office of Policy", any capitalised agency phrase or acronym), the parties ("Defendant",
 * "the Government", "it") and the names a report defines ("U.S. Immigration and Customs
 * Enforcement (“ICE”)", "Plaintiff American Oversight (“AO”)"). Plaintiffs are never the agency.
 * Examples: entities.examples.ts.
 */
import { KNOWN_BODIES, NOT_AGENCIES, type KnownBody, type Level } from './agency-names';
import { tokenize, type Token } from './tokens';

export type MentionKind = 'body' | 'party' | 'pronoun';

export interface Mention {
  /** Token span [first, end). */
  first: number;
  end: number;
  kind: MentionKind;
  /** The name we show: the known acronym, the defined one, or the phrase as written (no "the", no "U.S."). */
  name: string;
  level: Level;
  /** A component's agency, when the table knows it. */
  parent: string | null;
  plaintiff: boolean;
  defendant: boolean;
  /** "Defendants", "they": all of them, no one agency. */
  plural: boolean;
}

export interface Alias {
  name: string;
  level: Level;
  parent: string | null;
  plaintiff: boolean;
  defendant: boolean;
}

interface IndexedName {
  words: readonly string[];
  body: KnownBody;
}

let nameIndex: Map<string, IndexedName[]> | null = null;
let acronyms: Map<string, KnownBody> | null = null;

/** Built on first use: a page that never reads a status report never pays for it. */
function tables(): [Map<string, IndexedName[]>, Map<string, KnownBody>] {
  if (nameIndex && acronyms) return [nameIndex, acronyms];
  nameIndex = new Map();
  acronyms = new Map();
  for (const body of KNOWN_BODIES) {
    if (/^[A-Z][A-Za-z&]*[A-Z]$/.test(body.name) || /^[A-Z]{2,}$/.test(body.name)) acronyms.set(body.name, body);
    for (const alias of body.aliases ?? []) acronyms.set(alias, body);
    for (const name of body.names ?? []) {
      const words = tokenize(name).map((t) => t.lower);
      const list = nameIndex.get(words[0]!) ?? [];
      list.push({ words, body });
      nameIndex.set(words[0]!, list);
    }
  }
  for (const list of nameIndex.values()) list.sort((a, b) => b.words.length - a.words.length);
  return [nameIndex, acronyms];
}

/** Nouns an agency phrase ends on or is built around. */
const HEADS: ReadonlySet<string> = new Set([
  'department', 'agency', 'administration', 'service', 'services', 'bureau', 'commission', 'office', 'board', 'corps', 'command',
  'division', 'directorate', 'council', 'institute', 'institutes', 'authority', 'archives', 'army', 'navy', 'force', 'guard',
  'marshals', 'patrol', 'center', 'centers', 'secretariat', 'branch', 'unit', 'program', 'headquarters', 'staff', 'enforcement',
  'investigations', 'operations', 'foundation', 'reserve', 'mint', 'survey', 'inspector', 'counsel', 'general', 'secretary',
  'corporation', 'laboratory', 'laboratories', 'fund', 'registry',
]);
/** Heads of offices that may be a component or the agency itself, depending on the text. */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'office', 'division', 'directorate', 'branch', 'unit', 'program', 'center', 'secretariat', 'staff', 'headquarters', 'counsel',
  'inspector', 'operations', 'investigations', 'secretary',
]);
/** Capitalised words that make a phrase not an agency ("the District Court", "Joint Status Report"). */
const NOT_IN_AGENCY: ReadonlySet<string> = new Set([
  'court', 'courts', 'judge', 'justice', 'magistrate', 'order', 'orders', 'report', 'reports', 'act', 'exemption', 'exemptions',
  'circuit', 'district', 'plaintiff', 'plaintiffs', 'status', 'joint', 'rule', 'rules', 'complaint', 'motion', 'section',
  'minute', 'stipulation', 'vaughn', 'index', 'declaration', 'exhibit', 'opinion', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'honorable', 'request', 'requests', 'freedom', 'memorandum', 'letter', 'notice',
  'stipulated', 'schedule', 'scheduling', 'conference', 'hearing', 'attorney', 'attorneys', 'counsel’s', 'esq', 'civil action',
  'supplemental', 'general’s', 'amended', 'paragraph', 'table', 'appendix', 'attachment',
]);
/** Capitalised words that start sentences and clauses, never an agency's name. */
const STARTERS: ReadonlySet<string> = new Set([
  'on', 'in', 'since', 'pursuant', 'as', 'for', 'after', 'before', 'during', 'between', 'with', 'under', 'per', 'at', 'by', 'from',
  'to', 'of', 'and', 'defendant', 'defendants', 'plaintiff', 'plaintiffs', 'this', 'that', 'these', 'those', 'its', 'their', 'each',
  'both', 'all', 'any', 'also', 'however', 'further', 'furthermore', 'moreover', 'additionally', 'accordingly', 'thus', 'because',
  'although', 'while', 'if', 'when', 'following', 'consistent', 'subject', 'given', 'today', 'last', 'next', 'first', 'second',
  'third', 'finally', 'respectfully', 'counsel', 'parties', 'there', 'here', 'then', 'such', 'it', 'they', 'we', 'our', 'his', 'her',
  'through', 'upon', 'within', 'regarding', 'concerning', 'about', 'approximately', 'separately', 'likewise', 'similarly',
  'specifically', 'notably', 'meanwhile', 'thereafter', 'currently', 'presently', 'since', 'once', 'until', 'of', 'an', 'a',
  'government', 'respondent', 'respondents', 'requester',
]);
/** Words a phrase may begin with that the name after them does not keep: "The State Department". */
const PHRASE_SKIP: ReadonlySet<string> = new Set(['the', 'u.s', 'united', 'states', 'us']);
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', '&']);
const LEADING_DROP: ReadonlySet<string> = new Set(['the', 'u.s', 'united', 'states', 'us', 'federal-defendant']);
const PARTY_WORDS: ReadonlySet<string> = new Set(['defendant', 'defendants', 'government', 'respondent', 'respondents']);
const AGENCY_NOUNS: ReadonlySet<string> = new Set(['agency', 'department', 'bureau', 'office', 'component', 'agencies', 'components']);
const PRONOUN_NEXT: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'shall', 'is', 'are', 'was', 'were', 'also', 'then', 'made', 'makes', 'make', 'processed', 'processes',
  'released', 'releases', 'produced', 'produces', 'identified', 'located', 'reviewed', 'referred', 'withheld', 'estimates',
  'anticipates', 'expects', 'intends', 'plans', 'completed', 'continues', 'continued', 'would', 'can', 'could', 'now',
  'subsequently', 'further', 'again', 'agreed', 'agrees', 'sent', 'issued', 'provided',
]);

const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^[A-Z]/.test(t.text);
/** "ICE", "USCIS", "DoD", "I&A", "JTF-GTMO" (possessive stripped). */
export function acronymText(t: Token | undefined): string | null {
  if (!t || t.kind !== 'word') return null;
  const bare = t.text.replace(/['’]s?$/, '').replace(/\.$/, '');
  if (bare.length < 2 || bare.length > 10) return null;
  if (!/^[A-Z][A-Za-z&-]*[A-Z]$/.test(bare)) return null;
  let upper = 0;
  let lower = 0;
  for (const c of bare) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  if (upper < 2 || lower > 2 || lower >= upper) return null;
  return bare;
}

function bodyMention(first: number, end: number, body: KnownBody): Mention {
  return {
    first,
    end,
    kind: 'body',
    name: body.name,
    level: body.level,
    parent: body.parent ?? null,
    plaintiff: false,
    defendant: false,
    plural: false,
  };
}

/** The longest known spelled-out name at i ("Immigration and Customs Enforcement"). */
function knownNameAt(tokens: readonly Token[], i: number): Mention | null {
  const [index] = tables();
  const list = index.get(tokens[i]!.lower);
  if (!list) return null;
  for (const { words, body } of list) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[i + k];
      // Every word of the name past its first matched as written or in lower case; the first must
      // be capitalised ("Secret Service", not "secret service").
      if (!t || t.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok && isCapitalised(tokens[i])) return bodyMention(i, i + words.length, body);
  }
  return null;
}

function cleanName(words: readonly Token[]): string {
  let from = 0;
  while (from < words.length - 1 && LEADING_DROP.has(words[from]!.lower)) from++;
  return words
    .slice(from)
    .map((t) => t.text.replace(/['’]s?$/, ''))
    .join(' ')
    .replace(/\s+,/g, ',');
}

/** "the Department of Education", "Office of the Principal Legal Advisor", "Civil Rights Division". */
function phraseAt(tokens: readonly Token[], i: number): Mention | null {
  if (!isCapitalised(tokens[i]) || STARTERS.has(tokens[i]!.lower)) return null;
  let end = i;
  let hasHead = false;
  let firstHead: string | null = null;
  while (end < tokens.length && end < i + 12) {
    const t = tokens[end]!;
    if (isCapitalised(t)) {
      if (NOT_IN_AGENCY.has(t.lower)) return null;
      if (HEADS.has(t.lower)) {
        hasHead = true;
        firstHead ??= t.lower;
      }
      end++;
      if (t.possessive) break;
      continue;
    }
    if (CONNECTORS.has(t.lower) && isCapitalised(tokens[end + 1]) && end > i) {
      end++;
      continue;
    }
    if (t.lower === 'u.s' && end > i && isCapitalised(tokens[end + 1])) {
      end++;
      continue;
    }
    break;
  }
  // Trailing connectors are not part of it.
  while (end > i && CONNECTORS.has(tokens[end - 1]!.lower)) end--;
  if (!hasHead || end - i < 2) return null;
  const words = tokens.slice(i, end);
  const name = cleanName(words);
  if (!/\s/.test(name)) return null; // "the Department": a party word, read elsewhere
  const level: Level = firstHead && OFFICE_HEADS.has(firstHead) ? 'office' : 'agency';
  return { first: i, end, kind: 'body', name, level, parent: null, plaintiff: false, defendant: false, plural: false };
}

/** A definition right after a mention: `(“ICE”)`, `("DOJ" or "the Department")`, `(OPLA)`; the defined words. */
export function definitionAt(tokens: readonly Token[], i: number): { words: string[]; end: number } | null {
  if (tokens[i]?.text !== '(') return null;
  const words: string[] = [];
  let k = i + 1;
  while (k < tokens.length && k < i + 16 && tokens[k]!.text !== ')') {
    const t = tokens[k]!;
    if (t.kind === 'word' && !['the', 'or', 'and', 'collectively', 'together', 'hereinafter', 'a', 'an'].includes(t.lower)) words.push(t.text.replace(/['’]s?$/, ''));
    else if (t.kind === 'number' || t.kind === 'code') return null;
    k++;
  }
  if (tokens[k]?.text !== ')' || !words.length || words.length > 3) return null;
  return { words, end: k + 1 };
}

function isAllCaps(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 3) continue;
    words++;
    if (t.text === t.text.toUpperCase()) upper++;
  }
  return words >= 4 && upper / words > 0.6;
}

/**
 * Every mention in one sentence's tokens, in order. `aliases` are names the whole text defined
 * (collected by `collectAliases` first), so "the Department" finds DOJ in every sentence.
 */
export function findMentions(tokens: readonly Token[], aliases: ReadonlyMap<string, Alias>): Mention[] {
  const [, acr] = tables();
  const out: Mention[] = [];
  const heading = isAllCaps(tokens);
  // Past 200 mentions a sentence is not a status report's; the rest are not read.
  for (let i = 0; i < tokens.length && out.length < 200; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // "Plaintiff American Oversight", "Plaintiffs Judicial Watch, Inc.": whatever follows is not an agency.
    if ((t.lower === 'plaintiff' || t.lower === 'plaintiffs' || t.lower === 'requester') && isCapitalised(tokens[i + 1]) && !knownNameAt(tokens, i + 1) && !acr.has(acronymText(tokens[i + 1]) ?? '')) {
      let end = i + 1;
      const stops = (t: Token | undefined): boolean => !!t && (PARTY_WORDS.has(t.lower) || acr.has(acronymText(t) ?? ''));
      while (
        end < tokens.length &&
        end < i + 9 &&
        !stops(tokens[end]) &&
        (isCapitalised(tokens[end]) || (CONNECTORS.has(tokens[end]!.lower) && isCapitalised(tokens[end + 1]) && !stops(tokens[end + 1])))
      )
        end++;
      const name = cleanName(tokens.slice(i + 1, end));
      out.push({ first: i + 1, end, kind: 'body', name, level: 'agency', parent: null, plaintiff: true, defendant: false, plural: false });
      i = end - 1;
      continue;
    }
    // "the Department of Homeland Security Office of Inspector General" is DHS, then OIG: a
    // known name wins over the longer phrase around it.
    const spelled = knownNameAt(tokens, i) ?? (PHRASE_SKIP.has(t.lower) ? null : phraseAt(tokens, i));
    if (spelled) {
      out.push(spelled);
      i = spelled.end - 1;
      continue;
    }
    const alias = aliases.get(t.text.replace(/['’]s?$/, ''));
    if (alias && isCapitalised(t)) {
      out.push({ first: i, end: i + 1, kind: 'body', ...alias, plural: false });
      continue;
    }
    const a = acronymText(t);
    if (a) {
      const body = acr.get(a);
      if (body) {
        out.push(bodyMention(i, i + 1, body));
        continue;
      }
      if (!heading && !NOT_AGENCIES.has(a.toUpperCase()) && !NOT_AGENCIES.has(a)) {
        out.push({ first: i, end: i + 1, kind: 'body', name: a, level: 'agency', parent: null, plaintiff: false, defendant: false, plural: false });
        continue;
      }
    }
    if ((t.text === 'State' || t.text === "State's" || t.text === 'State’s') && (t.possessive || PRONOUN_NEXT.has(tokens[i + 1]?.lower ?? ''))) {
      out.push({ first: i, end: i + 1, kind: 'body', name: 'State', level: 'agency', parent: null, plaintiff: false, defendant: false, plural: false });
      continue;
    }
    if (PARTY_WORDS.has(t.lower) && (t.lower !== 'government' || tokens[i - 1]?.lower === 'the' || isCapitalised(t))) {
      out.push({
        first: i,
        end: i + 1,
        kind: 'party',
        name: '',
        level: 'agency',
        parent: null,
        plaintiff: false,
        defendant: true,
        plural: t.lower.endsWith('s'),
      });
      continue;
    }
    if (AGENCY_NOUNS.has(t.lower) && (tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'each') && !tokens[i + 1]?.lower.startsWith('of')) {
      out.push({ first: i, end: i + 1, kind: 'party', name: '', level: 'agency', parent: null, plaintiff: false, defendant: true, plural: t.lower.endsWith('s') });
      continue;
    }
    if ((t.lower === 'it' || t.lower === 'they') && PRONOUN_NEXT.has(tokens[i + 1]?.lower ?? '')) {
      out.push({ first: i, end: i + 1, kind: 'pronoun', name: '', level: 'agency', parent: null, plaintiff: false, defendant: false, plural: t.lower === 'they' });
    }
  }
  markParties(tokens, out);
  return out;
}

/** "Plaintiff American Oversight", "Defendant ICE", "Defendants DHS and ICE". */
function markParties(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.kind !== 'body') continue;
    const before = tokens[m.first - 1]?.lower ?? '';
    const before2 = tokens[m.first - 2]?.lower ?? '';
    if (before === 'plaintiff' || before === 'plaintiffs' || before === 'requester' || before === 'requesters') m.plaintiff = true;
    if (before === 'defendant' || before === 'defendants' || before2 === 'defendant' || before2 === 'defendants') m.defendant = true;
  }
  // A party word right before a body is that body ("Defendant ICE processed"): drop the word.
  for (let n = mentions.length - 1; n > 0; n--) {
    const m = mentions[n - 1]!;
    if (m.kind === 'party' && mentions[n]!.kind === 'body' && mentions[n]!.first <= m.end + 1) mentions.splice(n - 1, 1);
  }
  // "Plaintiffs American Oversight and CREW": the plaintiff mark carries over "and".
  for (let n = 1; n < mentions.length; n++) {
    const p = mentions[n - 1]!;
    const m = mentions[n]!;
    if (p.kind === 'body' && m.kind === 'body' && m.first === p.end + 1 && [',', 'and'].includes(tokens[p.end]!.lower)) {
      if (p.plaintiff) m.plaintiff = true;
      if (p.defendant) m.defendant = true;
    }
  }
}

/**
 * The names a text defines, read over all its sentences first: "U.S. Immigration and Customs
 * Enforcement (“ICE”)" makes ICE that agency, "Plaintiff American Oversight (“AO”)" makes AO a
 * plaintiff, `(the "Department")` makes "the Department" the agency before it.
 */
export function collectAliases(sentences: readonly (readonly Token[])[]): Map<string, Alias> {
  const aliases = new Map<string, Alias>();
  for (const tokens of sentences) {
    const mentions = findMentions(tokens, aliases);
    for (const m of mentions) {
      if (m.kind !== 'body') continue;
      const def = definitionAt(tokens, m.end);
      if (!def) continue;
      const words = def.words.filter((w) => /^[A-Z]/.test(w));
      // One name for every word the definition gives: the table's name for an agency it knows, else
      // the defined acronym ("Department of Education (“ED” or “the Department”)" → ED).
      const acronym = words.find((w) => acronymText({ text: w, lower: w.toLowerCase(), kind: 'word', start: 0, end: 0 }));
      const knownName = tables()[1].has(m.name) || KNOWN_BODIES.some((b) => b.name === m.name);
      const name = knownName ? m.name : (acronym ?? m.name);
      for (const word of words) aliases.set(word, { name, level: m.level, parent: m.parent, plaintiff: m.plaintiff, defendant: m.defendant });
    }
  }
  return aliases;
}
