/**
 * The title and kind of a suggested deadline, from its subject (the words before the trigger:
 * "Joint Status Report" due by, "Initial Case Management Conference" set for, the object of
 * "shall file …"). The title is the run of deadline words (vocabulary.ts) that ends the subject,
 * or begins a duty's object. Generic subjects ("Hearing", "Responses", "Objections") name the
 * matter the entry is about: "Reply re Motion to Dismiss", "Hearing re Motion for Relief from Stay".
 */
import { titleCase } from './entry-kind';
import { isConnector, isHeadWord, isTitleWord, normal } from './vocabulary';

export type Kind = 'filing' | 'hearing' | 'other';

const GENERIC = /^(?:hearings?|objections?|responses?|replies|reply|answers?|oppositions?|objections?\s*\/\s*responses?|responses?\s*\/\s*(?:objections?|replies)|briefs?|deadline|deadlines|status)$/i;
const SINGULAR: Record<string, string> = {
  replies: 'Reply', responses: 'Response', objections: 'Objection', hearings: 'Hearing', answers: 'Answer', oppositions: 'Opposition',
  briefs: 'Brief', motions: 'Motion', deadlines: 'Deadline', 'objections/responses': 'Objection', 'objection/response': 'Objection',
  'response/objection': 'Response', 'responses/replies': 'Response', 'response/reply': 'Response',
};

/** Duty verbs: "shall file a Joint Status Report", "will submit … a proposed order". */
const DUTY_VERB = /\b(?:file|submit|serve|produce|lodge|provide|deliver|exchange|complete|designate|disclose|make|pay|respond(?: to)?|reply(?: to)?|answer|move|amend|join|present|send|return|meet and confer|appear|to show cause|notify|advise|inform|update|conduct|hold|take|identify)\b/gi;

const VERB_TITLES: Record<string, string> = {
  respond: 'Response', 'respond to': 'Response', reply: 'Reply', 'reply to': 'Reply', answer: 'Answer', pay: 'Payment',
  'meet and confer': 'Meet and Confer', appear: 'Appearance', 'show cause': 'Response to Order to Show Cause',
  notify: 'Notice to the Court', advise: 'Notice to the Court', inform: 'Notice to the Court', update: 'Status Update',
  move: 'Motion', amend: 'Amended Pleadings', join: 'Joinder', 'to show cause': 'Response to Order to Show Cause',
};

/** Verbs that always name the deadline, whatever their object says. */
const NAMING_VERBS = new Set(['respond', 'respond to', 'reply', 'reply to', 'meet and confer', 'to show cause', 'notify', 'advise', 'inform', 'pay']);

/** Auxiliaries and adverbs between a deadline's name and its trigger ("A Motion Hearing is set for", "already scheduled"). */
const AUX_TAIL = /(?:[\s,]+(?:is|are|was|were|be|been|being|has|have|had|will|shall|would|must|should|hereby|now|already|currently|presently|regularly|originally|previously|formerly|tentatively|again|also|still|remains|remain|date|dates|time|times|to|as|so))+[\s,]*$/i;

function tokens(s: string): string[] {
  return s.replace(/,\s*if any,?/gi, ' ').replace(/\(s\)/g, 's').split(/\s+/).filter(Boolean);
}

/** The run of title words that ends `subject` ("… before Judge Kobayashi Defendant's Motions" → "Defendant's Motions"). */
export function trailingTitle(subject: string): string {
  const ws = tokens(subject.replace(AUX_TAIL, ''));
  let start = ws.length;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    // A word closed by a period or comma ends the phrase before it ("Inc. Motion", "LEK. Preliminary Hearing").
    if (i < ws.length - 1 && /[.,;:]$/.test(w) && !/^(?:no|v|vs|u\.s)\.$/i.test(w)) break;
    if (isTitleWord(w) || (/^\d{1,4}[a-z]?(?:\(\w{1,2}\))?$/i.test(w) && i > 0 && /^(?:chapter|rule|form|section|phase|stage)$/i.test(normal(ws[i - 1]!)))) start = i;
    else if (isConnector(w) && i > 0 && start === i + 1 && isTitleWord(ws[i - 1]!)) continue;
    else break;
  }
  while (start < ws.length && isConnector(ws[start]!)) start++;
  const run = ws.slice(start);
  return run.some(isHeadWord) ? run.join(' ').replace(/[,;:.-]+$/, '') : '';
}

