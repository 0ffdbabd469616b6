/**
 * Which CourtListener page this is, from the URL alone (patterns from CourtListener's URL
 * configuration, see ../shared/corpus/courtlistener-pages.md). Real example URLs per detector:
 * page-types.examples.ts (tests only).
 */
import { parseUrl, type PageDetector } from '../detector';

export type CourtListenerPageType =
  | 'courtlistener/docket'
  | 'courtlistener/recap-document'
  | 'courtlistener/search'
  | 'courtlistener/opinion'
  | 'courtlistener/other';

export function isCourtListenerHost(url: URL): boolean {
  return url.hostname === 'www.courtlistener.com' || url.hostname === 'courtlistener.com';
}

const on = (url: URL, path: RegExp): boolean => isCourtListenerHost(url) && path.test(url.pathname);

/** A slug is a case name made URL-safe: it always has a letter (a segment of digits is a document number). */
const SLUG = String.raw`(?:[^/]*[^/\d][^/]*/)`;

export const docket: PageDetector<'courtlistener/docket'> = {
  pageType: 'courtlistener/docket',
  test: (url) => on(url, new RegExp(String.raw`^/docket/\d+/(?:(?:parties|idb|authorities)/)?${SLUG}?$`)),
};

export const recapDocument: PageDetector<'courtlistener/recap-document'> = {
  pageType: 'courtlistener/recap-document',
  test: (url) => on(url, new RegExp(String.raw`^/docket/\d+/\d+/(?:\d+/)?${SLUG}?$`)),
};

export const search: PageDetector<'courtlistener/search'> = {
  pageType: 'courtlistener/search',
  test: (url) =>
    isCourtListenerHost(url) &&
    (/^\/(?:recap|opinion|audio|person)?\/?$/.test(url.pathname) || url.pathname === '/') &&
    /(?:^|&)(?:q|type|docket_number|case_name|court)=/.test(url.search.slice(1)),
};

export const opinion: PageDetector<'courtlistener/opinion'> = {
  pageType: 'courtlistener/opinion',
  test: (url) => on(url, new RegExp(String.raw`^/opinion/\d+/${SLUG}(?:(?:authorities|cited-by|summaries|related-cases)/)?$`)),
};

export const COURTLISTENER_DETECTORS: readonly PageDetector<CourtListenerPageType>[] = [docket, recapDocument, search, opinion];

export function courtListenerPageType(url: string | URL): CourtListenerPageType {
  const u = typeof url === 'string' ? parseUrl(url) : url;
  for (const d of COURTLISTENER_DETECTORS) if (d.test(u)) return d.pageType;
  return 'courtlistener/other';
}
