/**
 * Popup time to interactive with 1,000 saved cases, in real Chromium with the built extension
 * (goal < 100 ms): from navigation start to the popup's `dm:interactive` performance mark, which
 * the app sets once its first view is on screen with data. Two first views:
 * - the case list (no tab: the first 50 cases in list order and the count of all, which the
 *   popup asks for while it looks up the active tab),
 * - the case editor (a tab whose page case is saved: page/get, then case/get).
 * Each popup is a fresh page, as every click on the toolbar button is. Also the size of the list
 * view's answer, which should not grow with the number of cases saved.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FIRST_ROWS } from '../components/popup/CaseList';
import { launchExtensionBrowser, sendFromExtensionPage, type ExtensionBrowser } from '../test/e2e/harness';
import { ms, percentile, report } from './report';

const root = resolve(import.meta.dirname, '..');
const CASES = 1_000;
const WARMUP = 3;
const RUNS = 20;

function importFile(): string {
  const cases = [];
  for (let i = 0; i < CASES; i++) {
    const year = 18 + (i % 8);
    const serial = String(1000 + i).padStart(5, '0');
    cases.push({
      court: 'cand',
      docketNumber: `3:${year}-cv-${serial}`,
      title: `Requester ${i} v. Agency ${i % 37}`,
      tags: i % 3 ? ['FOIA'] : ['FOIA', 'expedited'],
      notes: [{ text: `Search terms negotiated, round ${i}.`, createdAt: '2026-10-01T10:00:00Z' }],
      deadlines:
        i % 4 === 0
          ? []
          : [{ due: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, title: 'Joint status report', kind: 'filing', done: false }],
    });
  }
  return JSON.stringify({ format: 'docket-margin', version: 1, exportedAt: new Date().toISOString(), cases });
}

interface Sample {
  /** Navigation start → interactive. */
  total: number;
  /** The popup's own script start → interactive (the rest is the browser opening the page). */
  own: number;
}

async function interactive(b: ExtensionBrowser, tabId?: number): Promise<Sample> {
  const popup = await b.openPopup(tabId);
  try {
    await popup.waitForFunction(() => performance.getEntriesByName('dm:interactive').length > 0, undefined, { timeout: 30_000, polling: 10 });
    // No named helpers inside: tsx would wrap them in a __name() the page does not have.
    const [interactiveAt, scriptAt] = await popup.evaluate(() =>
      ['dm:interactive', 'dm:script'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
    );
    return { total: interactiveAt!, own: interactiveAt! - scriptAt! };
  } finally {
    await popup.close();
  }
}

async function series(b: ExtensionBrowser, tabId?: number): Promise<{ total: number[]; own: number[] }> {
  for (let i = 0; i < WARMUP; i++) await interactive(b, tabId);
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await interactive(b, tabId));
  return { total: samples.map((s) => s.total), own: samples.map((s) => s.own) };
}

const p50p95 = (xs: number[]): string => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`;

export default async function run(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const b = await launchExtensionBrowser();
  try {
    const ext = await b.openOptions();
    const imported = await sendFromExtensionPage<{ ok: boolean; data?: { imported: number }; error?: string }>(ext, { type: 'data/import', text: importFile() });
    if (!imported.ok) throw new Error(`import failed: ${imported.error}`);
    const listed = await sendFromExtensionPage<{ ok: boolean; data: unknown[] }>(ext, { type: 'case/list', query: '' });
    if (listed.data.length !== CASES) throw new Error(`expected ${CASES} saved cases, the store lists ${listed.data.length}`);
    const firstPage = await sendFromExtensionPage<{ ok: boolean; data: unknown[] }>(ext, { type: 'case/list', query: '', limit: FIRST_ROWS });
    const kb = (data: unknown): string => `${(new TextEncoder().encode(JSON.stringify(data)).length / 1024).toFixed(1)} KB`;

    // A tab whose content script reported one of the saved cases (an extension page reports for its own tab).
    const reporter: Page = await b.context.newPage();
    await reporter.goto(`chrome-extension://${b.extensionId}/options.html?as-reporter`);
    const tabId = await b.tabIdOf(reporter);
    await sendFromExtensionPage(reporter, {
      type: 'page/report',
      report: {
        url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1',
        court: 'cand',
        pageType: 'docket',
        title: 'Requester 501 v. Agency 20',
        primary: { text: '3:21-cv-01501', key: '21|cv|1501|3', office: '3', year: '21', type: 'cv', serial: '01501', judges: [], defendant: null, kind: 'district' },
        mentions: [],
      },
    });

    const list = await series(b);
    const editor = await series(b, tabId);
    report(`case/list answer for the list view (${FIRST_ROWS} rows) / for all ${CASES}`, `${kb(firstPage.data)} / ${kb(listed.data)}`);
    report(`case list, ${CASES} cases: to interactive p50 / p95 (${RUNS} opens)`, p50p95(list.total), '< 100 ms');
    report('  of which after the popup script starts', p50p95(list.own));
    report(`case editor for the tab's case: to interactive p50 / p95`, p50p95(editor.total), '< 100 ms');
    report('  of which after the popup script starts', p50p95(editor.own));
  } finally {
    await b.close();
  }
}
