/**
 * Dates a docket prints that are never suggested, by what they are for (the subject of the
 * deadline): the case-opening paperwork bankruptcy courts set for every case (schedules, statement
 * of financial affairs, deficiencies), claim bar dates, the deadlines to object to discharge or
 * dischargeability (11 U.S.C. 523, 727), and transcript redaction and release dates. Literal
 * alternations: linear.
 */
const BANKRUPTCY_BOILERPLATE = new RegExp(
  [
    '\\bschedules?\\b(?![ -]?(?:order|conference|hearing))',
    '\\bstatements? (?:of|re:?|regarding|concerning) (?:financial affairs|intent(?:ion)?|current monthly income|social security|operations|assistance)',
    '\\bSOFA\\b',
    '\\bsummary of (?:schedules|assets|your assets)',
    '\\bstatistical summary',
    '\\b(?:electronic filing )?declaration (?:re:?|regarding|concerning|about) (?:electronic filing|debtors?\'? schedules|schedules)',
    '\\b(?:electronic filing declaration|declaration for electronic filing)',
    '\\b(?:creditor )?matrix\\b|\\blist of (?:creditors|equity|(?:the )?20 largest|twenty largest)',
    '\\bcredit counseling|\\bfinancial management (?:course|certificate)|\\bpersonal financial management',
    '\\bmeans test|\\bform (?:b ?)?(?:22|21|23|121|122|201|423|1\\d\\d)\\w?\\b',
    '\\bdisclosure of compensation|\\battorney disclosure|\\batty disclosure|\\bcompensation of (?:attorney|bankruptcy petition preparer)',
    '\\bpetition prep|\\bpetition preparer|\\bnotice of available chapters|\\bvenue disclosure|\\bcorporate ownership',
    '\\bexhibit [a-d]\\b|\\bpayment advices|\\bcertification of employment income|\\bemployee income records',
    '\\bsocial security (?:number|statement)|\\bstatement of (?:your )?social security',
    '\\bincomplete filings?|\\bdeficien(?:cy|t|cies)|\\bmissing (?:documents|papers)|\\bcure (?:the )?deficien',
    '\\bproofs? of claims?|\\bclaims? (?:bar|deadline)|\\bbar date|\\blast day to file (?:proofs? of )?claims?|\\bgovernment(?:al)? (?:unit )?(?:proof|claim)|\\bclaims? (?:due|filing deadline)|\\bfile (?:a )?claims?\\b|\\badministrative (?:expense )?claim bar',
    '\\b523\\b|\\b727\\b|\\bdischargeab|\\b(?:oppose|objecting to|objection to|object to|complaints? (?:objecting to|to (?:deny|determine))) (?:the )?discharge|\\bdischarge (?:deadline|of (?:the )?debtor)|\\brule 400[47]\\b',
    '\\bplan completion',
    '\\b(?:filing fee|installment)',
  ].join('|'),
  'i',
);

/** Transcript redaction and release: set for every transcript filed, a matter for the court reporter. */
const TRANSCRIPT = /\bredact(?:ion|ed)|\brelease of (?:the )?transcript|\btranscript(?:'s)? (?:restriction|release|deadline|due)|\brestriction\b|^\s*transcripts?\s*$/i;

/** The subject, or the sentence the date sits in, is one of the never-suggested kinds. */
export function isExcluded(subject: string, sentence: string, bankruptcy: boolean): boolean {
  if (TRANSCRIPT.test(subject) || TRANSCRIPT.test(sentence)) return true;
  if (/\btranscript\b/i.test(subject) && !/\bdesignation|\border\b/i.test(subject)) return true;
  // Case-opening boilerplate reads the same in every bankruptcy court; its words (schedules, claims)
  // mean other things on district dockets ("Scheduling Order", "claim construction").
  if (bankruptcy && BANKRUPTCY_BOILERPLATE.test(subject)) return true;
  return /\b(?:523|727)\b|\bdischargeab|\bproofs? of claims?\b|\bclaims bar\b/i.test(subject);
}
