/**
 * Reading a page, whatever its site: the text index, the scan for case numbers, and the site
 * reader's facts (a SiteReader: lib/pages/pacer/read.ts, lib/pages/courtlistener/read.ts) joined
 * into one PageReading; `locateMentions` says where its numbers sit in text nodes (for badges).
 * One pass over the text per page: the text index and the scan are kept for `locateMentions` on
 * the same reading. `PageReader` is the same reading in pieces, for the content script on
 * multi-megabyte dockets. The site is a parameter so each site's content script ships only its
 * own reader; lib/pages/index.ts picks the reader by host for the CLI and tests. No browser API
 * and no zod: this runs in the content script, under vitest (happy-dom) and in the CLI.
 */
import { findCaseNumbers, firstCaseNumberCandidate } from '../docket-number';
import { sameCase, type CourtType } from '../docket-number/identity';
import type { CaseNumberMatch } from '../docket-number/types';
import { cueOf } from './court-cue';
import { parseUrl } from './detector';
import { type PageMention, type SiteReader, type SiteReading } from './site-reading';
import { indexText, nodeAt, TextIndexer, type TextIndex, type TextIndexOptions } from './text-index';

export type { PageMention } from './site-reading';

export interface PageReading {
  url: string;
  court: string | null;
  courtType: CourtType | null;
  /** 'pacer/docket', 'pacer/history', …, 'courtlistener/docket', … (see lib/pages/*\/page-types.ts). */
  pageType: string;
  /** Case title when the page shows one. */
  title: string | null;
  /** The page's own case; null on error, login, not-a-case and multi-case pages. */
  primary: PageMention | null;
  /** Distinct other case numbers (by court + key), without the primary's identity. */
  mentions: PageMention[];
}

export interface LocatedMention {
  node: Text;
  start: number;
  end: number;
  match: PageMention;
}

interface Scan {
  index: TextIndex;
  /** Every number in the text, with its court, in text order. */
  found: PageMention[];
}

/** The scan behind each reading, so locateMentions does not read the page a second time. */
const scans = new WeakMap<PageReading, Scan>();

function textRoot(doc: Document): Node {
  return doc.body ?? doc.documentElement ?? doc;
}

/** The numbers in the index's text (between `from` and `to` when given; `after`: the last one before `from`). */
function findInText(index: TextIndex, site: ScanSite, bounds: { from?: number; to?: number; after?: CaseNumberMatch } = {}): CaseNumberMatch[] {
  return findCaseNumbers(index.text, { courtType: site.courtType, bare: site.bare, skip: index.taken, ...bounds });
}

/** The numbers in the index's text, with their courts. */
function scanText(index: TextIndex, site: ScanSite): PageMention[] {
  return withCourts(findInText(index, site), site, index.text);
}

type ScanSite = Pick<SiteReading, 'bare' | 'courtType' | 'court' | 'courtOf' | 'lowerCourt'>;

/**
 * Each number with its court: as the page's structure says (courtOf), else the page's own (on an
 * appellate page, a typed number is the lower court's). Those not placed by structure carry the
 * words around them (their cue), which may name another court: the background reads them
 * (cited-court.ts).
 */
function withCourts(found: CaseNumberMatch[], site: ScanSite, text: string): PageMention[] {
  return found.map((m) => {
    const known = site.courtOf?.(m);
    if (known !== undefined) return { ...m, court: known };
    const court = site.courtType === 'appellate' && m.type !== null ? site.lowerCourt ?? null : site.court;
    return { ...m, court, cue: cueOf(text, m) };
  });
}

/**
 * What the text scan looks for. Pages whose mentions come from structure (search results) are
 * scanned for positions only, with bare numbers allowed: an occurrence is kept only if it is one
 * of the reported numbers.
 */
function scanSite(site: SiteReading): ScanSite {
  return site.scanText ? site : { bare: true, courtType: null, court: null };
}

/** Court-qualified key: `sameCase` compares `court|year|type|serial[|office]`. */
const identity = (m: { court: string | null; key: string }): string => `${m.court ?? ''}|${m.key}`;

