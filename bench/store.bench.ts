/**
 * The store's figures: importing 10,000 cases, opening a store of that size (the in-memory index
 * is rebuilt on every service-worker start), and looking up every case number of one page among
 * the 10,000. Runs over fake-indexeddb in Node, which is slower than a browser's IndexedDB.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { courtType } from '../lib/courts';
import { parseCaseNumber } from '../lib/docket-number';
import { partsKey } from '../lib/docket-number/identity';
import { createContentGuard } from '../lib/background/content-guard';
import { createHandlers } from '../lib/background/handlers';
import { ProfileStore } from '../lib/background/profile-store';
import { memoryArea, TabReports } from '../lib/background/tab-reports';
import { createRouter } from '../lib/messages/router';
import { classifySender } from '../lib/messages/sender';
import type { PageReport, ReportedCaseNumber } from '../lib/messages/schema';
import { importData } from '../lib/store/interchange';
import { Repository } from '../lib/store/repository';
import { ms, percentile, report } from './report';
import { mulberry32 } from '../test/seeded-random';

const CASES = 10_000;
const COURTS = ['cand', 'nyed', 'dcd', 'txsd', 'ilnd'];
const PAGES = 300;
const MENTIONS_PER_PAGE = 40;

const numberOf = (i: number): { court: string; docketNumber: string } => ({
  court: COURTS[i % COURTS.length]!,
  docketNumber: `${1 + (i % 4)}:${String(15 + (i % 10)).padStart(2, '0')}-${i % 7 === 0 ? 'cr' : 'cv'}-${String(10_000 + i).padStart(5, '0')}`,
});

function reported(text: string, court: string): ReportedCaseNumber {
  const parts = parseCaseNumber(text, courtType(court))!;
  return { ...parts, text, key: `${court}|${partsKey(parts, courtType(court))}` };
}

/** A docket page: its own case (saved) and mentions, half saved (some in caption form), half not. */
function page(rnd: () => number): PageReport {
  const pick = (): number => Math.floor(rnd() * CASES);
  const own = numberOf(pick());
  const mentions = Array.from({ length: MENTIONS_PER_PAGE }, (_, k) => {
    const n = numberOf(k % 2 === 0 ? pick() : CASES + pick());
    const text = k % 4 === 0 ? n.docketNumber.replace(/^\d:/, '') : n.docketNumber;
    return { ...reported(text, n.court), court: n.court };
  });
  return { url: `https://ecf.${own.court}.uscourts.gov/cgi-bin/DktRpt.pl?1`, court: own.court, pageType: 'docket', title: null, primary: reported(own.docketNumber, own.court), mentions };
}

export default async function run(): Promise<void> {
  const name = `bench-store-${Date.now()}`;
  const file = JSON.stringify({
    format: 'docket-margin',
    version: 1,
    cases: Array.from({ length: CASES }, (_, i) => ({
      ...numberOf(i),
      title: `Plaintiff ${i} v. Agency`,
      tags: ['FOIA'],
      notes: [{ text: `Note for case ${i}` }],
      deadlines: [{ due: `2027-0${1 + (i % 9)}-1${i % 10}`, title: 'Reply', kind: 'filing' }],
    })),
  });

  const bare = JSON.stringify({ format: 'docket-margin', version: 1, cases: Array.from({ length: CASES }, (_, i) => ({ ...numberOf(i), title: `Plaintiff ${i} v. Agency` })) });
  const bareRepo = await Repository.open({ name: `${name}-bare` });
  let t = performance.now();
  await importData(bareRepo, bare, Date.now());
  report(`import ${CASES} cases (hand-written, no ids), fake-indexeddb`, ms(performance.now() - t), '≤ 3000 ms');
  bareRepo.close();

  const repo = await Repository.open({ name });
  t = performance.now();
  const result = await importData(repo, file, Date.now());
  const importMs = performance.now() - t;
  if (result.imported !== CASES * 3) throw new Error(`import stored ${result.imported} records, expected ${CASES * 3}`);
  report(`import ${CASES} cases +1 note +1 deadline each (${CASES * 3} records)`, ms(importMs));
  repo.close();

  t = performance.now();
  const reopened = await Repository.open({ name });
  report(`open store of ${CASES} cases (index rebuild), fake-indexeddb`, ms(performance.now() - t));

  const rnd = mulberry32(4);
  const pages = Array.from({ length: PAGES }, () => page(rnd));
  let found = 0;
  const direct: number[] = [];
  for (const p of pages) {
    t = performance.now();
    const lookup = reopened.lookupPage(p);
    direct.push(performance.now() - t);
    found += Object.keys(lookup.mentions).length + (lookup.primary ? 1 : 0);
  }
  if (found < PAGES * (MENTIONS_PER_PAGE / 2)) throw new Error(`lookups found only ${found} saved cases`);
  report(`page lookup, 1+${MENTIONS_PER_PAGE} numbers among ${CASES} cases: p50 / p95`, `${ms(percentile(direct, 50))} / ${ms(percentile(direct, 95))}`, 'p95 ≤ 5 ms');

  // The whole page/report request as the background answers a content script: validation, sender
  // check, session write, lookup, the panel's collapsed state.
  const tabReports = new TabReports(memoryArea());
  const profile = ProfileStore.open('bench-profile');
  const self = { id: 'bench', baseUrl: 'chrome-extension://bench/' };
  const router = createRouter(createHandlers({ repository: async () => reopened, tabReports, profile: () => profile, settings: memoryArea() }), {
    classify: (sender) => classifySender(sender, self),
    authorize: createContentGuard({ repository: async () => reopened, tabReports }),
  });
  const routed: number[] = [];
  for (const p of pages) {
    t = performance.now();
    const res = await router({ type: 'page/report', report: p }, { id: self.id, url: p.url, tab: { id: 1 } });
    routed.push(performance.now() - t);
    if (!res.ok) throw new Error(res.error);
  }
  report(`page/report request (validate + sender check + remember + lookup): p50 / p95`, `${ms(percentile(routed, 50))} / ${ms(percentile(routed, 95))}`, 'p95 ≤ 5 ms');

  const lists: number[] = [];
  for (const q of ['', 'foia', 'plaintiff 42', '15-cv-10005', 'nothing']) {
    t = performance.now();
    reopened.listCases(q);
    lists.push(performance.now() - t);
  }
  report(`case/list search over ${CASES} cases: worst of 5 queries`, ms(Math.max(...lists)));

  const other = await Repository.open({ name: `${name}-merge` });
  const all = await reopened.getAllRecords();
  t = performance.now();
  await other.mergeRecords(all);
  report(`mergeRecords of ${all.cases.length + all.notes.length + all.deadlines.length} records into an empty store`, ms(performance.now() - t));
  other.close();
  reopened.close();
}
