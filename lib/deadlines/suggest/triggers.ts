/**
 * The phrase grammar: what the words just before a date make of it. Each rule is a pattern
 * anchored at the end of the text that leads up to the date (at most LEAD characters, cut at the
 * previous date), tried in order; the first that matches gives the date's role and where its
 * trigger starts (the subject is what comes before). Patterns are alternations of literals with
 * bounded gaps, run on short strings: linear.
 *
 *   deadline  "Joint Status Report due by", "on or before", "no later than", "Last day to …"
 *   event     "Motion Hearing set for", "to be held on", "will be held at", "Jury Trial -"
 *   change    "continued to", "reset for", "rescheduled to", "extended to", "Con't to"
 *   by        "… shall file X by" (a deadline only where a duty is written: see index.ts)
 *   old       "regularly scheduled for", "continued from", "originally set for": the date a change or
 *             a cancellation moves away from
 *   period    "for the period from", "between": one end of a span, never a deadline
 *   past      "held on", "filed on", "signed on", "served on", "dated", "Service Date"
 */
export type Role = 'deadline' | 'event' | 'change' | 'by' | 'old' | 'period' | 'past';

export interface Rule {
  role: Role;
  pattern: RegExp;
}

/**
 * A rule's pattern may capture `named`: words of the trigger that name the deadline ("Last day to
 * amend or add parties", "cut-off"), added after the subject; or `own`: the name itself when the
 * verb comes first ("set Arraignment for", "reset Calendar Call for"), which replaces the subject.
 */

/** How far before a date its trigger and subject are looked for. */
export const LEAD = 160;

const END = '[ \\u00a0,:;-]{0,3}(?:on[ \\u00a0]{1,2})?(?:the[ \\u00a0]{1,2})?$';
const rule = (role: Role, body: string): Rule => ({ role, pattern: new RegExp(`(?:${body})${END}`, 'i') });

const CHANGE_VERB = '(?:continued|continues|adjourned|rescheduled|re-scheduled|re-?set|moved|advanced|postponed|changed|carried|deferred|extended|enlarged|vacated and reset|stricken and reset|continued over|continue[ds]?)';