/** Distinct mentions in order (by court and identity), never the page's case. */
function distinct(all: PageMention[], primary: PageMention | null): PageMention[] {
  const seen = new Set<string>();
  const mentions: PageMention[] = [];
  for (const m of all) {
    const id = identity(m);
    if (seen.has(id) || (primary !== null && sameCase(id, identity(primary)))) continue;
    seen.add(id);
    mentions.push(m);
  }
  return mentions;
}

/** The reading from the site's facts and the text scan (`found`: every number in the text, in order). */
function assemble(url: string, site: SiteReading, index: TextIndex, found: PageMention[]): PageReading {
  const primary: PageMention | null = site.primary ? { ...site.primary, court: site.court } : null;
  const mentions = distinct([...site.mentions, ...(site.scanText ? found : [])], primary);

  const reading: PageReading = {
    url,
    court: site.court,
    courtType: site.courtType,
    pageType: site.pageType,
    title: site.title,
    primary,
    mentions,
  };
  scans.set(reading, { index, found });
  return reading;
}

/**
 * How the page text is indexed: exactly for the first EXACT_CHARS (the header, title and first
 * numbers every reader looks at), then sparsely: blocks that cannot hold a case number are taken
 * whole (see TextIndexOptions). The readings are the same as from an exact index (tested on every
 * corpus page); on a 3.7 MB docket the sparse index visits a fraction of the nodes.
 */
export const EXACT_CHARS = 8_000;

export interface ReadOptions {
  /** Index every node (tests compare the sparse reading with this one). */
  exact?: boolean;
}

function indexOptions(options: ReadOptions): TextIndexOptions {
  return options.exact ? {} : { firstCandidate: firstCaseNumberCandidate, exactChars: EXACT_CHARS };
}

/** The reading of a page of one site (readSite: that site's reader). */
export function readSitePage(doc: Document, url: string, readSite: SiteReader, options: ReadOptions = {}): PageReading {
  const index = indexText(textRoot(doc), indexOptions(options));
  const site = readSite(doc, parseUrl(url), index);
  return assemble(url, site, index, scanText(index, scanSite(site)));
}

/** Text scanned per piece by PageReader (about 1-2 ms of regex work in a browser). */
const SCAN_CHUNK = 64 * 1024;
/**
 * Text enough for the page's own case and title: headers print them at the top. Only a first
 * answer: the complete reading decides (a page whose case comes later is corrected then).
 */
export const HEAD_CHARS = 8_000;

/**
 * readSitePage in pieces, for the content script on large pages. `run(shouldStop)` works until the
 * reading is complete (true) or `shouldStop` says to give the thread back (false); call it again
 * to go on. Once the head of the page is indexed, `head()` is the reading of that part alone (the
 * page's own case, title, court: printed at the top); `result()` is exactly what readSitePage returns
 * for the same document and site. Pieces of the scan end at line breaks, which no case number spans, and
 * each reads the whole text around it as context, so joined they find what one scan of the whole text finds.
 */
