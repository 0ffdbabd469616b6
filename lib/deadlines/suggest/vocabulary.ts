/**
 * The words deadline and hearing names are made of on federal dockets ("Joint Status Report",
 * "Final Pretrial Conference", "Objections to Presentence Report", "Reply re Motion to Dismiss",
 * "Meeting of Creditors"). A title is the longest run of these words that ends where the trigger
 * starts: party names, judges and clerks' prose around it fall away. Built once, on first use.
 */
const WORDS = `
hearing hearings conference conferences trial trials jury bench selection sentencing resentencing arraignment rearraignment
plea change status scheduling settlement pretrial pre-trial final initial preliminary further telephonic telephone video zoom
in-person evidentiary motion motions oral argument arguments show cause order orders case management cmc adr ene mediation
mediator calendar call docket meeting creditors 341(a) 341 confirmation continued omnibus detention revocation supervised
release probation violation appearance appearances competency suppression daubert markman claim claims construction tutorial
deposition depositions inspection examination examinations rule 2004 16 26(f) 16(b) report reports joint statement statements
brief briefs briefing opening responsive reply replies response responses opposition oppositions objection objections
objections/responses answer answers memorandum memoranda points authorities proposed findings fact facts conclusions law
pleading pleadings amended complaint complaints counterclaim counterclaims crossclaim petition discovery expert experts
disclosure disclosures designation designations rebuttal witness witnesses exhibit exhibits list lists instructions verdict
form forms voir dire questions questionnaire limine dispositive non-dispositive summary judgment dismiss leave amend join
joinder parties party add close cut-off cutoff completion complete deadline deadlines production privilege log consent
declination consent/declination magistrate appellant appellee appellant's appellee's record transcript notice notices appeal
cross-appeal cross position paper papers letter letters supplemental supplement sur-reply surreply presentence pre-sentence
investigation psr agreement government's government defendant's defendants' defendant defendants plaintiff's plaintiffs'
plaintiff plaintiffs debtor's debtors' debtor debtors trustee's trustee trustees ust chapter plan plans ballots ballot voting
fee fees application applications interim compensation expenses monthly quarterly operating cash collateral stay relief
automatic sale bid bidding auction procedures assumption rejection lease leases contract contracts executory presentment
agenda update updates arbitration certificate readiness stipulation stipulations exchange narrowed contentions infringement
invalidity injunction tro temporary restraining class certification remand transfer venue default entry costs bill
attorney's attorneys' attorney substantive summation closing rulings ruling mandatory mandate scheduling supplementary
privilege amended amendment pleading interrogatories interrogatory admissions requests request production documents document
responses deposition protective sanctions contempt compel reconsideration vacate strike intervene seal unseal filing filings
submission submissions proffer narrative chart charts exhibit deadline cmc rule16 status-report status/settlement r&r
recommendation recommendations magistrate's pending new revised second third first fourth fifth sixth opening optional
telephonic/video in-court courtroom combined continued adjourned rescheduled reset special specially def def's gov gov't
pro se hac vice counsel substitution withdrawal withdraw ifp fee payment filing pay financial affidavit cja
proceedings proceeding non-jury nonjury simultaneous concurrent substantial exclude suppress sever continue stay seal compel
strike dismiss remand transfer reconsider quash enforce modify extend reduce revoke terminate correct consolidate certify
limit preclude return vacate alter amend supplement file respond reply object oppose frye daubert hit reports report
allocution guilty conf use discl conf obj mot resp stmt disc dep prelim mtn change-of-plea rule11 markman tutorial claims technology witness lists jury-selection selection
`;

/** Words a title is about: a run of title words names a deadline only if it has one of these. */
const HEAD_WORDS = `
hearing hearings conference conferences trial trials sentencing resentencing arraignment rearraignment plea call meeting
argument arguments appearance report reports statement statements brief briefs briefing reply replies response responses
opposition oppositions objection objections answer answers memorandum memoranda findings pleading pleadings complaint
counterclaim petition discovery disclosure disclosures designation designations list lists instructions form forms motion
motions order orders judgment consent/declination consent declination record notice notices appeal cross-appeal position
paper papers letter supplement sur-reply surreply agreement plan ballots fee fees application applications stipulation
exchange contentions mediation deposition depositions examination inspection tutorial proceedings proceeding cut-off cutoff
deadline deadlines completion production submission submissions proffer chart charts log exhibits exhibit questionnaire
pretrial pre-trial conf conference/hearing cmc presentment agenda update updates summation closing limine affidavit
objections/responses status/settlement detention revocation session interrogatories admissions requests joinder
`;

const CONNECTORS = new Set(['of', 'to', 'for', 're', 're:', 'and', 'on', 'in', 'with', 'from', '&', 'the', 'or', 'regarding', 'by']);

let vocab: Set<string> | null = null;
let heads: Set<string> | null = null;

function words(): Set<string> {
  if (!vocab) vocab = new Set(WORDS.split(/\s+/).filter(Boolean));
  return vocab;
}

/** Lower-case form of a printed word for the vocabulary (punctuation at its ends removed). */
export function normal(word: string): string {
  const w = word.toLowerCase().replace(/^["'[`]+|["',.;:\]`]+$/g, '');
  // "26(f)" keeps its parentheses; a word only wrapped in them loses them.
  return /^\(|\)$/.test(w) && !/\w\(\w+\)$/.test(w) ? w.replace(/^\(+|\)+$/g, '') : w;
}

export function isTitleWord(word: string): boolean {
  const w = normal(word);
  if (!w) return false;
  if (words().has(w)) return true;
  // Hyphen and slash compounds ("Jury Selection/Jury", "Status/Settlement") of known words.
  const parts = w.split(/[/-]/);
  return parts.length > 1 && parts.every((p) => p === '' || words().has(p));
}

/** A word a title can be about ("Conference", "Report", "Motion"), not only describe ("Initial", "Joint"). */
export function isHeadWord(word: string): boolean {
  if (!heads) heads = new Set(HEAD_WORDS.split(/\s+/).filter(Boolean));
  const w = normal(word);
  return heads.has(w) || w.split(/[/-]/).some((p) => heads!.has(p));
}

export function isConnector(word: string): boolean {
  return CONNECTORS.has(normal(word));
}
