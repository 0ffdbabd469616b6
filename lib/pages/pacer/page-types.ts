/**
 * Which CM/ECF page this is, from the URL (the CGI script or servlet), and from the document only
 * where one URL serves several pages (`/doc1/…` is an attachment menu or a document page) or where
 * there is no court URL at all (a Notice of Electronic Filing read from an e-mail, the XML of
 * `possible_case_numbers.pl`). Real example URLs per detector: page-types.examples.ts (tests only).
 */
import { parseUrl, type PageDetector } from '../detector';
import { MARKERS } from './selectors';

export type PacerPageType =
  | 'pacer/login'
  | 'pacer/docket'
  | 'pacer/history'
  | 'pacer/query'
  | 'pacer/attachment-menu'
  | 'pacer/document'
  | 'pacer/claims-register'
  | 'pacer/claims-activity'
  | 'pacer/opinions-report'
  | 'pacer/creditors'
  | 'pacer/case-numbers'
  | 'pacer/nef'
  | 'pacer/appellate-docket'
  | 'pacer/other';

/** CM/ECF hosts: `ecf.<court>.uscourts.gov`, `pacer.login.uscourts.gov`, … (the court itself comes from lib/courts). */
export function isCourtHost(url: URL): boolean {
  return url.hostname === 'uscourts.gov' || url.hostname.endsWith('.uscourts.gov');
}

const script = (url: URL, name: RegExp): boolean => isCourtHost(url) && name.test(url.pathname);

/** Text of the first few kilobytes of the body: enough for the markers, cheap on 3 MB dockets. */
function headText(doc: Document | undefined): string {
  const body = doc?.body ?? doc?.documentElement;
  return (body?.textContent ?? '').slice(0, 4000);
}

const isDocPath = (url: URL): boolean =>
  isCourtHost(url) &&
  (/^\/docs?1\//.test(url.pathname) || /\/cgi-bin\/show_(?:doc|multidocs|case_doc)\.pl$/i.test(url.pathname) || /^servlet=ShowDoc/i.test(url.search.slice(1)));

const isAttachmentMenu = (doc: Document | undefined): boolean => MARKERS.attachmentMenu.test(headText(doc));

/** A CM/ECF report or document URL: its page type comes from the URL, never from the text. */
const isReportUrl = (url: URL): boolean =>
  isCourtHost(url) && (/^\/cgi-bin\//i.test(url.pathname) || isDocPath(url) || /\/servlet\//i.test(url.pathname) || url.hostname === 'pacer.login.uscourts.gov');

export const login: PageDetector<'pacer/login'> = {
  pageType: 'pacer/login',
  test: (url) => url.hostname === 'pacer.login.uscourts.gov' || (script(url, /^\/cgi-bin\/login\.pl$/i) && !/logout/i.test(url.search)),
};

export const docket: PageDetector<'pacer/docket'> = {
  pageType: 'pacer/docket',
  test: (url) => script(url, /^\/cgi-bin\/DktRpt\.pl$/i),
};

export const history: PageDetector<'pacer/history'> = {
  pageType: 'pacer/history',
  test: (url) => script(url, /^\/cgi-bin\/HistDocQry\.pl$/i),
};

export const query: PageDetector<'pacer/query'> = {
  pageType: 'pacer/query',
  // The query page and the reports reached from its menu (case summary, associated cases, …).
  test: (url) =>
    script(url, /^\/cgi-bin\/(?:iquery|qryAscCases|qrySummary|qryParties|qryAttorneys|qryAlias|qryDeadlines|qryRelated|CaseFileLoc|mobile_query)\.pl$/i),
};

export const attachmentMenu: PageDetector<'pacer/attachment-menu'> = {
  pageType: 'pacer/attachment-menu',
  test: (url, doc) => isDocPath(url) && isAttachmentMenu(doc),
};

export const documentPage: PageDetector<'pacer/document'> = {
  pageType: 'pacer/document',
  // A document page, the charge confirmation before it, or the PDF frame: not the attachment menu.
  test: (url, doc) => isDocPath(url) && !isAttachmentMenu(doc),
};

export const claimsRegister: PageDetector<'pacer/claims-register'> = {
  pageType: 'pacer/claims-register',
  test: (url) => script(url, /^\/cgi-bin\/SearchClaims\.pl$/i),
};

export const claimsActivity: PageDetector<'pacer/claims-activity'> = {
  pageType: 'pacer/claims-activity',
  test: (url) => script(url, /^\/cgi-bin\/ClaimsActRpt\.pl$/i),
};

export const opinionsReport: PageDetector<'pacer/opinions-report'> = {
  pageType: 'pacer/opinions-report',
  test: (url) => script(url, /^\/cgi-bin\/WrtOpRpt\.pl$/i),
};

export const creditors: PageDetector<'pacer/creditors'> = {
  pageType: 'pacer/creditors',
  test: (url) => script(url, /^\/cgi-bin\/CredMatrix(?:Case)?\.pl$/i),
};

export const caseNumbers: PageDetector<'pacer/case-numbers'> = {
  pageType: 'pacer/case-numbers',
  // The XML answer of the case-number lookup; read from a file it has no court URL.
  test: (url, doc) =>
    script(url, /^\/cgi-bin\/possible_case_numbers\.pl$/i) ||
    (!isReportUrl(url) && doc?.querySelector('request[number]') != null),
};

export const nef: PageDetector<'pacer/nef'> = {
  pageType: 'pacer/nef',
  // NEFs arrive by e-mail: recognised by their text wherever they are read, except at a CM/ECF
  // report's URL (a docket's entry text may quote "Notice of Electronic Filing").
  test: (url, doc) => !isReportUrl(url) && url.hostname !== 'www.courtlistener.com' && MARKERS.nef.test(headText(doc)),
};

export const appellateDocket: PageDetector<'pacer/appellate-docket'> = {
  pageType: 'pacer/appellate-docket',
  test: (url) =>
    isCourtHost(url) &&
    /\/servlet\/TransportRoom$/i.test(url.pathname) &&
    /servlet=(?:CaseSummary|DocketReportFilter|DocketReport)\.jsp/i.test(url.search),
};

/** In the order tried: the first that claims a page names it. */
export const PACER_DETECTORS: readonly PageDetector<PacerPageType>[] = [
  login,
  docket,
  history,
  query,
  attachmentMenu,
  documentPage,
  claimsRegister,
  claimsActivity,
  opinionsReport,
  creditors,
  caseNumbers,
  nef,
  appellateDocket,
];

export function pacerPageType(url: string | URL, doc?: Document): PacerPageType {
  const u = typeof url === 'string' ? parseUrl(url) : url;
  for (const d of PACER_DETECTORS) if (d.test(u, doc)) return d.pageType;
  return 'pacer/other';
}
