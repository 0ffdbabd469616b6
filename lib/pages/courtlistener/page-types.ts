/**
 * Which CourtListener page this is, from the URL alone (patterns from CourtListener's URL
 * configuration, see ../shared/corpus/courtlistener-pages.md). Example URLs are real addresses.
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
  examples: [
    { url: 'https://www.courtlistener.com/docket/6153771/bandeh-v-apple-inc/' },
    { url: 'https://www.courtlistener.com/docket/4214664/united-states-v-manafort/?page=2' },
    { url: 'https://www.courtlistener.com/docket/67668367/parties/t-v-openai-lp/' },
    { url: 'https://www.courtlistener.com/docket/6153771/' },
  ],
};

export const recapDocument: PageDetector<'courtlistener/recap-document'> = {
  pageType: 'courtlistener/recap-document',
  test: (url) => on(url, new RegExp(String.raw`^/docket/\d+/\d+/(?:\d+/)?${SLUG}?$`)),
  examples: [
    { url: 'https://www.courtlistener.com/docket/4214664/1/united-states-v-manafort/' },
    { url: 'https://www.courtlistener.com/docket/67668367/35/2/t-v-openai-lp/' },
    { url: 'https://www.courtlistener.com/docket/6153771/12/bandeh-v-apple-inc/' },
  ],
};

export const search: PageDetector<'courtlistener/search'> = {
  pageType: 'courtlistener/search',
  test: (url) =>
    isCourtListenerHost(url) &&
    (/^\/(?:recap|opinion|audio|person)?\/?$/.test(url.pathname) || url.pathname === '/') &&
    /(?:^|&)(?:q|type|docket_number|case_name|court)=/.test(url.search.slice(1)),
  examples: [
    { url: 'https://www.courtlistener.com/?q=apple+privacy' },
    { url: 'https://www.courtlistener.com/?type=r&q=docketNumber%3A%2217-cv-05264%22' },
    { url: 'https://www.courtlistener.com/?type=r&docket_number=1%3A17-cv-00050&court=hid' },
    { url: 'https://www.courtlistener.com/recap/?q=openai' },
  ],
};

export const opinion: PageDetector<'courtlistener/opinion'> = {
  pageType: 'courtlistener/opinion',
  test: (url) => on(url, new RegExp(String.raw`^/opinion/\d+/${SLUG}(?:(?:authorities|cited-by|summaries|related-cases)/)?$`)),
  examples: [
    { url: 'https://www.courtlistener.com/opinion/4430131/hawaii-v-trump/' },
    { url: 'https://www.courtlistener.com/opinion/4430131/hawaii-v-trump/authorities/' },
    { url: 'https://www.courtlistener.com/opinion/2812209/obergefell-v-hodges/' },
  ],
};

export const COURTLISTENER_DETECTORS: readonly PageDetector<CourtListenerPageType>[] = [docket, recapDocument, search, opinion];

export function courtListenerPageType(url: string | URL): CourtListenerPageType {
  const u = typeof url === 'string' ? parseUrl(url) : url;
  for (const d of COURTLISTENER_DETECTORS) if (d.test(u)) return d.pageType;
  return 'courtlistener/other';
}