export class PageReader {
  private readonly indexer: TextIndexer;
  private readonly u: URL;
  private index: TextIndex | null = null;
  private site: SiteReading | null = null;
  private found: PageMention[] = [];
  /** The last number found so far, as the finder gave it (a list may go on in the next piece). */
  private lastFound: CaseNumberMatch | undefined;
  private scanned = 0;
  private headReading: PageReading | null = null;
  private reading: PageReading | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    /** The site's reader (the content script of each site passes its own). */
    private readonly readSite: SiteReader,
    /** Characters per scan piece (tests use small ones to put many piece boundaries on a page). */
    private readonly scanChunk = SCAN_CHUNK,
    options: ReadOptions = {},
  ) {
    this.indexer = new TextIndexer(textRoot(doc), indexOptions(options));
    this.u = parseUrl(url);
  }

  get done(): boolean {
    return this.reading !== null;
  }

  /** Is all of the page's text indexed (only the scan left)? */
  get indexed(): boolean {
    return this.indexer.done;
  }

  /** Index the head of the page (true once it is, or the whole page is, indexed). */
  readHead(shouldStop: () => boolean): boolean {
    return this.indexer.run(() => this.indexer.textLength >= HEAD_CHARS || shouldStop()) || this.indexer.textLength >= HEAD_CHARS;
  }

  /** The reading of the text indexed so far: the whole reading once done. */
  head(): PageReading {
    if (this.reading) return this.reading;
    if (!this.headReading) {
      const index = this.indexer.index();
      const site = this.readSite(this.doc, this.u, index);
      this.headReading = assemble(this.url, site, index, scanText(index, scanSite(site)));
    }
    return this.headReading;
  }

  run(shouldStop: () => boolean): boolean {
    while (!this.reading) {
      if (!this.index) {
        // (readHead may already have indexed a small page to its end.)
        if (!this.indexer.run(shouldStop)) return false;
        this.index = this.indexer.index();
        this.site = this.readSite(this.doc, this.u, this.index);
        if (shouldStop()) return false;
      }
      const index = this.index!;
      const site = this.site!;
      const text = index.text;
      if (this.scanned < text.length) {
        const from = this.scanned;
        const breakAt = from + this.scanChunk >= text.length ? -1 : text.indexOf('\n', from + this.scanChunk);
        const to = breakAt < 0 ? text.length : breakAt + 1;
        const scanned = findInText(index, scanSite(site), { from, to, after: this.lastFound });
        if (scanned.length) this.lastFound = scanned[scanned.length - 1];
        for (const m of withCourts(scanned, scanSite(site), text)) this.found.push(m);
        this.scanned = to;
        if (this.scanned < text.length) {
          if (shouldStop()) return false;
          continue;
        }
      }
      this.reading = assemble(this.url, site, index, this.found);
    }
    return true;
  }

  /** The complete reading (null until run has returned true). */
  result(): PageReading | null {
    return this.reading;
  }
}

/** The scan of `root` for `reading`: the one made with it when it is still the page's text, else a new one. */
function scanFor(root: Element, reading: PageReading): Scan {
  const kept = scans.get(reading);
  if (kept && kept.index.root === root && kept.index.parts.every((n) => n.isConnected)) return kept;
  const index = indexText(root);
  // Without the reader's scan: bare numbers count here only if they are among the reported ones.
  const found = findCaseNumbers(index.text, { courtType: reading.courtType, bare: true }).map((m) => ({ ...m, court: reading.court }));
  return { index, found };
}

/**
 * Where each mention (and the primary) sits in text nodes under root, for badges; skips
 * script/style/textarea and anything inside [data-docket-margin]. A number split across nodes
 * (highlighting) is reported in the node where it ends, from that node's start.
 */
export function locateMentions(root: Element, reading: PageReading): LocatedMention[] {
  const scan = scanFor(root, reading);
  const byKey = new Map<string, PageMention>();
  const byText = new Map<string, PageMention>();
  for (const m of reading.mentions) {
    if (!byKey.has(m.key)) byKey.set(m.key, m);
    if (!byText.has(m.text)) byText.set(m.text, m);
  }
  const primary = reading.primary;

  const out: LocatedMention[] = [];
  const { index } = scan;
  for (const m of scan.found) {
    // By identity; by printed text where each result has its own court (keys depend on the court's type).
    const reported = byKey.get(m.key) ?? byText.get(m.text);
    const court = reported ? reported.court : primary && sameCase(identity({ court: primary.court, key: m.key }), identity(primary)) ? primary.court : undefined;
    if (court === undefined) continue;
    const at = nodeAt(index, m.end - 1);
    if (!at) continue;
    const { node, start: nodeStart } = at;
    const start = Math.max(0, m.start - nodeStart);
    const end = m.end - nodeStart;
    // The page may have changed since it was read: only report positions that still hold the text
    // (a number a written range implies is placed where the range's first number ends).
    const printed = node.data.slice(start, end);
    const implied = m.start === m.end && end <= node.data.length;
    if (!implied && (!printed || !m.text.endsWith(printed))) continue;
    out.push({ node, start, end, match: reported && reported.key !== m.key ? reported : { ...(m as CaseNumberMatch), court } });
  }
  return out;
}
