/**
 * Who each page count speaks of. Every mention gets its place in the sentence (the one who acts,
 * a count's source "from HSI", a referral's receiver "to the FBI", a topic "For ERO,", the agency
 * that qualifies its component "ICE's HSI"); each count then takes the nearest acting mention before
 * it (else after it, in its clause), its own source, and, when the sentence names no one, whoever
 * the text spoke of last or its one defendant.
 */
import type { PageCount } from './counts';
import type { Mention } from './entities';
import type { Token } from './tokens';

export interface Subject {
  agency: string;
  component: string | null;
}

export type Place = 'subject' | 'source' | 'referee' | 'topic' | 'qualifier' | 'plaintiff';

export interface Placed {
  mention: Mention;
  place: Place;
  /** For a source: the count it belongs to ("909 pages from HSI"). */
  count?: PageCount;
}

const SOURCE_WORDS: ReadonlySet<string> = new Set(['from', 'within', 'in', 'at', 'by', 'for']);
const TOPIC_WORDS: ReadonlySet<string> = new Set(['for', 'regarding', 'concerning']);
const REFER_WORDS: ReadonlySet<string> = new Set([
  'referred', 'refer', 'refers', 'referring', 'referral', 'referrals', 'sent', 'forwarded', 'transferred', 'routed',
]);
const CLAUSE_END: ReadonlySet<string> = new Set([';', '.', ':']);

