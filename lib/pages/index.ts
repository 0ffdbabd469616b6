/**
 * Page readers: DOM in, facts out. `readPage` says which page this is, its court, its own case and
 * every other case number it prints, with the reader of the page's site picked by its host (PACER
 * or CourtListener); `locateMentions` says where those numbers sit in text nodes (for badges).
 * The content scripts do not come through here: each imports lib/pages/reading.ts with its own
 * site's reader, so neither ships the other's. No browser API and no zod: this runs under vitest
 * (happy-dom) and in the CLI.
 */
import { readCourtListener } from './courtlistener/read';
import { isCourtListenerHost } from './courtlistener/page-types';
import { readPacer } from './pacer/read';
import { readSitePage, type PageReading, type ReadOptions } from './reading';
import type { SiteReader } from './site-reading';

export * from './reading';
export type { SiteReader } from './site-reading';

/** The reader of the page's site: CourtListener on its hosts, PACER anywhere else (court pages saved or served elsewhere). */
export const readAnySite: SiteReader = (doc, url, index) =>
  isCourtListenerHost(url) ? readCourtListener(doc, url) : readPacer(doc, url, index);

export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageReading {
  return readSitePage(doc, url, readAnySite, options);
}
