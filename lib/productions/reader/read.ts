/**
 * Status-report text (and the filing date, when known) → proposed rows: releases, expected volumes
 * and paces. Pure and linear in the text. Sentence by sentence: find dates, page counts and who
 * is named; give each count its role (roles.ts); gather a release's counts into one row until the
 * agency, the component or a repeated column says a new release starts; one row per expected
 * volume and per pace. The agency a sentence does not name is the one the text spoke of last
 * ("It released…"), or the one defendant. Labelled examples: status-report.examples.ts.
 */
import { findCounts, type PageCount } from './counts';
import { findDates, type DateMention } from './dates';
import { collectAliases, findMentions, type Alias, type Mention } from './entities';
import { findExemptions } from './exemptions';
import { NO_PAGES, type ProposedPages, type ProposedRow } from './proposed-row';
import { readRole, type Reading, type Role } from './roles';
import { countSubject, eachSubjects, place, referredTo, textFacts, subjectOf, type Placed, type Subject, type TextFacts } from './subjects';
import { sentences, type Sentence, type Token } from './tokens';

interface Draft {
  kind: ProposedRow['kind'];
  subject: Subject;
  /** The subject came from this sentence (not carried from an earlier one). */
  explicit: boolean;
  fields: Partial<Record<Role, number>>;
  perMonth: number | null;
  approximate: boolean;
  referredTo: string[];
  first: number;
  last: number;
  date: string | null;
  exemptions: string[];
}

const RELEASE_ROLES: ReadonlySet<Role> = new Set(['processed', 'releasedInFull', 'releasedInPart', 'withheldInFull', 'referred', 'released']);
const EVENT_WORDS: ReadonlySet<string> = new Set(['release', 'production', 'response', 'interim', 'produced', 'released', 'made', 'installment']);
const TOTAL_WORDS: ReadonlySet<string> = new Set(['total', 'totaling', 'totalling', 'altogether', 'combined', 'aggregate', 'collectively', 'bringing', 'cumulative', 'cumulatively']);

/** One sentence read up to the roles: what the rows are built from. */
interface Analysis {
  sentence: Sentence;
  dates: DateMention[];
  counts: PageCount[];
  placed: Placed[];
  readings: Reading[];
}

function analyse(sentence: Sentence, mentions: readonly Mention[], filed: string | null): Analysis {
  const { tokens } = sentence;
  const dates = findDates(tokens, filed);
  const taken = new Set<number>();
  for (const d of dates) for (let k = d.first; k < d.end; k++) taken.add(k);
  const counts = findCounts(tokens, taken);
  const placed = place(tokens, mentions, counts);
  const readings = counts.map((c) => readRole(tokens, c, counts));
  return { sentence, dates, counts, placed, readings };
}

/** Counts of one release: the same agency, and no two different components ("909 pages from HSI, releasing 120…"). */
const sameRelease = (a: Subject, b: Subject): boolean => a.agency === b.agency && (!a.component || !b.component || a.component === b.component);

function pagesOf(fields: Partial<Record<Role, number>>, kind: ProposedRow['kind']): ProposedPages {
  const pages: ProposedPages = { ...NO_PAGES };
  if (kind === 'expected') pages.identified = fields.identified ?? null;
  if (kind === 'release') {
    pages.processed = fields.processed ?? fields.released ?? null;
    pages.releasedInFull = fields.releasedInFull ?? null;
    pages.releasedInPart = fields.releasedInPart ?? null;
    pages.withheldInFull = fields.withheldInFull ?? null;
    pages.referred = fields.referred ?? null;
  }
  return pages;
}

/** Each date to the row it speaks of (see the module comment in dates.ts for which dates count). */
function assignDates(drafts: Draft[], dates: readonly DateMention[], tokens: readonly Token[], cues: readonly number[]): void {
  const usable = dates.filter((d) => !d.background && d.iso);
  for (const d of usable) {
    const inside = drafts.find((r) => r.first <= d.first && d.first <= r.last);
    const prev = [...drafts].reverse().find((r) => r.last < d.first);
    const next = drafts.find((r) => r.first > d.first);
    let target = inside ?? null;
    if (!target) {
      if (!prev) target = next ?? null;
      else if (!next) target = prev;
      // A date between two rows belongs to the next when a verb of its own follows it ("…, and on
      // April 14, 2023, it processed 400 pages"), else to the one before ("500 pages on March 15").
      else target = cues.some((c) => c >= d.end && c < next.first) ? next : prev;
    }
    if (target && !target.date) target.date = d.iso;
  }
  // A date carries forward over the rows after it ("As of March 1, ICE identified 46 pages from
  // Policy, 909 pages from HSI"), and back over a list of expected volumes it ends.
  let last: string | null = null;
  for (const r of drafts) {
    if (r.date) last = r.date;
    else if (last) r.date = last;
  }
  for (let n = drafts.length - 2; n >= 0; n--) {
    const r = drafts[n]!;
    const after = drafts[n + 1]!;
    if (!r.date && after.date && r.kind === 'expected' && after.kind === 'expected') r.date = after.date;
  }
}

/** Token indexes of verbs (for the date rule) — any word the role reader takes as a verb. */
function verbIndexes(readings: readonly Reading[]): number[] {
  return readings.map((r) => r.verb).filter((v): v is number => v !== null);
}

/**
 * "for a total of 4,088 pages" after a list of components, "bringing its total to 6,000 pages":
 * a sum of counts the sentence gives, not a row of its own.
 */
