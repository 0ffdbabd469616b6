/**
 * What the browser says about a content script's page, which its renderer cannot forge: the site
 * and court of the sender's real URL (lib/courts' one anchored host rule). A report's claims are
 * held against it: on a PACER host the report's court must be a court that host serves (its own,
 * or on a circuit's host its bankruptcy appellate panel), or the report names no page case. CourtListener serves every court from one host, so there the court is the
 * page's word (SECURITY.md names what that leaves).
 */
import { courtFromHost, hostServesCourt } from '../courts';
import type { PageReport } from '../messages/schema';
import { isCourtListenerHost } from '../pages/courtlistener/page-types';

export type PageOrigin =
  /** A *.uscourts.gov page; `court` null when the host names none (www.cand.uscourts.gov, pacer.uscourts.gov). */
  | { site: 'pacer'; court: string | null }
  | { site: 'courtlistener' };

export function pageOriginOf(pageUrl: string | null): PageOrigin | null {
  if (pageUrl === null) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (isCourtListenerHost(url)) return { site: 'courtlistener' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'uscourts.gov' || host.endsWith('.uscourts.gov')) return { site: 'pacer', court: courtFromHost(host) };
  return null;
}

/** May a page from `origin` act for a case of `court` (its own case, or adding one)? */
export function originAllowsCourt(origin: PageOrigin | null, court: string | null): boolean {
  if (!origin || court === null) return false;
  return origin.site === 'courtlistener' || hostServesCourt(origin.court, court);
}

/**
 * The report as far as the sender's URL bears it out: its URL is the real one, and on a PACER host
 * its court is the host's; a page case claimed for another court (or on no court's host) is dropped.
 * Mentions stay: they are answered with badge summaries only.
 */
export function sanitizeReport(report: PageReport, pageUrl: string | null): PageReport {
  const origin = pageOriginOf(pageUrl);
  const url = pageUrl !== null ? pageUrl.slice(0, 4096) : report.url;
  if (!origin) return { ...report, url, court: null, primary: null };
  if (origin.site === 'courtlistener') return { ...report, url };
  if (originAllowsCourt(origin, report.court)) return { ...report, url };
  return { ...report, url, court: origin.court, primary: null };
}
