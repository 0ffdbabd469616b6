/**
 * Overlay cost in real Chromium on the largest real docket of the corpus (deb 09-10235, 3.7 MB):
 * - time until the overlay is visible, against the page's own DOMContentLoaded (ratio; goal ≤ 1.5×),
 * - the content script's own main-thread work for scan and render (goal < 50 ms): the sum of all its
 *   tasks, the longest single task (what keeps the page from answering the user), and when the
 *   panel was in the page, all timed inside the content script (it reads large pages in pieces),
 * - JS heap added (goal ≤ 5 MB): the same page in a browser with and without the extension.
 * Also each content script's bundle size, gzip (goal ≤ 20 KB including Preact): one per site, since
 * a page loads only its own site's (wxt.config.ts CONTENT_SCRIPTS).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { corpusDir, CORPUS_SKIP_MESSAGE } from '../test/corpus';
import { launchExtensionBrowser } from '../test/e2e/harness';
import { startPageServer } from '../test/e2e/page-server';
// eslint-disable-next-line
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
import { ms, percentile, report } from './report';

const root = resolve(import.meta.dirname, '..');
const LARGEST = 'deb__bankruptcy_docket__deb_7.html';
const URL_ = 'https://ecf.deb.uscourts.gov/cgi-bin/DktRpt.pl?100000000000000-L_1_0-1';

// Recorded in the page's main world: when an overlay host first appears, and DOMContentLoaded.
const OBSERVE = `(() => {
  const t = { dcl: 0, overlay: 0 };
  window.__dmTiming = t;
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); }, { once: true });
  new MutationObserver((records, obs) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n.hasAttribute('data-docket-margin') || n.querySelector?.('[data-docket-margin]'))) {
        t.overlay = performance.now(); obs.disconnect(); return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

/** What the content script records on <html data-docket-margin-perf> (lib/content/overlay.tsx). */
interface Perf {
  readMs: number;
  locateMs: number;
  renderMs: number;
  panelAt: number;
  totalMs: number;
  longestMs: number;
  tasks: number;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

export default async function run(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const site of ['pacer', 'courtlistener']) {
    const raw = readFileSync(resolve(root, `.output/chrome-mv3/overlay-${site}.js`));
    report(`content script size, ${site} (gzip, incl. Preact)`, `${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB (raw ${(raw.length / 1024).toFixed(1)} KB)`, '≤ 20 KB');
  }

  const corpus = corpusDir();
  if (!corpus) {
    report('overlay on the largest real docket', CORPUS_SKIP_MESSAGE);
    return;
  }
  const html = readFileSync(resolve(corpus, 'pacer', LARGEST));
  const b = await launchExtensionBrowser();
  try {
    const options = await b.openOptions();
    const file = {
      format: 'docket-margin', version: 1, exportedAt: new Date().toISOString(),
      cases: [{ court: 'deb', docketNumber: '09-10235', title: 'Benchmark case', tags: ['bench'],
        notes: [{ text: 'A note to show on the largest docket.', createdAt: new Date().toISOString() }],
        deadlines: [{ due: '2030-01-01', title: 'Far deadline', kind: 'other', done: false }], productions: [] }],
    };
    await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'data/import', text }), JSON.stringify(file));
    await b.context.addInitScript(OBSERVE);
    b.server.serve(URL_, html);

    const ratios: number[] = [];
    const dcls: number[] = [];
    const visibles: number[] = [];
    const work: number[] = [];
    const longest: number[] = [];
    const tasks: number[] = [];
    const panels: number[] = [];
    const reads: number[] = [];
    const locates: number[] = [];
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await b.context.newPage();
      await page.goto(URL_.replace('https:', 'http:'), { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __dmTiming: { overlay: number } }).__dmTiming.overlay > 0, null, { timeout: 30_000 });
      const t = await page.evaluate(() => (window as unknown as { __dmTiming: { dcl: number; overlay: number } }).__dmTiming);
      const perf = await page.evaluate(() => document.documentElement.getAttribute('data-docket-margin-perf'));
      const p = perf ? (JSON.parse(perf) as Perf) : null;
      dcls.push(t.dcl);
      visibles.push(t.overlay);
      ratios.push(t.overlay / t.dcl);
      if (p) {
        work.push(p.totalMs);
        longest.push(p.longestMs);
        tasks.push(p.tasks);
        panels.push(p.panelAt);
        reads.push(p.readMs);
        locates.push(p.locateMs);
        renders.push(p.renderMs);
      }
      await page.close();
    }
    report('page DOMContentLoaded (median of 5)', ms(percentile(dcls, 50)));
    report('overlay visible (median of 5)', ms(percentile(visibles, 50)));
    report('overlay visible / DOMContentLoaded', `${percentile(ratios, 50).toFixed(2)}×`, '≤ 1.5×');
    report('panel in the page (median of 5)', panels.length ? ms(percentile(panels, 50)) : 'not reported');
    report('content script main-thread work, scan + render, total of all tasks (median)', work.length ? ms(percentile(work, 50)) : 'not reported', '< 50 ms');
    report('content script longest single task (median)', longest.length ? ms(percentile(longest, 50)) : 'not reported', '< 50 ms');
    if (work.length) {
      report('  tasks (median)', String(percentile(tasks, 50)));
      report('  of which reading the page (index + find + page case, in pieces)', ms(percentile(reads, 50)));
      report('  of which locating mentions in text nodes', ms(percentile(locates, 50)));
      report('  of which rendering panel and badges', ms(percentile(renders, 50)));
    }

    // Heap: the same page in a browser with and without the extension.
    const withExt = await b.context.newPage();
    await withExt.goto(URL_.replace('https:', 'http:'), { waitUntil: 'load' });
    await withExt.waitForFunction(() => (window as unknown as { __dmTiming: { overlay: number } }).__dmTiming.overlay > 0);
    await withExt.waitForTimeout(500);
    const heapWith = await heapAfterGc(withExt);
    const server = await startPageServer();
    server.serve(URL_, html);
    const plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP *.uscourts.gov 127.0.0.1:${server.port}`],
    });
    const without = await plain.newPage();
    await without.goto(URL_.replace('https:', 'http:'), { waitUntil: 'load' });
    await without.waitForTimeout(500);
    const heapWithout = await heapAfterGc(without);
    await plain.close();
    await server.close();
    report('JS heap added by the extension on that page', `${((heapWith - heapWithout) / 1024 / 1024).toFixed(2)} MB (${(heapWith / 1048576).toFixed(1)} vs ${(heapWithout / 1048576).toFixed(1)} MB)`, '≤ 5 MB');
  } finally {
    await b.close();
  }
}
