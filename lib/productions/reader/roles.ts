/**
 * What a page count counts: processed, released in full, released in part, withheld in full,
 * referred, identified (an expected volume) or a pace. Read from the verb that governs it — the
 * passive one right after it ("212 were released in part", "pages processed"), else the nearest one
 * before it in the sentence ("identified 46 pages from Policy, 909 pages from HSI": both identified)
 * — and the words that qualify it ("in full", "in part", "with redactions"). A count no verb
 * governs ("the 40 pages of the Vaughn index") counts nothing. Examples: roles.examples.ts.
 */
import type { PageCount } from './counts';
import { rateAt } from './counts';
import type { Token } from './tokens';

export type Role =
  | 'processed'
  | 'releasedInFull'
  | 'releasedInPart'
  | 'withheldInFull'
  | 'referred'
  | 'identified'
  | 'pace'
  /** Released, neither "in full" nor "in part" said: becomes the release's processed count when it has none. */
  | 'released';

export type Cue = 'process' | 'release' | 'withhold' | 'refer' | 'identify' | 'redact' | 'event' | 'remain' | 'ignore';

const CUES: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  ...(['processed', 'process', 'processes', 'processing', 'reviewed', 'review', 'reviews', 'reviewing', 'reprocessed', 'screened', 'examined'] as const).map(
    (w) => [w, 'process'] as const,
  ),
  ...([
    'released', 'releasing', 'produced', 'produce', 'produces', 'producing', 'provided', 'provide', 'provides', 'providing',
    'disclosed', 'disclose', 'discloses', 'disclosing', 'furnished', 'transmitted', 'granted',
  ] as const).map((w) => [w, 'release'] as const),
  ...(['withheld', 'withhold', 'withholds', 'withholding', 'denied', 'exempted'] as const).map((w) => [w, 'withhold'] as const),
  ...(['referred', 'refer', 'refers', 'referring', 'referral', 'referrals', 'forwarded', 'forwarding'] as const).map((w) => [w, 'refer'] as const),
  ...([
    'identified', 'identify', 'identifies', 'identifying', 'located', 'locate', 'locates', 'locating', 'found', 'find', 'finds',
    'estimates', 'estimated', 'estimate', 'collected', 'gathered', 'retrieved', 'yielded', 'returned', 'uncovered',
    'discovered', 'anticipates', 'anticipated', 'expects', 'expected', 'believes', 'potentially',
  ] as const).map((w) => [w, 'identify'] as const),
  ...(['redacted', 'redacting', 'redactions', 'redaction'] as const).map((w) => [w, 'redact'] as const),
  ...([
    'release', 'releases', 'production', 'productions', 'response', 'responses', 'installment', 'tranche', 'batch',
    'consisting', 'consisted', 'consists', 'comprising', 'comprised', 'totaling', 'totalling', 'totaled', 'totalled',
    'encompassing', 'containing', 'contained',
  ] as const).map((w) => [w, 'event'] as const),
  ...(['remain', 'remains', 'remaining', 'left', 'outstanding', 'remainder', 'balance'] as const).map((w) => [w, 'remain'] as const),
  // Pages that are neither released nor withheld nor expected.
  ...([
    'non-responsive', 'nonresponsive', 'unresponsive', 'duplicate', 'duplicates', 'duplicative', 'blank', 'scope', 'non-record',
    'received', 'sought',
  ] as const).map((w) => [w, 'ignore'] as const),
]);

/** Words that join a count to what it is a count of: "a release consisting of 500 pages". */
const CONNECTORS: ReadonlySet<string> = new Set([
  'consisting', 'consisted', 'consists', 'comprising', 'comprised', 'totaling', 'totalling', 'totaled', 'totalled', 'encompassing', 'containing', 'contained',
]);

