/**
 * A page's docket entries, with the reader of its site picked by host (CLI, tests, background);
 * the content scripts import their own site's reader (lib/pages/pacer/entries.ts,
 * lib/pages/courtlistener/entries.ts) so neither ships the other's.
 */
import type { DocketEntry } from './docket-entry';
import { readCourtListenerEntries } from './courtlistener/entries';
import { isCourtListenerHost } from './courtlistener/page-types';
import { parseUrl } from './detector';
import { readPacerEntries } from './pacer/entries';

export type { DocketEntry } from './docket-entry';

export function readEntries(doc: Document, url: string): DocketEntry[] {
  return isCourtListenerHost(parseUrl(url)) ? readCourtListenerEntries(doc) : readPacerEntries(doc);
}