/** The last run of title words anywhere in `subject` that names something ("A telephonic conference with the … judge" → "telephonic conference"). */
function lastTitleRun(subject: string): string {
  const ws = tokens(subject);
  let end = ws.length;
  while (end > 0) {
    while (end > 0 && !isTitleWord(ws[end - 1]!)) end--;
    let start = end;
    while (start > 0 && (isTitleWord(ws[start - 1]!) || (isConnector(ws[start - 1]!) && start - 1 > 0 && isTitleWord(ws[start - 2]!)))) {
      if (/[.,;:]$/.test(ws[start - 1]!) && start < end) break;
      start--;
    }
    while (start < end && isConnector(ws[start]!)) start++;
    const run = ws.slice(start, end);
    if (run.some(isHeadWord)) return run.join(' ').replace(/[,;:.-]+$/, '');
    end = start - 1;
  }
  return '';
}

/** The run of title words that begins `object`, after articles ("a Joint Status Report concerning …" → "Joint Status Report"). */
function leadingTitle(object: string): string {
  const ws = tokens(object);
  let i = 0;
  while (i < ws.length && /^(?:a|an|the|its|their|his|her|any|all|such|said|with|to|upon|on|this|court|clerk|chambers|parties|opposing|counsel)$/i.test(normal(ws[i]!))) i++;
  const out: string[] = [];
  for (; i < ws.length && out.length < 8; i++) {
    const w = ws[i]!;
    if (isTitleWord(w)) out.push(w);
    else if (isConnector(w) && out.length && i + 1 < ws.length && isTitleWord(ws[i + 1]!)) out.push(w);
    else break;
    if (/[.,;:]$/.test(w)) break;
  }
  while (out.length && isConnector(out[out.length - 1]!)) out.pop();
  return out.some(isHeadWord) ? out.join(' ').replace(/[,;:.]+$/, '') : '';
}

/** A duty written out: "shall file a Joint Status Report", "to reply to filing 35". */
const DUTY_BEFORE = /\b(?:shall|must|will|may|should|is to|are to|to|ordered to|directed to|required to|until)\s+(?:\w+\s+){0,2}$/i;

export function dutyTitle(text: string): string | null {
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(DUTY_VERB)) if (m[0].startsWith('to ') || DUTY_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) last = m;
  if (!last || last.index === undefined) return null;
  const verb = last[0].toLowerCase();
  if (NAMING_VERBS.has(verb)) return VERB_TITLES[verb]!;
  const object = leadingTitle(text.slice(last.index + last[0].length));
  return object || VERB_TITLES[verb] || null;
}

export interface TitleInput {
  /** Words before the trigger, within the clause. */
  subject: string;
  /** Words after the date, within the clause ("… has until 2/6/2015 to reply to filing 35"). */
  after?: string;
  /** The name the trigger itself gives ("set Arraignment for", "Last day to amend"): the title as printed. */
  own?: string;
  /** Words the trigger itself names ("Last day to amend or add parties", "cut-off"), added after the subject. */
  named?: string;
  /** The trigger says a hearing ("set for hearing on"). */
  hearingTrigger: boolean;
  /** The date is an event (set for, held on), not a deadline. */
  event: boolean;
  /** The matter the entry is about (its lead document or the document it relates to). */
  matter: string | null;
}

const MAX_TITLE = 80;

const AFTER_DUTY = /^[\s,]{0,3}(?:(?:in|within) which\s+)?(?:(?:the\s+)?[\w']+(?:\s+[\w']+){0,3}\s+(?:shall|must|will|may|is to|are to)\s+|to\s+)/i;