/** "release", "production": nouns after these ("its third interim release of 500 pages"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'its', 'the', 'a', 'an', 'interim', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'next', 'final', 'rolling', 'monthly', 'latest', 'recent', 'supplemental', 'this', 'that', 'each', 'their', 'his', 'her',
  'initial', 'last', 'partial', 'further', 'additional', 'subsequent', 'previous', 'prior',
]);

const FUTURE_MARKERS: ReadonlySet<string> = new Set(['next', 'upcoming', 'forthcoming', 'future', 'subsequent']);

/** Words that make the verb after them a promise, not a report: "will process", "agreed to produce". */
const MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'would', 'should', 'must', 'can', 'could', 'may', 'might', "won't", 'cannot']);
const BEFORE_TO: ReadonlySet<string> = new Set([
  'agreed', 'agrees', 'agree', 'ordered', 'required', 'requires', 'require', 'expects', 'expected', 'anticipates', 'anticipated',
  'intends', 'intend', 'plans', 'plan', 'proposes', 'proposed', 'propose', 'continue', 'continues', 'going', 'able', 'directed',
  'obligated', 'needs', 'need', 'hopes', 'aims', 'endeavor', 'endeavors', 'attempt', 'attempts', 'committed', 'commits',
  'working', 'seeks', 'asks', 'requests', 'requested', 'undertake', 'undertakes', 'order', 'orders', 'shall', 'will',
]);
/** Present-tense habits, like promises, may carry a pace: "ICE processes 500 pages each month". */
const HABITUAL: ReadonlySet<string> = new Set(['processes', 'produces', 'reviews', 'releases', 'continues', 'continue', 'anticipates', 'expects', 'proposes']);

export type Qualifier = 'full' | 'part' | 'both' | null;

/** "in full", "in part", "in whole or in part", "with redactions", "in their entirety" at token i. */
function qualifierAt(tokens: readonly Token[], i: number): [Qualifier, number] | null {
  const w = (k: number): string => tokens[i + k]?.lower ?? '';
  if (w(0) === 'in' && (w(1) === 'full' || w(1) === 'whole')) {
    if (w(2) === 'or' && w(3) === 'in' && w(4) === 'part') return ['both', i + 5];
    if ((w(2) === 'and' || w(2) === 'or') && (w(3) === 'part' || w(3) === 'partially')) return ['both', i + 4];
    return ['full', i + 2];
  }
  if (w(0) === 'in' && w(1) === 'part') {
    if (w(2) === 'or' && w(3) === 'in' && w(4) === 'full') return ['both', i + 5];
    return ['part', i + 2];
  }
  if (w(0) === 'in' && (w(1) === 'their' || w(1) === 'its') && (w(2) === 'entirety' || w(2) === 'entireties')) return ['full', i + 3];
  if (w(0) === 'in' && w(1) === 'redacted') return ['part', i + 2];
  if (w(0) === 'entirely' || w(0) === 'fully' || w(0) === 'wholly' || w(0) === 'completely') return ['full', i + 1];
  if (w(0) === 'partially' || w(0) === 'partly' || w(0) === 'partial') return ['part', i + 1];
  if (w(0) === 'with' && (w(1) === 'redactions' || w(1) === 'partial' || w(1) === 'some' || w(1) === 'limited' || w(1) === 'minimal')) return ['part', i + 2];
  if (w(0) === 'redacted') return ['part', i + 1];
  if (w(0) === 'without' && (w(1) === 'redactions' || w(1) === 'redaction')) return ['full', i + 2];
  if (w(0) === 'unredacted') return ['full', i + 1];
  return null;
}

/** The qualifier within `span` tokens from i (stops at a clause break or another number). */
function qualifierNear(tokens: readonly Token[], from: number, to: number): Qualifier {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || t.text === ';' || t.text === '.') return null;
    const q = qualifierAt(tokens, k);
    if (q) return q[0];
  }
  return null;
}

