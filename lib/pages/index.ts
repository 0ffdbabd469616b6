/**
 * Page readers: DOM in, facts out. `readPage` says which page this is, its court, its own case and
 * every other case number it prints, with the reader of the page's site picked by its host (PACER
 * or CourtListener); `locateMentions` says where those numbers sit in text nodes (for badges).
 * The content scripts do not come through here: each imports lib/pages/reading.ts with its own
 * site's reader, so neither ships the other's. No browser API and no zod: this runs under vitest
 * (happy-dom) and in the CLI.
 */
import { courtType } from '../courts';
import { asNumberOf, sameCaseAnyType } from '../docket-number/identity';
import { citedCourt } from './cited-court';
import { readCourtListener } from './courtlistener/read';
import { isCourtListenerHost } from './courtlistener/page-types';
import { readPacer } from './pacer/read';
import { readSitePage, type PageMention, type PageReading, type ReadOptions } from './reading';
import type { SiteReader } from './site-reading';

export * from './reading';
export type { SiteReader } from './site-reading';

/** The reader of the page's site: CourtListener on its hosts, PACER anywhere else (court pages saved or served elsewhere). */
export const readAnySite: SiteReader = (doc, url, index) =>
  isCourtListenerHost(url) ? readCourtListener(doc, url) : readPacer(doc, url, index);

const identity = (m: PageMention): string => `${m.court ?? ''}|${m.key}`;

/**
 * Distinct cases in order, never the page's: a number printed without its type in district docket
 * text (`23-1197`, `23-1194`) is the case of its court, year and serial printed with one
 * (`2:23-cv-01197`; the page's own `2:23-cv-01194`), and the typed one is kept, where the first was.
 */
function distinctCases(all: PageMention[], primary: PageMention | null): PageMention[] {
  const out: PageMention[] = [];
  const bySerial = new Map<string, number[]>();
  for (const m of all) {
    const id = identity(m);
    if (primary && sameCaseAnyType(id, identity(primary))) continue;
    const serial = `${m.court}|${m.year}|${+m.serial}|${m.kind}`;
    const same = bySerial.get(serial) ?? bySerial.set(serial, []).get(serial)!;
    const at = same.find((i) => sameCaseAnyType(identity(out[i]!), id));
    if (at === undefined) same.push(out.push(m) - 1);
    else if (out[at]!.type === null && m.type !== null) out[at] = m;
  }
  return out;
}

/**
 * The content script's reading as the background makes it (cited-court.ts): each cited number in
 * the court its words name, keyed as that court reads it, and one mention per case. In place: the
 * reading keeps the text scan kept with it for locateMentions.
 */
export function withCitedCourts(reading: PageReading): PageReading {
  const mentions = reading.mentions.map(({ cue, ...m }) => {
    const cited = citedCourt({ ...m, cue });
    return cited === undefined ? m : { ...asNumberOf(m, courtType(cited)), court: cited };
  });
  reading.mentions = distinctCases(mentions, reading.primary);
  return reading;
}

/**
 * The reading of a page, each cited number in the court its words name (cited-court.ts): what the
 * content script's report becomes in the background.
 */
export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageReading {
  return withCitedCourts(readSitePage(doc, url, readAnySite, options));
}