export const RULES: Rule[] = [
  rule('old', `\\b${CHANGE_VERB}(?:[ \\u00a0][A-Za-z']{1,12}){0,4}[ \\u00a0]from`),
  rule('old', '\\b(?:originally|previously|formerly|regularly|currently|presently|initially)(?:[ \\u00a0][A-Za-z]{1,12}){0,2}[ \\u00a0](?:set|scheduled|noticed|calendared|set for hearing)(?:[ \\u00a0](?:for|on|to))?'),
  rule('old', '\\b(?:in place of|instead of|rather than)'),
  rule('period', '\\b(?:for the period|period)(?:[ \\u00a0](?:from|of|beginning|ending|commencing))?|\\b(?:from|between|beginning|commencing|starting)'),
  rule('period', '\\b(?:through|thru|to)(?=[ \\u00a0,:]{0,3}$)(?<=\\b(?:from|between)\\b[^;]{0,80})'),
  rule('change', `\\b${CHANGE_VERB}(?:[ \\u00a0](?:over|out|forward|back))?[ \\u00a0](?:to|until|till|for|on|through|up to|to and including|until and including|through and including)(?:[ \\u00a0](?:a|the))?(?:[ \\u00a0](?:hearing|trial|status conference|sentencing|date of))?(?:[ \\u00a0]on)?`),
  rule('change', "\\b(?:re-?set(?:ting)?|rescheduling|re-scheduling|continuing|moving|advancing)[ \\u00a0](?<own>(?:[A-Za-z/'()&-]{1,20}[ \\u00a0]){1,6}?)(?:for|on|to)(?:[ \\u00a0]a(?:[ \\u00a0]\\w+)?[ \\u00a0]hearing[ \\u00a0]on)?"),
  rule('change', `\\b(?:cont'?d|con'?t|cont\\.)(?:[ \\u00a0](?:to|until))?`),
  rule('change', '\\b(?:re-?set|rescheduled|re-scheduled|moved|advanced|adjourned)'),
  rule('change', '\\bnew(?:[ \\u00a0](?:hearing|trial|deadline|due|response|reply))?[ \\u00a0](?:date|time|deadline)(?:[ \\u00a0](?:is|of|will be))?'),
  rule('period', '\\b(?:sealed|stayed|restricted|tolled|in effect|in force|abated|suspended|excluded|detained|held in abeyance|remain(?:s)? under seal|under seal|closed|inactive)(?:[ \\u00a0][A-Za-z]{1,14}){0,4}[ \\u00a0](?:until|through|thru|to|till)'),
  rule('deadline', '\\bdue(?:[ \\u00a0]date(?:[ \\u00a0]set)?)?(?:[ \\u00a0](?:by|on|before|no later than|not later than|on or before))?(?:[ \\u00a0]set(?:[ \\u00a0](?:for|to))?)?'),
  rule('deadline', "\\b(?<own>deadlines?(?:[ \\u00a0](?:date|set|to file|to submit|to respond|to object|to serve|to complete|for filing|for responses?|for objections?|for|to)){1,3}(?:[ \\u00a0][A-Za-z'/-]{1,20}){0,6}?)[ \\u00a0](?:is|of|set for|set to|shall be|will be)"),
  rule('deadline', "\\b(?<named>deadlines?)(?:[ \\u00a0](?:date|set|set for|set to|is|of))?"),
  rule('deadline', '\\b(?:on or before|no later than|not later than|by no later than|no later then|up to and including|through and including|to and including|until and including|on or prior to|before the close of business on|by the close of business on|by close of business on|until|till)'),
  rule('deadline', '\\b(?<named>cut-?off)(?:[ \\u00a0]date)?(?:[ \\u00a0](?:is|of|set for|set|shall be))?|\\b(?<own>deadline[ \\u00a0]to[ \\u00a0][A-Za-z ]{3,40}?)(?:[ \\u00a0](?:is|of|set for))?'),
  rule('deadline', '\\b(?<own>last[ \\u00a0](?:day|date)[ \\u00a0](?:to|for)\\b[^.;]{0,80}?)(?:[ \\u00a0](?:is|of|shall be))?'),
  rule('deadline', '\\b(?:must|shall|will|should|is to|are to|to)[ \\u00a0]be[ \\u00a0](?:filed|submitted|served|completed|produced|lodged|paid|made|received|done|exchanged|disclosed|designated|noticed|heard|taken)(?:[ \\u00a0](?:on or before|by|no later than|not later than|on))?'),
  rule('event', '\\b(?:re-?)?(?:set|scheduled|calendared|specially set|noticed|placed on the calendar|docketed)(?:[ \\u00a0](?:for|on|to|at))(?:[ \\u00a0](?:a|the))?(?:[ \\u00a0](?:hearing|trial|jury trial|bench trial|status conference|telephonic hearing|sentencing|oral argument|evidentiary hearing|final hearing|preliminary hearing|conference)(?:[ \\u00a0](?:on|at))?)?'),
  rule('event', '\\b(?:set|scheduled)'),
  rule('event', "\\b(?:set(?:ting)?|scheduling|calendaring|noticing)[ \\u00a0](?<own>(?:[A-Za-z/'()&-]{1,20}[ \\u00a0]){1,6}?)(?:for|on)(?:[ \\u00a0]a(?:[ \\u00a0]\\w+)?[ \\u00a0]hearing[ \\u00a0]on)?"),
  rule('event', '\\b(?:to be|will be|shall be|is to be|are to be|would be|will now be|shall now be|is now)[ \\u00a0](?:held|heard|conducted|convened)(?:[ \\u00a0](?:on|at|before the court on))?'),
  rule('event', '\\b(?:will|shall)[ \\u00a0](?:take place|commence|begin|proceed|resume|go forward|start|be|convene|occur)(?:[ \\u00a0](?:on|at))?|\\bscheduled[ \\u00a0]to[ \\u00a0](?:commence|begin|start|take place|be held)(?:[ \\u00a0](?:on|at))?'),
  rule('event', '(?<=\\b(?:hearing|hearings|trial|conference|sentencing|arraignment|appearance|argument|presentment|mediation|calendar call|docket call|meeting))(?:[ \\u00a0]date)?[ \\u00a0](?:on|at|for)'),
  rule('event', '(?<=\\b(?:hearing|trial|jury selection|conference|sentencing|arraignment|pretrial|pre-trial|meeting of creditors|meeting))[ \\u00a0]?[-\\u2013:](?:[ \\u00a0]?(?:on|set for))?'),
  rule('event', '\\bbefore[ \\u00a0](?:the[ \\u00a0])?(?:Honorable|Hon\\.|Judge|Magistrate|District|Chief|Bankruptcy)(?:[ \\u00a0][A-Za-z.]{1,20}){0,6}[ \\u00a0](?:on|at)'),
  rule('past', '\\b(?:held|heard|conducted|concluded|filed|entered|signed|served|docketed|dated|issued|mailed|sent|received|noticed|modified|added|posted|executed|returned|submitted|made|taken|effective|decided|argued|recorded|lodged|paid|closed|reopened|terminated|granted|denied|occurred|transmitted|approved|confirmed|converted|dismissed|discharged|appointed|withdrawn|docketed|scanned|processed|completed|delivered|forwarded|acknowledged|answered|opened|commenced|assigned|reassigned|transferred|removed|published|recorded|recieved|rec\'d|revised|amended|updated|corrected)(?:[ \\u00a0](?:and|&)[ \\u00a0](?:entered|concluded|signed|filed|served))?(?:[ \\u00a0](?:on|at|as of|in|by (?:mail|e-?mail|fax|hand)))?'),
  rule('past', '\\b(?:service|notice|mailing|petition|filing|filed|entry|entered|issuance|signature|docketing|receipt|transmission|order|judgment|hearing held|decision|conversion|dismissal|discharge|termination|closing|modification|publication)(?:[ \\u00a0]date)(?:[ \\u00a0](?:is|was|of))?|\\bdate[ \\u00a0]of[ \\u00a0](?:service|notice|mailing|filing|entry|issuance|petition|order|judgment|the order|injury|birth|loss|death|incident|offense|arrest|sale|conviction)'),
  rule('past', '\\b(?:nunc pro tunc|pro tunc)(?:[ \\u00a0](?:to|as of))?|\\bas of|\\bsince|\\bdated as of|\\bon or about|\\bon or after|\\bafter|\\bprior to|\\bbefore'),
  rule('past', '\\b(?:signed|entered|filed|held|served|dated|issued|docketed|modified|ordered|heard|mailed|noticed|received|conducted|executed)\\b[^;]{0,60}?[ \\u00a0](?:on|at)'),
  rule('by', '\\bby'),
];

export interface TriggerMatch {
  role: Role;
  /** Offset in the lead text where the trigger starts. */
  at: number;
  /** Words of the trigger that name the deadline (see Rule). */
  named?: string;
  own?: string;
}

/** The role of a date from the text that leads up to it (already cut to LEAD characters). */
export function triggerOf(lead: string): TriggerMatch | null {
  for (const { role, pattern } of RULES) {
    const m = pattern.exec(lead);
    if (m) return { role, at: m.index, named: m.groups?.named, own: m.groups?.own?.trim() };
  }
  return null;
}