function cueOf(tokens: readonly Token[], k: number): Cue | null {
  const t = tokens[k]!;
  if (t.kind !== 'word') return null;
  let cue = CUES.get(t.lower) ?? null;
  if (cue === 'release' || cue === 'process' || cue === 'event') {
    // "release" and "releases" are nouns after "its", "the", "interim"; as verbs they release.
    if (t.lower === 'release' || t.lower === 'releases' || t.lower === 'production' || t.lower === 'review' || t.lower === 'response') {
      const before = tokens[k - 1]?.lower ?? '';
      if (NOUN_MARKERS.has(before) || tokens[k - 1]?.possessive) cue = 'event';
    // "its next production", "the upcoming release": one still to come counts nothing yet.
    if (FUTURE_MARKERS.has(before) || FUTURE_MARKERS.has(tokens[k - 2]?.lower ?? '')) return null;
      else if (t.lower === 'production' || t.lower === 'response') cue = 'event';
    }
  }
  if (cue === 'identify' && t.lower === 'potentially' && tokens[k + 1]?.lower !== 'responsive') return null;
  // "the expected volume" is a noun phrase; "is expected to" estimates.
  if (t.lower === 'expected' && !['is', 'are', 'was', 'were'].includes(tokens[k - 1]?.lower ?? '')) return null;
  if (t.lower === 'scope' && tokens[k - 2]?.lower !== 'outside' && tokens[k - 3]?.lower !== 'outside') return null;
  // "sent 25 pages to the FBI for consultation" refers them; "sent the release to Plaintiff" does not.
  if (t.lower === 'sent' || t.lower === 'transferred' || t.lower === 'routed') {
    for (let m = k + 1; m < tokens.length && m < k + 12; m++) {
      const w = tokens[m]!.lower;
      if (w === 'consultation' || w === 'coordination' || (w === 'direct' && tokens[m + 1]?.lower === 'response')) return 'refer';
      if (w === ';' || w === '.') break;
    }
    return t.lower === 'sent' ? 'release' : null;
  }
  return cue;
}

/** "will process", "agreed to produce", "anticipates processing": a promise, not a report. */
function isPromise(tokens: readonly Token[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
    const w = tokens[m]!.lower;
    if (MODALS.has(w)) return true;
    if (w === 'to' && BEFORE_TO.has(tokens[m - 1]?.lower ?? '')) return true;
    if (w === 'to' && tokens[m - 2] && BEFORE_TO.has(tokens[m - 2]!.lower)) return true;
    if ((w === 'anticipates' || w === 'expects' || w === 'intends' || w === 'plans' || w === 'proposes') && m < k) return true;
    if (tokens[m]!.text === ',' || tokens[m]!.text === ';') break;
  }
  return false;
}

const AUX: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'been', 'be', 'being', 'have', 'has', 'had', 'will', 'shall', 'would']);
const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'subsequently', 'ultimately', 'now', 'since', 'thereafter', 'previously', 'already', 'either', 'each', 'all',
  'fully', 'partially', 'partly', 'entirely', 'wholly', 'completely', 'currently', 'still', 'being',
]);
const OF_WHICH_OBJECTS: ReadonlySet<string> = new Set(['which', 'these', 'those', 'them', 'this']);
const PARTICIPLES: ReadonlySet<string> = new Set([
  'processed', 'reviewed', 'released', 'produced', 'withheld', 'referred', 'identified', 'located', 'redacted', 'remain',
  'remaining', 'left', 'outstanding', 'found', 'collected', 'provided', 'disclosed', 'denied', 'remained',
]);

/**
 * The verb right after the count: "212 (pages) (of which) were released", "pages processed"; its
 * token index, or -1 when the pages are said to be something no column counts.
 */
function verbAfter(tokens: readonly Token[], count: PageCount): number | null {
  let k = count.end;
  if (tokens[k]?.lower === 'of' && OF_WHICH_OBJECTS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  // A relative clause: "pages (that) it identified", "pages that ICE has located".
  let relative = false;
  if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') {
    k++;
    relative = true;
  }
  if (['it', 'they', 'defendant', 'defendants', 'the'].includes(tokens[k]?.lower ?? '') || /^[A-Z]{2,}$/.test(tokens[k]?.text ?? '')) {
    const subjectEnd = tokens[k]!.lower === 'the' ? k + 2 : k + 1;
    if (PARTICIPLES.has(tokens[subjectEnd]?.lower ?? '') || AUX.has(tokens[subjectEnd]?.lower ?? '')) {
      k = subjectEnd;
      relative = true;
    }
  }
  let aux = false;
  while (k < count.end + 6 && tokens[k] && (AUX.has(tokens[k]!.lower) || ADVERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'not')) {
    if (AUX.has(tokens[k]!.lower)) aux = true;
    k++;
  }
  const t = tokens[k];
  if (!t || t.kind !== 'word') return aux ? -1 : null;
  // "pages it identified" names them; "pages which it is reviewing" says what happens next.
  if (relative && !PARTICIPLES.has(t.lower)) return null;
  if (!aux && !PARTICIPLES.has(t.lower)) return null;
  const cue = cueOf(tokens, k);
  // "1,805 were found to be non-responsive", "determined to be duplicates" (but "remain to be processed").
  if (cue !== 'remain' && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'be') return -1;
  // "500 pages were determined to be non-responsive", "will be made on May 1": said of the pages,
  // but not a count of any column.
  if (cue === null || cue === 'event') return aux ? -1 : null;
  return k;
}