function isListTotal(tokens: readonly Token[], count: PageCount, sameRole: readonly PageCount[]): boolean {
  let total = false;
  for (let k = Math.max(0, count.first - 4); k < count.first; k++) if (TOTAL_WORDS.has(tokens[k]!.lower)) total = true;
  if (TOTAL_WORDS.has(tokens[count.end]?.lower ?? '') || (tokens[count.end]?.lower === 'in' && tokens[count.end + 1]?.lower === 'total')) total = true;
  return total && sameRole.some((c) => c !== count);
}

export interface ReadState {
  carried: Subject | null;
  pendingDate: string | null;
}

function readSentence(text: string, analysis: Analysis, filed: string | null, facts: TextFacts, state: ReadState): ProposedRow[] {
  const { sentence, dates, counts, placed, readings } = analysis;
  const { tokens } = sentence;
  const quote = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim().slice(0, 500);
  const exemptions = findExemptions(text.slice(sentence.start, sentence.end));

  const drafts: Draft[] = [];
  let open: Draft | null = null;
  const identifiedCounts = counts.filter((_, n) => readings[n]!.role === 'identified');
  const processedCounts = counts.filter((_, n) => readings[n]!.role === 'processed');
  for (let n = 0; n < counts.length; n++) {
    const count = counts[n]!;
    const reading = readings[n]!;
    const role = reading.role;
    if (!role) continue;
    const { subject, explicit } = countSubject(count, placed, tokens, state.carried, facts);
    const approximate = count.hedge === 'approximate' || reading.estimate;
    if (role === 'identified' || role === 'pace') {
      if (role === 'identified' && isListTotal(tokens, count, identifiedCounts)) continue;
      const kind = role === 'pace' ? 'pace' : 'expected';
      const subjects = role === 'pace' ? eachSubjects(count, placed, tokens, state.carried, facts) ?? [subject] : [subject];
      for (const s of subjects)
        drafts.push({
          kind,
          subject: s,
          explicit,
          fields: role === 'identified' ? { identified: count.value } : {},
          perMonth: role === 'pace' ? Math.round((reading.perMonth ?? count.perMonth ?? 0) * 100) / 100 : null,
          approximate: role === 'pace' ? count.hedge === 'approximate' : approximate,
          referredTo: [],
          first: count.first,
          last: count.end - 1,
          date: null,
          exemptions: [],
        });
      continue;
    }
    if (!RELEASE_ROLES.has(role)) continue;
    if (role === 'processed' && isListTotal(tokens, count, processedCounts)) continue;
    const fits =
      open &&
      (open.fields[role] === undefined || role === 'referred') &&
      !(explicit && open.explicit && !sameRelease(open.subject, subject)) &&
      !(role === 'released' && open.fields.processed !== undefined && open.fields.released !== undefined);
    if (!fits || !open) {
      open = {
        kind: 'release',
        subject,
        explicit,
        fields: {},
        perMonth: null,
        approximate: false,
        referredTo: [],
        first: count.first,
        last: count.end - 1,
        date: null,
        exemptions,
      };
      drafts.push(open);
    } else if (explicit && !open.explicit) {
      open.subject = subject;
      open.explicit = true;
    } else if (!open.subject.component && subject.component && subject.agency === open.subject.agency) {
      open.subject = subject;
    }
    open.fields[role] = (open.fields[role] ?? 0) + count.value;
    if (approximate) open.approximate = true;
    open.last = count.end - 1;
    if (role === 'referred') {
      const to = referredTo(tokens, reading.verb !== null && reading.verb > count.end ? reading.verb + 1 : count.end, placed);
      if (to && !open.referredTo.includes(to)) open.referredTo.push(to);
    }
  }
  // A release with one "released N pages" besides its processed count keeps only the processed.
  assignDates(drafts, dates, tokens, verbIndexes(readings));
  const rows: ProposedRow[] = [];
  for (const d of drafts) {
    if (d.kind === 'release' && !d.date && state.pendingDate) d.date = state.pendingDate;
    rows.push({
      kind: d.kind,
      agency: d.subject.agency,
      component: d.subject.component,
      date: d.date ?? filed,
      pages: pagesOf(d.fields, d.kind),
      perMonth: d.perMonth,
      approximate: d.approximate,
      referredTo: d.referredTo.length ? d.referredTo.join(', ') : null,
      exemptions: d.kind === 'release' ? d.exemptions : [],
      sourceQuote: quote,
    });
  }
  // What the next sentence inherits: who was spoken of, and a release's date told before its counts.
  const lastRow = drafts[drafts.length - 1];
  if (lastRow && lastRow.subject.agency) state.carried = lastRow.subject;
  else {
    const acting = [...placed].reverse().find((p) => p.place === 'subject' && p.mention.kind === 'body');
    if (acting) state.carried = subjectOf(placed, placed.indexOf(acting), tokens, state.carried, facts);
  }
  if (drafts.some((d) => d.kind === 'release')) state.pendingDate = null;
  else if (!drafts.length) {
    const event = tokens.some((t) => EVENT_WORDS.has(t.lower));
    const date = [...dates].reverse().find((d) => !d.background && d.iso);
    if (event && date) state.pendingDate = date.iso;
  }
  return rows;
}

/**
 * Read a status report's text. `filed` (YYYY-MM-DD) dates the rows the text does not date and
 * gives "March 15" its year.
 */
export function readStatusReport(text: string, filed: string | null = null): ProposedRow[] {
  const list = sentences(text);
  const aliases: Map<string, Alias> = collectAliases(list.map((s) => s.tokens));
  const analyses = list.map((s) => analyse(s, findMentions(s.tokens, aliases), filed));
  const facts = textFacts(analyses.map((a) => a.placed));
  const state: ReadState = { carried: null, pendingDate: null };
  const rows: ProposedRow[] = [];
  for (const a of analyses) rows.push(...readSentence(text, a, filed, facts, state));
  return rows;
}
