/**
 * Deadlines read from a docket entry: its text, court and filing date in, suggestions out
 * ({date, time, kind, action, title}, with `relative: true` for dates counted from the entry).
 * The pieces: moments.ts finds the dates and times, prepare.ts sets aside what quotes other
 * entries, triggers.ts says what the words before each date make of it, entry-kind.ts what sort of
 * document the entry is, exclusions.ts what is never suggested, title.ts what to call it. Pure: no
 * browser API, no clock (the filing date anchors everything). Never decides for the user: these are
 * suggestions, shown and saved only on a click.
 */
import { courtType } from '../../courts';
import { entryKind, leadDocument } from './entry-kind';
import { isExcluded } from './exclusions';
import { findMoments, type Moment } from './moments';
import { prepare } from './prepare';
import { findRelative } from './relative-days';
import { kindOf, titleOf, type Kind } from './title';
import { LEAD, triggerOf, type Role } from './triggers';

export type { Kind } from './title';
export type Action = 'add' | 'change' | 'cancel';

export interface SuggestInput {
  text: string;
  /** PACER court id ("cand", "deb"); decides whether bankruptcy boilerplate applies. */
  court?: string | null;
  /** The entry's filing date, YYYY-MM-DD: years and relative periods are read from it. */
  filed?: string | null;
}

export interface Suggestion {
  date: string;
  time: string | null;
  kind: Kind;
  action: Action;
  title: string;
  /** Counted from the entry ("within 14 days of this order"), not printed. */
  relative?: true;
  /** The words the date was read from (at most QUOTE_MAX characters of the entry). */
  quote: string;
}

export const QUOTE_MAX = 200;

interface Reading {
  moment: Moment;
  role: Role;
  /** Absolute offset where the trigger starts (the subject ends). */
  triggerAt: number;
  subjectStart: number;
  hearingTrigger: boolean;
  named?: string;
  own?: string;
}

/** Sentence and clause ends for subjects: ". X", ";", ":", " - ", brackets. */
const BOUNDARY = /(?<!\b[A-Z]|\b(?:Inc|No|Nos|Co|Corp|Ltd|Mr|Ms|Mrs|Dr|Jr|Sr|St|Fl|Rm|Ste|Hon|Mag|U\.S|v|vs|al|Civ|Ct|Doc|Dkt|R|Fed|P|a\.m|p\.m|approx|Apr|Aug|Dec|Feb|Jan|Jul|Jun|Mar|Nov|Oct|Sept?))[.!?](?=\s|$)|[;:[\]]|(?<=\s)\(|\)(?=\s)(?<!\w\(\w{1,3}\))|\s[-\u2013]\s|\s\d{1,2}[.)]\s|\s\(\w{1,2}\)\s/g;

function lastBoundaryBefore(text: string, from: number, to: number): number {
  const re = new RegExp(BOUNDARY.source, 'g');
  re.lastIndex = from;
  let at = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) at = m.index + m[0].length;
  return at;
}

