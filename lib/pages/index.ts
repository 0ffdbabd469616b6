/**
 * Page readers: DOM in, facts out. `readPage` says which page this is, its court, its own case and
 * every other case number it prints; `locateMentions` says where those numbers sit in text nodes
 * (for badges). One pass over the text per page: the text index and the scan are kept for
 * `locateMentions` on the same reading. No browser API and no zod: this runs in the content
 * script, under vitest (happy-dom) and in the CLI.
 */
import { findCaseNumbers } from '../docket-number';
import { sameCase, type CourtType } from '../docket-number/identity';
import type { CaseNumberMatch } from '../docket-number/types';
import { readCourtListener } from './courtlistener/read';
import { isCourtListenerHost } from './courtlistener/page-types';
import { parseUrl } from './detector';
import { readPacer } from './pacer/read';
import type { PageMention, SiteReading } from './site-reading';
import { indexText, nodeAt, type TextIndex } from './text-index';

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
  bare: boolean;
  courtType: CourtType | null;
  /** Every number in the text, with its court, in text order. */
  found: PageMention[];
}

/** The scan behind each reading, so locateMentions does not read the page a second time. */
const scans = new WeakMap<PageReading, Scan>();

function textRoot(doc: Document): Node {
  return doc.body ?? doc.documentElement ?? doc;
}

function scanText(index: TextIndex, site: Pick<SiteReading, 'bare' | 'courtType' | 'court' | 'courtOf'>): PageMention[] {
  const courtOf = site.courtOf;
  return findCaseNumbers(index.text, { courtType: site.courtType, bare: site.bare }).map((m) => ({
    ...m,
    court: courtOf ? courtOf(m) : site.court,
  }));
}

/** Court-qualified key: `sameCase` compares `court|year|type|serial[|office]`. */
const identity = (m: { court: string | null; key: string }): string => `${m.court ?? ''}|${m.key}`;

export function readPage(doc: Document, url: string): PageReading {
  const index = indexText(textRoot(doc));
  const u = parseUrl(url);
  const site: SiteReading = isCourtListenerHost(u) ? readCourtListener(doc, u) : readPacer(doc, u, index);
  const found = site.scanText ? scanText(index, site) : [];

  const primary: PageMention | null = site.primary ? { ...site.primary, court: site.court } : null;
  const isPrimary = (m: PageMention): boolean =>
    primary !== null && sameCase(identity(m), identity(primary));

  const seen = new Set<string>();
  const mentions: PageMention[] = [];
  for (const m of [...site.mentions, ...found]) {
    const id = identity(m);
    if (seen.has(id) || isPrimary(m)) continue;
    seen.add(id);
    mentions.push(m);
  }

  const reading: PageReading = {
    url,
    court: site.court,
    courtType: site.courtType,
    pageType: site.pageType,
    title: site.title,
    primary,
    mentions,
  };
  // Pages whose mentions come from structure (search results) are scanned for positions only,
  // with bare numbers allowed: an occurrence is kept only if it is one of the reported numbers.
  const located = site.scanText ? found : scanText(index, { bare: true, courtType: null, court: null });
  scans.set(reading, { index, bare: site.scanText ? site.bare : true, courtType: site.scanText ? site.courtType : null, found: located });
  return reading;
}

/** The scan of `root` for `reading`: the one readPage made when it is still the page's text, else a new one. */
function scanFor(root: Element, reading: PageReading): Scan {
  const kept = scans.get(reading);
  if (kept && kept.index.root === root && kept.index.nodes.every((n) => n.isConnected)) return kept;
  const index = indexText(root);
  // Without the reader's scan: bare numbers count here only if they are among the reported ones.
  const bare = true;
  const found = findCaseNumbers(index.text, { courtType: reading.courtType, bare }).map((m) => ({ ...m, court: reading.court }));
  return { index, bare, courtType: reading.courtType, found };
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
    const last = nodeAt(index, m.end - 1);
    const node = index.nodes[last];
    if (!node) continue;
    const nodeStart = index.starts[last]!;
    const start = Math.max(0, m.start - nodeStart);
    const end = m.end - nodeStart;
    // The page may have changed since it was read: only report positions that still hold the text.
    const printed = node.data.slice(start, end);
    if (!printed || !m.text.endsWith(printed)) continue;
    out.push({ node, start, end, match: reported && reported.key !== m.key ? reported : { ...(m as CaseNumberMatch), court } });
  }
  return out;
}
