/**
 * Which CM/ECF page this is, from the URL (the CGI script or servlet), and from the document only
 * where one URL serves several pages (`/doc1/…` is an attachment menu or a document page) or where
 * there is no court URL at all (a Notice of Electronic Filing read from an e-mail, the XML of
 * `possible_case_numbers.pl`). Example URLs are real CM/ECF addresses (case ids vary).
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
  examples: [
    { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf' },
    { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=CAND&appurl=https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?317100' },
    { url: 'https://ecf.cand.uscourts.gov/cgi-bin/login.pl' },
  ],
};

export const docket: PageDetector<'pacer/docket'> = {
  pageType: 'pacer/docket',
  test: (url) => script(url, /^\/cgi-bin\/DktRpt\.pl$/i),
  examples: [
    { url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?317100' },
    { url: 'https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?100000000000000-L_1_0-1' },
    { url: 'https://ecf.jpml.uscourts.gov/cgi-bin/DktRpt.pl?1551542' },
  ],
};

export const history: PageDetector<'pacer/history'> = {
  pageType: 'pacer/history',
  test: (url) => script(url, /^\/cgi-bin\/HistDocQry\.pl$/i),
  examples: [
    { url: 'https://ecf.cand.uscourts.gov/cgi-bin/HistDocQry.pl?317100' },
    { url: 'https://ecf.neb.uscourts.gov/cgi-bin/HistDocQry.pl?100000000000000-L_1_0-1' },
  ],
};

export const query: PageDetector<'pacer/query'> = {
  pageType: 'pacer/query',
  // The query page and the reports reached from its menu (case summary, associated cases, …).
  test: (url) =>
    script(url, /^\/cgi-bin\/(?:iquery|qryAscCases|qrySummary|qryParties|qryAttorneys|qryAlias|qryDeadlines|qryRelated|CaseFileLoc|mobile_query)\.pl$/i),
  examples: [
    { url: 'https://ecf.cand.uscourts.gov/cgi-bin/iquery.pl?317868' },
    { url: 'https://ecf.flmb.uscourts.gov/cgi-bin/iquery.pl?100000000000000-L_1_0-1' },
    { url: 'https://ecf.cand.uscourts.gov/cgi-bin/qryAscCases.pl?317868' },
    { url: 'https://ecf.dcd.uscourts.gov/cgi-bin/mobile_query.pl?178502' },
  ],
};

export const attachmentMenu: PageDetector<'pacer/attachment-menu'> = {
  pageType: 'pacer/attachment-menu',
  test: (url, doc) => isDocPath(url) && isAttachmentMenu(doc),
  examples: [
    { url: 'https://ecf.cand.uscourts.gov/doc1/035017159497', html: '<body><b>Document Selection Menu</b><p>Select the document you wish to view.</p></body>' },
    { url: 'https://ecf.ca2.uscourts.gov/docs1/00209040889', html: '<body><b>2 Documents are attached to this filing</b></body>' },
  ],
};

export const documentPage: PageDetector<'pacer/document'> = {
  pageType: 'pacer/document',
  // A document page, the charge confirmation before it, or the PDF frame: not the attachment menu.
  test: (url, doc) => isDocPath(url) && !isAttachmentMenu(doc),
  examples: [
    { url: 'https://ecf.cand.uscourts.gov/doc1/035017159497' },
    { url: 'https://ecf.ca2.uscourts.gov/n/beam/servlet/TransportRoom?servlet=ShowDoc/00204231780&caseid=15-2318' },
    { url: 'https://ecf.almb.uscourts.gov/cgi-bin/show_doc.pl?caseid=222905&claim_id=23070210&claim_num=12-1&magic_num=MAGIC' },
    { url: 'https://ecf.ca9.uscourts.gov/docs1/00000000000', html: '<body><b>Download Confirmation</b> Document: PDF Document (Case: 16-73537, Document: 28)</body>' },
  ],
};

export const claimsRegister: PageDetector<'pacer/claims-register'> = {
  pageType: 'pacer/claims-register',
  test: (url) => script(url, /^\/cgi-bin\/SearchClaims\.pl$/i),
  examples: [{ url: 'https://ecf.deb.uscourts.gov/cgi-bin/SearchClaims.pl?171908' }],
};

export const claimsActivity: PageDetector<'pacer/claims-activity'> = {
  pageType: 'pacer/claims-activity',
  test: (url) => script(url, /^\/cgi-bin\/ClaimsActRpt\.pl$/i),
  examples: [{ url: 'https://ecf.almb.uscourts.gov/cgi-bin/ClaimsActRpt.pl?100000000000000-L_1_0-1' }],
};

export const opinionsReport: PageDetector<'pacer/opinions-report'> = {
  pageType: 'pacer/opinions-report',
  test: (url) => script(url, /^\/cgi-bin\/WrtOpRpt\.pl$/i),
  examples: [{ url: 'https://ecf.cand.uscourts.gov/cgi-bin/WrtOpRpt.pl?100000000000000-L_1_0-1' }],
};

export const creditors: PageDetector<'pacer/creditors'> = {
  pageType: 'pacer/creditors',
  test: (url) => script(url, /^\/cgi-bin\/CredMatrix(?:Case)?\.pl$/i),
  examples: [{ url: 'https://ecf.cacb.uscourts.gov/cgi-bin/CredMatrixCase.pl?100000000000000-L_1_0-1' }],
};

export const caseNumbers: PageDetector<'pacer/case-numbers'> = {
  pageType: 'pacer/case-numbers',
  // The XML answer of the case-number lookup; read from a file it has no court URL.
  test: (url, doc) =>
    script(url, /^\/cgi-bin\/possible_case_numbers\.pl$/i) ||
    (!isReportUrl(url) && doc?.querySelector('request[number]') != null),
  examples: [
    { url: 'https://ecf.azd.uscourts.gov/cgi-bin/possible_case_numbers.pl?number=16-01152' },
    { url: 'file:///tmp/possible_case_numbers.xml', html: '<request number="16-01152"><case number="2:16-cv-1152" id="977547" title="2:16-cv-01152-JJT Armes v. Hot Pizzas LLC"/></request>' },
  ],
};

export const nef: PageDetector<'pacer/nef'> = {
  pageType: 'pacer/nef',
  // NEFs arrive by e-mail: recognised by their text wherever they are read, except at a CM/ECF
  // report's URL (a docket's entry text may quote "Notice of Electronic Filing").
  test: (url, doc) => !isReportUrl(url) && url.hostname !== 'www.courtlistener.com' && MARKERS.nef.test(headText(doc)),
  examples: [
    {
      url: 'file:///home/user/mail/notice.html',
      html: '<body><p>This is an automatic e-mail message generated by the CM/ECF system.</p><p><b>Notice of Electronic Filing</b></p><b>Case Name:</b> A v. B<br><b>Case Number:</b> <a href="https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?367300">4:20-cv-05640-YGR</a></body>',
    },
    {
      // The same notice saved and opened under its court's address.
      url: 'https://ecf.cand.uscourts.gov/',
      html: '<body><p><b>Notice of Electronic Filing</b></p><b>Case Number:</b> 4:20-cv-05640-YGR</body>',
    },
  ],
};

export const appellateDocket: PageDetector<'pacer/appellate-docket'> = {
  pageType: 'pacer/appellate-docket',
  test: (url) =>
    isCourtHost(url) &&
    /\/servlet\/TransportRoom$/i.test(url.pathname) &&
    /servlet=(?:CaseSummary|DocketReportFilter|DocketReport)\.jsp/i.test(url.search),
  examples: [
    { url: 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=17-15589&incOrigDkt=Y&incDktEntries=Y' },
    { url: 'https://ecf.ca11.uscourts.gov/cmecf/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=18-90014' },
    { url: 'https://ecf.cadc.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DocketReportFilter.jsp&caseId=22-8513' },
  ],
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