/** Capitalised words after "from" that name no agency we know: "46 pages from Policy". */
function sourceWords(tokens: readonly Token[], i: number): string | null {
  let k = i;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  while (k < tokens.length && k < start + 6) {
    const t = tokens[k]!;
    if (t.kind === 'word' && /^[A-Z]/.test(t.text)) k++;
    else if ((t.lower === 'of' || t.lower === 'and' || t.lower === 'the') && /^[A-Z]/.test(tokens[k + 1]?.text ?? '') && k > start) k++;
    else break;
  }
  while (k > start && ['of', 'and', 'the'].includes(tokens[k - 1]!.lower)) k--;
  if (k === start) return null;
  return tokens
    .slice(start, k)
    .map((t) => t.text.replace(/['’]s?$/, ''))
    .join(' ');
}

/** Where each mention stands: the one who acts, a count's source, a referral's receiver… */
export function place(tokens: readonly Token[], mentions: readonly Mention[], counts: readonly PageCount[]): Placed[] {
  const out: Placed[] = [];
  const countEndingAt = new Map(counts.map((c) => [c.end, c]));
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.plaintiff) {
      out.push({ mention: m, place: 'plaintiff' });
      continue;
    }
    const prev = mentions[n - 1];
    // Inside the brackets of a definition: "(“ICE”)".
    if (prev && tokens[m.first - 1] && /^[(“"]$/.test(tokens[m.first - 1]!.text) && m.first - prev.end <= 2 && prev.kind === 'body') {
      out.push({ mention: m, place: 'qualifier' });
      continue;
    }
    let k = m.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    const before = tokens[k]?.lower ?? '';
    if (before === 'to' || before === 'with') {
      let refer = false;
      for (let b = k - 1; b >= 0 && b >= k - 12; b--) if (REFER_WORDS.has(tokens[b]!.lower)) refer = true;
      for (let a = m.end; a < tokens.length && a < m.end + 4; a++) if (tokens[a]!.lower === 'consultation') refer = true;
      if (refer) {
        out.push({ mention: m, place: 'referee' });
        continue;
      }
    }
    if (SOURCE_WORDS.has(before)) {
      const count = countEndingAt.get(k) ?? countEndingAt.get(k - 1);
      if (count) {
        out.push({ mention: m, place: 'source', count });
        continue;
      }
      // "the 87 pages referred to it by the State Department": the agent of a passive is not who
      // acts in the rest of the sentence.
      if (before === 'by') {
        out.push({ mention: m, place: 'qualifier' });
        continue;
      }
    }
    // "For HSI, ICE processed…": a topic for the rest of the clause.
    if (TOPIC_WORDS.has(before) && tokens[m.end]?.text === ',' && (k === 0 || CLAUSE_END.has(tokens[k - 1]!.text) || tokens[k - 1]!.text === ',')) {
      out.push({ mention: m, place: 'topic' });
      continue;
    }
    // "ICE's HSI", "ICE HSI", "HSI within ICE", "DHS OIG": the agency qualifies its component.
    const next = mentions[n + 1];
    if (m.kind === 'body' && m.level === 'agency' && next && next.kind === 'body' && next.level !== 'agency' && next.first === m.end) {
      out.push({ mention: m, place: 'qualifier' });
      continue;
    }
    if (m.kind === 'body' && m.level === 'agency' && prev && prev.kind === 'body' && prev.level !== 'agency' && ['of', 'within', 'at', 'in'].includes(tokens[m.first - 1]?.lower ?? '') && prev.end === m.first - 1) {
      out.push({ mention: m, place: 'qualifier' });
      continue;
    }
    out.push({ mention: m, place: 'subject' });
  }
  return out;
}

export interface TextFacts {
  /** The one defendant agency, when the text makes it plain. */
  defendant: string | null;
}

export function textFacts(all: readonly (readonly Placed[])[]): TextFacts {
  const defendants = new Set<string>();
  const agencies = new Set<string>();
  for (const placed of all)
    for (const p of placed) {
      const m = p.mention;
      // Who receives a referral or sits in a citation is not who the report is about.
      if (m.kind !== 'body' || (p.place !== 'subject' && p.place !== 'qualifier' && p.place !== 'topic' && p.place !== 'source')) continue;
      const agency = m.level === 'agency' ? m.name : m.parent;
      if (!agency) continue;
      if (m.defendant) defendants.add(agency);
      agencies.add(agency);
    }
  if (defendants.size === 1) return { defendant: [...defendants][0]! };
  if (defendants.size === 0 && agencies.size === 1) return { defendant: [...agencies][0]! };
  return { defendant: null };
}

/** Who a mention names, as agency and component. */
export function subjectOf(
  placed: readonly Placed[],
  index: number,
  tokens: readonly Token[],
  carried: Subject | null,
  facts: TextFacts,
): Subject {
  const m = placed[index]!.mention;
  if (m.kind === 'pronoun') {
    // "it" is whoever acted last: earlier in this sentence, else in the sentences before.
    for (let n = index - 1; n >= 0; n--) if (placed[n]!.place === 'subject' && placed[n]!.mention.kind === 'body') return subjectOf(placed, n, tokens, carried, facts);
    return carried ?? { agency: facts.defendant ?? '', component: null };
  }
  if (m.kind === 'party') {
    if (m.plural) return { agency: facts.defendant && !carried ? facts.defendant : '', component: null };
    return { agency: facts.defendant ?? carried?.agency ?? '', component: null };
  }
  if (m.level === 'agency') return { agency: m.name, component: null };
  // A component or an office: find its agency.
  const prev = placed[index - 1]?.mention;
  if (prev && prev.kind === 'body' && prev.level === 'agency' && prev.end === m.first) return { agency: prev.name, component: m.name };
  const next = placed[index + 1]?.mention;
  if (next && next.kind === 'body' && next.level === 'agency' && ['of', 'within', 'at', 'in'].includes(tokens[m.end]?.lower ?? '') && next.first === m.end + 1)
    return { agency: next.name, component: m.name };
  if (m.parent) return { agency: m.parent, component: m.name };
  for (let n = index - 1; n >= 0; n--) {
    const p = placed[n]!;
    if (p.mention.kind === 'body' && p.mention.level === 'agency' && (p.place === 'subject' || p.place === 'qualifier')) return { agency: p.mention.name, component: m.name };
  }
  const context = carried?.agency || facts.defendant;
  if (context && context !== m.name) return { agency: context, component: m.name };
  // An office no agency is named beside is the agency itself ("the Office of Legal Counsel").
  return m.level === 'office' ? { agency: m.name, component: null } : { agency: '', component: m.name };
}

/** Clause numbers per token (a semicolon starts the next), so "same clause?" costs nothing. */
const clauseCache = new WeakMap<readonly Token[], Int32Array>();
function clauses(tokens: readonly Token[]): Int32Array {
  let ids = clauseCache.get(tokens);
  if (!ids) {
    ids = new Int32Array(tokens.length + 1);
    let n = 0;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.text === ';') n++;
      ids[k] = n;
    }
    ids[tokens.length] = n + 1;
    clauseCache.set(tokens, ids);
  }
  return ids;
}
const sameClause = (tokens: readonly Token[], a: number, b: number): boolean => clauses(tokens)[Math.min(a, tokens.length)] === clauses(tokens)[Math.min(b, tokens.length)];

export interface CountSubject {
  subject: Subject;
  explicit: boolean;
}

/** The subject of one count: the nearest acting mention before it, else after it in its clause. */
export function countSubject(
  count: PageCount,
  placed: readonly Placed[],
  tokens: readonly Token[],
  carried: Subject | null,
  facts: TextFacts,
): CountSubject {
  let subject: Subject | null = null;
  // A pronoun or "Defendant" points back at an agency; it does not start a release of its own.
  let pointsBack = false;
  for (let n = placed.length - 1; n >= 0; n--) {
    const p = placed[n]!;
    if (p.place === 'subject' && p.mention.end <= count.first) {
      subject = subjectOf(placed, n, tokens, carried, facts);
      pointsBack = p.mention.kind !== 'body';
      break;
    }
  }
  if (!subject) {
    const n = placed.findIndex((p) => p.place === 'subject' && p.mention.first >= count.end && sameClause(tokens, p.mention.first, count.end));
    if (n >= 0) subject = subjectOf(placed, n, tokens, carried, facts);
  }
  const explicit = subject !== null && !pointsBack;
  subject ??= carried ?? { agency: facts.defendant ?? '', component: null };
  // "For HSI, ICE processed…" and "909 pages from HSI".
  let topic: Placed | undefined;
  for (const p of placed) if (p.place === 'topic' && p.mention.end <= count.first && sameClause(tokens, p.mention.end, count.first)) topic = p;
  const source = placed.find((p) => p.place === 'source' && p.count === count) ?? topic;
  if (source) subject = withSource(subject, source.mention);
  else {
    const words = SOURCE_WORDS.has(tokens[count.end]?.lower ?? '') && tokens[count.end]!.lower !== 'by' && tokens[count.end]!.lower !== 'in' ? sourceWords(tokens, count.end + 1) : null;
    if (words) subject = { agency: subject.agency, component: words };
  }
  return { subject, explicit: explicit || !!source };
}

function withSource(subject: Subject, source: Mention): Subject {
  if (source.kind !== 'body') return subject;
  if (source.level === 'agency') {
    if (!subject.agency || subject.agency === source.name) return { agency: source.name, component: null };
    return { agency: subject.agency, component: source.name };
  }
  return { agency: source.parent ?? subject.agency, component: source.name };
}

/** "referred 15 pages to the FBI for direct response": FBI. */
export function referredTo(tokens: readonly Token[], from: number, placed: readonly Placed[]): string | null {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || CLAUSE_END.has(t.text)) return null;
    if (t.lower !== 'to') continue;
    const target = placed.find((p) => p.mention.kind === 'body' && p.mention.first >= k + 1 && p.mention.first <= k + 2);
    if (target) return target.mention.name;
    const words: string[] = [];
    for (let w = k + 1; w < tokens.length && w < k + 7; w++) {
      const x = tokens[w]!;
      if (x.kind !== 'word' || ['for', 'and', 'which', 'who', 'pursuant', 'under', 'as', 'on'].includes(x.lower)) break;
      words.push(x.text);
    }
    if (words[0]?.toLowerCase() === 'the') words.shift();
    return words.length ? words.join(' ') : null;
  }
  return null;
}

/** "ICE and CBP will each process 500 pages per month": one pace per agency. */
export function eachSubjects(count: PageCount, placed: readonly Placed[], tokens: readonly Token[], carried: Subject | null, facts: TextFacts): Subject[] | null {
  const hasEach = tokens.slice(Math.max(0, count.first - 8), count.first).some((t) => t.lower === 'each');
  if (!hasEach) return null;
  const before = placed.map((p, n) => [p, n] as const).filter(([p]) => p.place === 'subject' && p.mention.end <= count.first && p.mention.kind === 'body');
  if (before.length < 2) return null;
  // The last run of mentions joined by "and" or commas.
  const run: number[] = [before[before.length - 1]![1]];
  for (let k = before.length - 2; k >= 0; k--) {
    const [p] = before[k]!;
    const nextMention = placed[run[0]!]!.mention;
    const between = tokens.slice(p.mention.end, nextMention.first).map((t) => t.lower);
    if (between.length <= 2 && between.every((w) => w === ',' || w === 'and')) run.unshift(before[k]![1]);
    else break;
  }
  if (run.length < 2) return null;
  return run.map((n) => subjectOf(placed, n, tokens, carried, facts));
}
