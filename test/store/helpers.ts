/** Shared pieces for store tests: a fresh database per test, a pinned clock and page reports. */
import { parseCaseNumber } from '../../lib/docket-number';
import { courtType } from '../../lib/courts';
import { partsKey } from '../../lib/docket-number/identity';
import type { PageReport, ReportedCaseNumber } from '../../lib/messages/schema';
import { Repository } from '../../lib/store/repository';

let dbCounter = 0;
export const freshName = (label = 'test'): string => `dm-${label}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

/** A wall clock the test moves by hand (starts 2026-11-22T12:00:00Z). */
export function manualClock(start = Date.UTC(2026, 10, 22, 12)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

export async function openRepo(now?: () => number, name = freshName()): Promise<Repository> {
  return Repository.open({ name, now });
}

/** A case number as a page reader reports it. */
export function reported(text: string, court: string): ReportedCaseNumber {
  const parts = parseCaseNumber(text, courtType(court));
  if (!parts) throw new Error(`test input is not a case number: ${text}`);
  return { ...parts, text, key: `${court}|${partsKey(parts, courtType(court))}` };
}

export function pageReport(court: string, primary: string | null, mentions: { text: string; court?: string }[] = []): PageReport {
  return {
    url: `https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?1`,
    court,
    pageType: 'docket',
    title: null,
    primary: primary ? reported(primary, court) : null,
    mentions: mentions.map((m) => ({ ...reported(m.text, m.court ?? court), court: m.court ?? null })),
  };
}