/** The nearest governing verb before the count, within the sentence; its token index. */
/** How far back a verb may govern a count: long enough for a list of ten components. */
const VERB_REACH = 80;

function verbBefore(tokens: readonly Token[], count: PageCount, counts: readonly PageCount[] = []): number | null {
  let p = counts.indexOf(count) - 1;
  for (let k = count.first - 1; k >= 0 && k >= count.first - VERB_REACH; k--) {
    // Words inside another count ("311 partially redacted pages") describe that count only.
    while (p >= 0 && counts[p]!.first > k) p--;
    const inside = p >= 0 && counts[p]!.end > k ? counts[p]! : null;
    if (inside) {
      k = inside.first;
      continue;
    }
    const cue = cueOf(tokens, k);
    if (cue && cue !== 'remain' && cue !== 'ignore') return k;
    if (cue === 'remain' && tokens[k]!.lower !== 'remaining') return k;
  }
  return null;
}

/** "partially redacted pages", "unredacted pages". */
function modifierQualifier(count: PageCount): Qualifier {
  if (count.modifiers.has('unredacted')) return 'full';
  if (count.modifiers.has('redacted') || count.modifiers.has('partially')) return 'part';
  return null;
}

const EVENT_NOUNS: ReadonlySet<string> = new Set(['production', 'release', 'response', 'installment', 'tranche']);

/** "at a monthly rate of 300 pages", "a monthly processing rate of 500 pages". */
function monthlyRateBefore(tokens: readonly Token[], count: PageCount): boolean {
  let rate = false;
  for (let k = count.first - 1; k >= 0 && k >= count.first - 5; k--) {
    const w = tokens[k]!.lower;
    if (w === 'rate' || w === 'pace' || w === 'schedule') rate = true;
    if (w === 'monthly' && rate) return true;
  }
  return false;
}

/** A rate after the count, further on in its clause: "process 500 pages, and produce records, each month". */
function rateLater(tokens: readonly Token[], count: PageCount, counts: readonly PageCount[]): number | null {
  const nextCount = counts[counts.indexOf(count) + 1]?.first ?? tokens.length;
  for (let k = count.end; k < nextCount && k < count.end + 14; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.') return null;
    const r = rateAt(tokens, k);
    if (r) return count.value * r[0];
  }
  return null;
}

export interface Reading {
  role: Role | null;
  /** The governing verb's token (for the referral's "to …" and the row's span). */
  verb: number | null;
  /** "estimates", "anticipates": the count is an estimate even without "approximately". */
  estimate: boolean;
  perMonth: number | null;
}

/** Verbs that make their count an estimate ("approximate"); "anticipates" only plans. */
const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['estimates', 'estimated', 'estimate', 'believes']);

/** "estimates that it will need to review approximately 9,000 pages": the promise is an estimate of the volume. */
function estimateGoverns(tokens: readonly Token[], verb: number): boolean {
  for (let m = verb - 1; m >= 0 && m >= verb - 10; m--) {
    if (ESTIMATE_VERBS.has(tokens[m]!.lower)) return true;
    if (tokens[m]!.text === ';' || tokens[m]!.text === '.') break;
  }
  return false;
}

