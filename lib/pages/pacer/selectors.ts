/**
 * Everything the PACER reader keys on, in one place: the words CM/ECF prints before a page's own
 * case number, the markers that tell similar pages apart, and the few selectors. When a court
 * changes its markup, this is the file to edit. Every regex is a plain alternation of literals
 * with bounded gaps (linear time).
 */

/** Markers in a page's opening text. */
export const MARKERS = {
  attachmentMenu: /Document Selection Menu|Documents? (?:are|is) attached to this filing/i,
  downloadConfirmation: /Download Confirmation/i,
  nef: /Notice of Electronic Filing/i,
};

/** Labels that introduce the page's own case, per page kind. Global: scanned with lastIndex. */
export const LABELS = {
  /** District and bankruptcy docket reports: "CIVIL DOCKET FOR CASE #:", "Bankruptcy Petition #:", "Adversary Proceeding #:". */
  docket: /(?:DOCKET FOR CASE #|Petition #|Proceeding #)[ \t\u00a0]{0,3}:/gi,
  /** Appellate case summary / docket: "Court of Appeals Docket #:", CAVC "Case Number:". */
  appellate: /(?:Docket #|Case Number)[ \t\u00a0]{0,3}:/gi,
  /** Document and charge-confirmation pages: "(Case: 15-2318, Document: 5)". */
  document: /\b(?:Case(?: Number| No\.?| #)?)[ \t\u00a0]{0,3}:/gi,
  /** Notices of electronic filing and claims register summaries. */
  caseNumber: /\bCase Number[ \t\u00a0]{0,3}:/gi,
  /** Claims activity blocks: "Case: 18-10724". */
  caseBlock: /(?:^|\n)[ \t\u00a0]{0,8}Case[ \t\u00a0]{0,3}:/gi,
  /** The transaction receipt repeats the case the report was run for. */
  searchCriteria: /Search Criteria[ \t\u00a0]{0,3}:/gi,
  /** A claims register's heading, followed by its case. */
  claimsRegister: /Claims Register/gi,
  /** Appellate docket heading; the court's name follows it. */
  generalDocket: /General Docket/i,
};

/** "Case title: USA v. Warren et al" on criminal dockets, "Title: …" under a claims activity case. */
export const CASE_TITLE_LABEL = /\b(?:Case )?title[ \t\u00a0]{0,3}:[ \t\u00a0]*/i;

/** A line that is a field ("Assigned to: …", "Date of last filing: …"), not a case title ("A v. In Re: B"). */
export const FIELD_LINE = /^[A-Za-z][A-Za-z/()&.'-]*(?: [A-Za-z/()&.'-]+){0,3}[ \t]*:/;

/** Words CM/ECF prints next to the number in history/query headers that are not part of the title. */
export const HEADER_NOISE = /^(?:All Defendants|Defendant\s*\(\d+\))\s*/i;

/** Links to a case's own reports: on multi-case pages each case's number is such a link's text. */
export const CASE_LINK = 'a[href*="DktRpt.pl"], a[href*="iquery.pl"], a[href*="HistDocQry.pl"]';

/** Links that carry a court host (for pages read away from the court's site, e.g. e-mails). */
export const COURT_HOST_IN_HREF = /^https?:\/\/(?:ecf|pacer|ecf-train)\.([a-z0-9-]+)\.uscourts\.gov(?:[/:?#]|$)/i;