export function titleOf({ subject, after, own, named, hearingTrigger, event, matter }: TitleInput): string {
  const trailing = own ? '' : trailingTitle(subject);
  const naming = own ? null : dutyTitle(subject.slice(-60));
  let title = own ? own.replace(/\s+(?:for|on|to|of|the|a)$/i, '') : '';
  if (!title && naming && NAMING_VERBS.has(naming === 'Response' ? 'respond' : naming === 'Reply' ? 'reply' : '')) title = naming;
  if (!title) title = trailing;
  if (!title && !own) title = dutyTitle(subject) ?? '';
  if (!title && after && AFTER_DUTY.test(after)) title = dutyTitle(after.slice(0, 120)) ?? '';
  if (!title && !own) title = lastTitleRun(subject);
  if (named) title = title ? `${title} ${named}` : named;
  // A motion set or continued to a date is its hearing ("Both motions have been continued … to 01/18/2005");
  // any other name of an event that is not a hearing word ("fees … by Gray Cary scheduled For") is the hearing on the matter.
  if (event && title && !HEARING_WORDS.test(title)) {
    if (/\b(?:motions?|applications?|petitions?|objections?|matters?)$/i.test(title)) title = `${title} Hearing`;
    else if (!FILING_WORDS.test(title) || /\b(?:fees?|payment)\b/i.test(title)) title = 'Hearing';
  }
  title = title.replace(/^(?:Amended\s+)?Notice of (?=(?:Motion|Hearing|Application)\b)/i, '');
  if (hearingTrigger && title && !/hearing|conference|trial|argument|sentencing|arraignment/i.test(title)) title = `${title} Hearing`;
  if (!title) title = event ? 'Hearing' : 'Deadline';
  title = titleCase(title.replace(/["`]/g, '').trim());
  if (GENERIC.test(title)) {
    const singular = SINGULAR[title.toLowerCase()] ?? title.replace(/s$/i, '');
    const base = titleCase(singular === 'Status' ? 'Status Hearing' : singular);
    title = matter && !/^(?:Notice|Agenda|Amended Notice)/i.test(matter) && base !== 'Deadline' ? `${base} re ${matter}` : base;
  }
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
}

const HEARING_WORDS = /\b(?:hearings?|conferences?|conf|pretrial|pre-trial|trials?|sentencing|arraignment|arguments?|presentment|calendar call|docket call|cmc|meeting|341|appearance|plea|show cause|jury selection|voir dire|mediation|detention|revocation|evidentiary|omnibus|session|proceedings?|examination|deposition|inspection|allocution|rearraignment|competency|suppression|tutorial)\b/i;
const FILING_WORDS = /\b(?:reports?|statements?|briefs?|memorand\w*|responses?|repl(?:y|ies)|objections?|answers?|motions?|oppositions?|disclosures?|designations?|lists?|exhibits?|pleadings?|complaints?|notices?|declarations?|affidavits?|proposed|filings?|submissions?|records?|stipulations?|plans?|documents?|papers?|letters?|petitions?|consents?|declinations?|consent\/declination|instructions|verdict forms?|findings|conclusions|orders?|judgments?|counterclaims?|appendix|certificates?|applications?|requests?|summar(?:y|ies)|appeals?|bills? of costs|supplements?|positions?|contentions|charts?|questionnaires?|ballots?|returns?|waivers?|amendments?|sur-?repl(?:y|ies)|briefing|narratives?|proffers?|memo|authorities|joinder)\b/i;

export function kindOf(title: string, event: boolean): Kind {
  if (/\bfees?\b|\bpayment\b/i.test(title) && !/\bapplications?\b/i.test(title)) return 'other';
  if (/\b(?:cut-?off|last day|completion|close of)\b/i.test(title)) return 'other';
  if (event) return HEARING_WORDS.test(title) || /\bstatus\b/i.test(title) ? 'hearing' : FILING_WORDS.test(title) ? 'filing' : 'other';
  if (/^(?:\w+ )?(?:hearing|conference|trial)\b/i.test(title) && !/\b(?:brief|statement|memorand|exhibit|list|deadline|report)/i.test(title)) return 'hearing';
  return FILING_WORDS.test(title) ? 'filing' : 'other';
}