function nextBoundaryAfter(text: string, from: number, limit: number): number {
  const re = /(?<![A-Z]|\b(?:Inc|No|Co|Corp|Ltd|Mr|Ms|Dr|Jr|St|Hon|U\.S|v|vs|a\.m|p\.m))[.!?](?=\s+[A-Z(]|$)|;/g;
  re.lastIndex = from;
  const m = re.exec(text.slice(0, limit));
  return m ? m.index : Math.min(text.length, limit);
}

/** Connectors that carry a role from the date before: "from X to Y", "X through Y", "X, and Y". */
const TO_AFTER_OLD = /^[ ,]{0,3}(?:to|until|till|and (?:re-?set|continued|rescheduled|moved) (?:to|for)|(?:is |are |has been |will be )?(?:re-?set|continued|rescheduled|moved|adjourned) (?:to|for)|now)[ ,:]{0,3}(?:on )?$/i;
const TO_AFTER_PERIOD = /^[ ,]{0,3}(?:-|\u2013|to|through|thru|until|and|&|through and including|to and including)[ ,]{0,3}$/i;

const CANCEL_AFTER = /^[^.;]{0,90}?\b(?:is|are|has been|have been|was|were|hereby|be|shall be|will be|being)?\s?(?:vacated|cancell?ed|terminated|stricken|struck|withdrawn|taken off(?: the)? calendar|off calendar|removed from (?:the )?calendar|will not (?:go forward|be held|proceed)|not held)\b/i;
const RESET_AFTER = /^[^.;]{0,90}?\b(?:and|&)?\s?(?:re-?set|rescheduled|re-scheduled|continued|moved|adjourned)\b/i;
const CANCEL_BEFORE = /\b(?:vacat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|strik(?:e|es|ing)|terminat(?:e|es|ing)|withdraw(?:s|ing|n)?)\b[^.;]{0,120}$/i;
const CANCEL_HEAD = /^(?:[A-Z]{1,4}:\s+)?(?:Notice of (?:Cancell?ation|Withdrawal of (?:Motion|Hearing))|HEARING CANCELL?ED|[^.]{0,40}\bCANCELL?ED\b|Cancell?ation of|ORDER (?:VACATING|CANCELL?ING|STRIKING) (?:the |a )?(?:\w+ ){0,3}(?:HEARING|CONFERENCE|TRIAL|ARGUMENT|SENTENCING))/i;
const NOT_HELD = /\bnot held\b/i;
/** The next sentence may vacate what this one names: "… scheduled for hearing on 6/12/06, is taken under submission. Accordingly, the hearing date is vacated." */
const CANCEL_NEXT = /^[.;]?\s{0,3}(?:Accordingly,?\s|Therefore,?\s|Thus,?\s)?(?:the|said|that|this)\s(?:\w+\s){0,2}(?:hearing|conference|trial|date|matter|argument)(?:\sdate)?\s(?:is|are|has been|shall be)\s(?:hereby\s)?(?:vacated|cancell?ed|off calendar|stricken|taken off calendar)\b/i;
const CHANGE_CONTEXT = /\b(?:re-?set|re-?set(?:ting)?|re-?schedul(?:e|ed|ing)|continued(?! (?:use|employment|retention|operation|payment|existence|effect))|continuing|continuance|adjourned|adjournment|postponed|postponing|advanced|time changed|date changed|amended notice of (?:hearing|motion)|notice of (?:adjourned|rescheduled|continued)|stricken and reset|vacated and reset|moved to)\b/i;
const EXTENSION = /\b(?:extension of (?:time|the deadline|deadline)|extend(?:s|ed|ing)? (?:the )?(?:time|deadline|date|period|response|reply|answer)|extending (?:the )?(?:time|deadline)|further time|enlarg(?:e|ing|ement of) (?:the )?time|additional time|is extended|are extended|extended to|shall have (?:up )?(?:to and including|through and including|until))\b/i;
const HEARING_IN_TRIGGER = /\b(?:hearing|argument)\b/i;
/** A "by" date is a deadline only where the clause states a duty. */
const DUTY = /\b(?:shall|must|will|is to|are to|to (?:file|submit|serve|produce|complete|respond|reply|answer|provide|lodge)|ordered to|directed to|required to|should|may|has until|have until|due)\b/i;
/** The CM/ECF docketing line a request entry may still carry: set by the court's system, not asked for. */
const STANDARD_TRIGGER = /^(?:due|set for|scheduled for|to be held on|set for hearing on|hearing scheduled for|deadline)/i;

function roleOf(own: string, moments: Moment[], i: number, prev: Reading | null): Reading | null {
  const m = moments[i]!;
  const prevEnd = i > 0 ? moments[i - 1]!.end : 0;
  const leadStart = Math.max(prevEnd, m.start - LEAD);
  const lead = own.slice(leadStart, m.start);
  if (prev && prev.moment === moments[i - 1]) {
    if (prev.role === 'old' && TO_AFTER_OLD.test(lead)) return { ...prev, moment: m, role: 'change' };
    if (prev.role === 'period' && TO_AFTER_PERIOD.test(lead)) return { ...prev, moment: m, role: 'period' };
  }
  const trigger = triggerOf(lead);
  if (!trigger) return null;
  const triggerAt = leadStart + trigger.at;
  const subjectStart = lastBoundaryBefore(own, Math.max(prevEnd, triggerAt - LEAD), triggerAt);
  return {
    moment: m,
    role: trigger.role,
    triggerAt,
    subjectStart,
    hearingTrigger: HEARING_IN_TRIGGER.test(own.slice(triggerAt, m.start)) && !HEARING_IN_TRIGGER.test(own.slice(subjectStart, triggerAt)) && !trigger.own,
    named: trigger.named,
    own: trigger.own,
  };
}

function quoteAround(printed: string, start: number, end: number): string {
  let from = lastBoundaryBefore(printed, Math.max(0, start - 140), start);
  if (start - from > 140) from = start - 140;
  const to = Math.min(printed.length, Math.max(end, from + QUOTE_MAX), nextBoundaryAfter(printed, end, end + 80) + 1);
  let q = printed.slice(from, Math.min(to, from + QUOTE_MAX)).trim();
  if (q.length > QUOTE_MAX) q = q.slice(0, QUOTE_MAX);
  return q;
}

export function suggestDeadlines(input: SuggestInput): Suggestion[] {
  const filed = input.filed && /^\d{4}-\d{2}-\d{2}$/.test(input.filed) ? input.filed : null;
  const { printed, own, related } = prepare(input.text ?? '');
  if (!printed) return [];
  const kind = entryKind(own);
  if (kind.quotesOnly) return [];
  const bankruptcy = courtType(input.court) === 'bankruptcy' || /^[a-z]{2,4}b$/i.test(input.court ?? '');
  if (bankruptcy && kind.deficiency) return [];
  const head = own.slice(0, kind.headEnd);
  const lead = leadDocument(own);
  const relatedMatter = related ? leadDocument(related) ?? related : null;
  const matter = lead ?? (relatedMatter && !/^(?:Motion|Application|Request)\s+(?:to|for)\s+(?:Continue|Reschedule|Extend)/i.test(relatedMatter) ? relatedMatter : null);
  const cancelHead = CANCEL_HEAD.test(own);
  const changeHead = CHANGE_CONTEXT.test(own.slice(0, kind.headEnd));
  const extensionOrder = !kind.request && EXTENSION.test(own) && /\b(?:order|ordered|granted|granting|grants|extended|allowed)\b/i.test(own);

  const moments = findMoments(own, filed);
  const readings: Reading[] = [];
  let prev: Reading | null = null;
  for (let i = 0; i < moments.length; i++) {
    const r = roleOf(own, moments, i, prev);
    if (r) readings.push(r);
    prev = r;
  }

  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const push = (s: Suggestion): void => {
    const key = `${s.date}|${s.time}|${s.action}|${s.title.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };

  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    const m = r.moment;
    if (r.role === 'period' || r.role === 'past') continue;
    const subject = own.slice(r.subjectStart, r.triggerAt);
    const trigger = own.slice(r.triggerAt, m.start).trim();
    const clauseEnd = nextBoundaryAfter(own, m.end, m.end + 160);
    const after = own.slice(m.end, clauseEnd);
    const sentenceStart = lastBoundaryBefore(own, Math.max(0, r.subjectStart - 200), r.subjectStart);
    const before = own.slice(sentenceStart, m.start);
    const local = own.slice(r.subjectStart, m.start);
    const nextSentence = own.slice(clauseEnd, clauseEnd + 120);

    if (r.role === 'by' && !DUTY.test(own.slice(Math.max(0, r.subjectStart - 60), r.triggerAt))) continue;
    // A request's own title asks for dates; only the docketing line after it (Hearing scheduled for, Responses due by) is set.
    if (kind.request && (m.start < kind.headEnd || !STANDARD_TRIGGER.test(trigger) || r.role === 'change')) continue;

    let action: Action;
    const next = readings[k + 1];
    const movedOn = next && next.role === 'change' && next.subjectStart <= m.end + 3;
    if (r.role === 'old') {
      // The date a change moves away from is not suggested; the date a cancellation removes is.
      if (movedOn || RESET_AFTER.test(after)) continue;
      if (!(CANCEL_AFTER.test(after) || CANCEL_BEFORE.test(before) || cancelHead)) continue;
      action = 'cancel';
    } else if (r.role === 'change') {
      action = 'change';
    } else if (RESET_AFTER.test(after) && (movedOn || /\b(?:is|are|has been|was|be|and)\s(?:hereby\s)?(?:re-?set|rescheduled|continued|moved|adjourned)\b/i.test(after))) {
      // "… set for 02/22/2005 10:00 AM is moved to 02:00 PM": the old setting; the new one is read where it is printed.
      continue;
    } else if (CANCEL_AFTER.test(after) || (CANCEL_NEXT.test(nextSentence) && !moments.some((x) => x.start >= clauseEnd && x.start < clauseEnd + 120))) {
      if (NOT_HELD.test(after) && /continued/i.test(after)) continue;
      action = 'cancel';
    } else if (CANCEL_BEFORE.test(before) || cancelHead) {
      if (movedOn) continue;
      action = 'cancel';
    } else if (CHANGE_CONTEXT.test(local) || changeHead || (r.role === 'deadline' && extensionOrder) || (r.role === 'by' && extensionOrder)) {
      action = 'change';
    } else {
      action = 'add';
    }
    if (filed && m.date < filed) continue;

    // Only what the trigger and the name say: "Deadline updated as to …, reset Calendar Call for" is an event.
    const named = `${r.own ?? subject.slice(-50)} ${r.named ?? ''}`;
    const event =
      r.role === 'event' ||
      ((r.role === 'change' || r.role === 'old') && !/\b(?:due|deadline|file|filed|extended|until)\b/i.test(trigger) && !/\b(?:due|deadlines?|cut-?off|briefs?|responses?|replies|reply|answer|report|statement|disclosures?|designations?|pleadings?|filings?|discovery)\s*$/i.test(named.trim()));
    // "proceedings held before Judge … on 10/15/2013": a past event, whatever rule read it.
    if (r.role === 'event' && /\b(?:held|heard|conducted|took place|was had)\b/i.test(subject)) continue;
    const title = titleOf({ subject, own: r.own, after, named: r.named, hearingTrigger: r.hearingTrigger, event, matter });
    // A bare "Deadline" is about what the entry's title names ("Order Granting Motion to Extend Time to File Schedules").
    const about = /^(?:Deadline|Objection|Response)\b/.test(title) ? `${title} ${head}` : title;
    if (isExcluded(`${about} ${subject.slice(-80)}`, local, bankruptcy)) continue;
    push({
      date: m.date,
      time: m.time,
      kind: kindOf(title, event),
      action,
      title,
      quote: quoteAround(printed, r.subjectStart, m.end),
    });
  }

  if (!kind.request) {
    for (const rel of findRelative(own, filed)) {
      const sentenceStart = lastBoundaryBefore(own, Math.max(0, rel.start - 200), rel.start);
      const sentenceEnd = nextBoundaryAfter(own, rel.end, rel.end + 240);
      // The duty is written around the period: "within 21 days … Plaintiff shall submit …" or "… shall file X within 14 days of this Order".
      const around = `${own.slice(sentenceStart, rel.start)} ${own.slice(rel.end, sentenceEnd)}`;
      if (!DUTY.test(around) && !/\b(?:file|submit|serve|respond|show cause)\b/i.test(around)) continue;
      const title = titleOf({ subject: `${own.slice(sentenceStart, rel.start)} ${own.slice(rel.end, sentenceEnd)}`, hearingTrigger: false, event: false, matter });
      if (isExcluded(title, around, bankruptcy)) continue;
      push({ date: rel.date, time: null, kind: kindOf(title, false), action: extensionOrder ? 'change' : 'add', title, relative: true, quote: quoteAround(printed, sentenceStart, rel.end) });
    }
  }
  return out;
}