/** The role of one count among the sentence's counts. */
export function readRole(tokens: readonly Token[], count: PageCount, counts: readonly PageCount[]): Reading {
  const none: Reading = { role: null, verb: null, estimate: false, perMonth: null };
  if (count.perMonth !== null) return { role: 'pace', verb: null, estimate: false, perMonth: count.perMonth };
  if (monthlyRateBefore(tokens, count)) return { role: 'pace', verb: null, estimate: false, perMonth: count.value };
  let after = verbAfter(tokens, count);
  if (after === -1) return none;
  // "completed processing of the 87 pages referred to it": a verb right before the count governs
  // it over a participle after it that only describes the pages (but "consisted of 228 pages
  // released in part" keeps the participle: "consisted" names no column).
  if (after !== null && count.end === after) {
    const close = verbBefore(tokens, count, counts);
    if (close !== null && count.first - close <= 3) {
      const c = cueOf(tokens, close);
      if (c === 'process' || c === 'release' || c === 'withhold' || c === 'identify') after = null;
    }
  }
  const before = after === null ? verbBefore(tokens, count, counts) : null;
  const verb = after ?? before;
  const remaining = count.modifiers.has('remaining') || count.modifiers.has('outstanding');
  // "ICE made a 2,000-page production": the noun after the count.
  if (verb === null && count.unit && EVENT_NOUNS.has(tokens[count.end]?.lower ?? '')) return { role: 'processed', verb: null, estimate: false, perMonth: null };
  if (verb === null) {
    if (count.unit && count.modifiers.has('potentially')) return { role: 'identified', verb: null, estimate: false, perMonth: null };
    return none;
  }
  // A bare number needs its verb close by ("released 300 pages in full and 150 in part" reads the
  // 150 through its qualifier; "Exemptions 5, 6 and 7" have none).
  const cue = cueOf(tokens, verb)!;
  const qualifier =
    modifierQualifier(count) ??
    (after !== null
      ? qualifierNear(tokens, count.end, after + 5)
      : (qualifierNear(tokens, count.end, count.end + 3) ?? qualifierNear(tokens, verb + 1, count.first) ?? qualifierNear(tokens, verb - 1, verb)));
  if (!count.unit) {
    const close = before !== null && count.first - before <= 3;
    if (after === null && qualifier === null && !close) return none;
  }
  if (count.modifiers.has('duplicate') || count.modifiers.has('duplicative') || count.modifiers.has('non-responsive')) return none;
  // "identified 2,400 documents, comprising roughly 11,000 pages": a connector counts what the
  // verb before it counts.
  if (cue === 'event' && CONNECTORS.has(tokens[verb]!.lower)) {
    for (let k = verb - 1; k >= 0 && k >= verb - VERB_REACH; k--) {
      const c = cueOf(tokens, k);
      if (c === 'identify' || (c === 'remain' && tokens[k]!.lower !== 'remaining')) return { role: 'identified', verb: k, estimate: ESTIMATE_VERBS.has(tokens[k]!.lower), perMonth: null };
      if (c && c !== 'ignore') break;
    }
  }
  const estimate = ESTIMATE_VERBS.has(tokens[verb]!.lower);
  // "the remaining 10,000 pages are being processed": still to come, like a promise.
  const progressive = after !== null && tokens.slice(count.end, after).some((t) => t.lower === 'being' || t.lower === 'be');
  const promise = isPromise(tokens, verb) || progressive || (after === null && HABITUAL.has(tokens[verb]!.lower)) || monthlyRateBefore(tokens, count);
  if (cue === 'ignore') return none;
  if (promise && (cue === 'process' || cue === 'release' || cue === 'event' || cue === 'identify')) {
    const rate = monthlyRateBefore(tokens, count) ? count.value : rateLater(tokens, count, counts);
    if (rate !== null) return { role: 'pace', verb, estimate: false, perMonth: rate };
  }
  if (cue === 'remain' || cue === 'identify') return { role: 'identified', verb, estimate, perMonth: null };
  if (promise && (cue === 'process' || cue === 'release' || cue === 'event')) {
    if (estimateGoverns(tokens, verb)) return { role: 'identified', verb, estimate: true, perMonth: null };
    return remaining ? { role: 'identified', verb, estimate: false, perMonth: null } : none;
  }
  const role: Role | null =
    cue === 'process' || cue === 'event'
      ? 'processed'
      : cue === 'release'
        ? qualifier === 'full'
          ? 'releasedInFull'
          : qualifier === 'part'
            ? 'releasedInPart'
            : qualifier === 'both'
              ? null // "released 450 pages in full or in part": no column holds it
              : 'released'
        : cue === 'withhold'
          ? qualifier === 'part'
            ? 'releasedInPart'
            : qualifier === 'both'
              ? null
              : 'withheldInFull'
          : cue === 'redact'
            ? 'releasedInPart'
            : cue === 'refer'
              ? 'referred'
              : null;
  return { role, verb, estimate, perMonth: null };
}
