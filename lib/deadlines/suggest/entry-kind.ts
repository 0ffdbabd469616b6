/**
 * What kind of entry this is, from its opening words: the document it dockets decides whether its
 * dates are set (an order, a notice of hearing, CM/ECF's own "Answer due" line) or only asked for
 * (a motion, a stipulation, a letter request), or merely repeated (a certificate of service quoting
 * the notice it served, a petition's automatic case-opening dates). Patterns are anchored
 * alternations with bounded gaps: linear.
 */

/** Where the document's own title ends: the first sentence, "Filed by", " - ", ";" or an attachment list. */
export function headEnd(text: string): number {
  const m = /\.\s+(?=[A-Z(\[])|\s(?:Filed|filed|FILED)\s+by\b|\s[-\u2013]\s|;|\(Attachments/.exec(text.slice(0, 600));
  return m ? m.index : Math.min(text.length, 600);
}

/** Words CM/ECF prints before the document type ("EP: MINUTES:", "Judge X: ELECTRONIC ORDER"). */
const PREFIX = /^(?:[A-Z]{1,4}:\s+)?(?:\*{1,3}[^*]{0,80}\*{1,3}\s*)?(?:\([^)]{0,60}\)\s*)?/;

function opening(text: string): string {
  return text.replace(PREFIX, '').slice(0, 200);
}

/** Certificates, affidavits and notices of service: they quote what they served. */
const SERVICE_RECORD = /^(?:BNC\s+)?(?:Certificate|Affidavit|Declaration|Proof|Certification|Return|Notice)s?(?:\s*\/\s*Declaration)?\s+of\s+(?:Service|Mailing|Notice|Publication|Filing of Proof of Service|Electronic Service)\b|^(?:BNC\s+)?Certificate\s+of\s+(?:Mailing|Notice)|^(?:Notice of (?:Service|Filing) of Discovery|Notice of Service of (?:Discovery|Interrogatories|Requests))|^(?:Request for (?:Special )?Notice|Notice of Appearance)/i;

/** A bankruptcy petition: its dates are the case-opening paperwork CM/ECF sets for every case. */
const PETITION = /^(?:(?:Amended\s+)?(?:Chapter\s+\d{1,2}\s+)?(?:Voluntary|Involuntary)\s+Petition|Petition\s+for\s+Relief)/i;

/** Documents that ask the court for something (their dates are requested, not set). */
/** "Notice to Court Requesting Continuance …", "Letter requesting …": asks, whatever the document is called. */
const REQUESTING = /^[^.;]{0,60}\b(?:requesting|requests\s+(?:that|a|an|the)|request\s+(?:for|to)\s+(?:continu|extend|extension|adjourn|reschedul|postpon))/i;

const REQUEST = /^(?:(?:\w+\s+){0,3}?(?:Joint|Ex\s+Parte|Unopposed|Consent(?:ed)?|Emergency|Expedited|Stipulated|Agreed|Amended|Renewed|Second|Third|First|Supplemental|Corrected|Plaintiff'?s?|Defendants?'?s?|Debtors?'?s?|Trustee'?s?|Government'?s?|United States'?)\s+){0,4}(?:Notice\s+of\s+Motion\s+and\s+)?(?:MOTION|MOTIONS|APPLICATION|STIPULATION|REQUEST|PETITION|PROPOSED|Letter\s+(?:Motion|Request|requesting|to\s+(?:the\s+)?(?:Court|Judge)[^.]{0,60}request))\b/i;

/** A court's act, anywhere in the entry: a request entry with these words is the order on it. */
const ORDERED = /\b(?:ORDER|ORDERED|So\s+Ordered|GRANTED|GRANTING|APPROVED|APPROVING)\b|\band\s+order\b|\bORDER\b/;

/** The entry itself is a court order or minute entry (its deadlines are set, and extensions it grants move them). */
const COURT_ACT = /^(?:(?:Amended|Corrected|Second|Text|Electronic|Paperless|Minute|Scheduling|Agreed|Consent|Stipulated|Sua\s+Sponte|Clerk'?s|(?:Magistrate\s+|District\s+|Chief\s+|Bankruptcy\s+)?Judge\s[^:]{1,60}:|Memorandum\s+(?:and|&))\s+){0,3}(?:ORDER|ORDERS|MINUTE|MINUTES|JUDGMENT|RULING|OPINION|SCHEDULING|Notice\s+of\s+(?:Hearing|Rescheduled|Adjourned|Continued)|Hearing\s+(?:Scheduled|Set|Held|Continued|Reset|Re-set|Rescheduled|Adjourned)|Stipulation\s+and\s+(?:Agreed\s+)?Order)\b|\bSO\s+ORDERED\b/i;

/** A bankruptcy court's deficiency notice: every date in it is case-opening paperwork. */
const DEFICIENCY = /^(?:Notice\s+of\s+|Order\s+(?:to|re:?)\s+(?:File|Cure)\s+)?(?:Deficient|Deficiency|Incomplete|Missing)\b|^(?:Notice|Order)\s+(?:of|re:?|regarding)\s+(?:Deficient|Deficiency|Incomplete|Missing)/i;

export interface EntryKind {
  /** A deficiency notice (case-opening paperwork when the court is a bankruptcy court). */
  deficiency: boolean;
  /** Certificates of service, petitions: no date of theirs is suggested. */
  quotesOnly: boolean;
  /** A motion, stipulation or request without an order: dates in its title are only asked for. */
  request: boolean;
  /** An order or minute entry. */
  courtAct: boolean;
  /** Offset where the document's title ends. */
  headEnd: number;
}

export function entryKind(text: string): EntryKind {
  const open = opening(text);
  const courtAct = COURT_ACT.test(open) || /\b(?:IT\s+IS\s+(?:HEREBY\s+)?(?:FURTHER\s+)?ORDERED|SO\s+ORDERED)\b/.test(text);
  const request = !courtAct && (REQUEST.test(open) || REQUESTING.test(open)) && !ORDERED.test(open.slice(0, 120).replace(/\bProposed\s+(?:Form\s+of\s+)?Order\b/gi, ''));
  return { quotesOnly: SERVICE_RECORD.test(open) || PETITION.test(open), deficiency: DEFICIENCY.test(open), request, courtAct, headEnd: headEnd(text) };
}

/** Procedural motions: a hearing is never "re" them, but re the matter they move. */
const PROCEDURAL = /^(?:Motion|Application|Request)\s+(?:to|for)\s+(?:Continue|Reschedule|Extend|Shorten|Expedite|Adjourn|Postpone|Extension|Continuance|Expedited|Leave\s+to\s+Appear|Admission|Pro\s+Hac)/i;

/** The document an entry's title names ("Monthly Application for Compensation", "Motion for Relief from Stay"), short. */
const DOCUMENT = /\b(?:(?:Amended|Corrected|Joint|Emergency|Expedited|Supplemental|Ex\s+Parte|Unopposed|Renewed|Omnibus|Monthly|Interim|Final|First|Second|Third|Fourth|Fifth|Quarterly)\s+)*(?:MOTION|Motion|APPLICATION|Application|OBJECTION|Objection|COMPLAINT|Complaint|PETITION|Petition|Plan|PLAN|Disclosure\s+Statement|Request|REQUEST)\b(?:\s+(?:for|to|of|re:?|Re:?|regarding)\b[^.;()[\]]{0,120}|[^.;()[\]]{0,40})/g;

export function leadDocument(text: string): string | null {
  const head = opening(text).slice(0, 300);
  // A procedural motion ("Motion to Shorten Time for Hearing on Trustee's Motion to Approve Compromise") names the matter after it.
  const re = new RegExp(DOCUMENT.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    const name = shortDocumentName(m[0]);
    if (!PROCEDURAL.test(name)) return name;
    re.lastIndex = m.index + 6;
  }
  return null;
}

const CUT = /\s\/|\s(?:filed|Filed|FILED|by|By|BY|pursuant|Pursuant|PURSUANT|under|Under|with|With|WITH|as\s+to|As\s+to|AS\s+TO|against|Against|AGAINST|on\s+behalf|regarding|Regarding|re:|Re:|in\s+the\s+amount|of\s+the\s+Debtor|of\s+Debtors?|nunc|Nunc|NUNC|\d)\b|[,:]/;

/** A document name cut to its type and object: "MOTION to Dismiss for Failure to State a Claim" → "Motion to Dismiss". */
export function shortDocumentName(name: string): string {
  let s = name.replace(/\s+/g, ' ').trim();
  const cut = CUT.exec(s);
  if (cut && cut.index > 3) s = s.slice(0, cut.index);
  // "Motion to Dismiss for Failure to State a Claim": the object stops at the second preposition.
  const words = s.split(' ');
  const out: string[] = [];
  let preps = 0;
  for (const w of words) {
    // "Application for Compensation Application of …": a second head noun starts another name.
    if (out.length > 1 && /^(?:Application|Motion|Objection|Complaint|Petition)$/i.test(w)) break;
    // "Relief from Stay" is one name; any other second preposition ends the object.
    if (/^(?:for|to|of|from|on|in|and)$/i.test(w) && !(/^from$/i.test(w) && /^Relief$/i.test(out[out.length - 1] ?? ''))) {
      preps++;
      if (preps > 1 && out.length > 2) break;
    }
    out.push(w);
    if (out.length >= 7) break;
  }
  while (out.length > 1 && /^(?:for|to|of|from|on|in|and|the|a|an|as|at)$/i.test(out[out.length - 1]!)) out.pop();
  return titleCase(out.join(' '));
}

const SMALL = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|re|the|to|vs?\.?|with)$/i;

/** "MOTION to dismiss" → "Motion to Dismiss"; words already mixed-case (R&R, 26(f), CMC) stay as printed. */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => {
      if (i > 0 && SMALL.test(w)) return w.toLowerCase();
      if (/^[A-Z][A-Z'/-]+$/.test(w) && w.length > 3 && !/^(?:CMC|ADR|ENE|SOFA|ERISA|FOIA|USA|LLC|LLP|NEF|FTR|IFP|PSR|R&R|CJA|TRO)$/.test(w)) {
        return w.charAt(0) + w.slice(1).toLowerCase();
      }
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}
