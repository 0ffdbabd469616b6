/**
 * Zero network, in real Chromium: a full session of use (sync on, a PACER docket's case added from
 * the overlay, a note, a deadline and a release added in the popup, the case's CourtListener docket,
 * export, the calendar file and import on the options page) while every extension context is
 * watched, and the test fails on any request that is not the page itself.
 *
 * Three witnesses:
 * - playwright's request events for every page (docket pages with their content scripts, and the
 *   popup and options pages) and for the service worker (playwright attaches to it on its own);
 * - every CSP violation the extension pages report (their policy, `connect-src 'none'`, refuses a
 *   fetch before it becomes a request, so the attempt shows only there);
 * - the page server, to which every hostname resolves (`everyHost`): any request to any host that
 *   leaves the browser, from any context, since before the extension started, lands in its log
 *   (but for `*.google.com`, which Chromium calls on its own with no extension loaded: those
 *   resolve nowhere, and only the first two witnesses would see the extension call them).
 * Allowed: the docket documents the test opened, each page's favicon (fetched by the browser, not
 * the extension) and the extension pages loading their own packaged files. Then the test plants a
 * request in each kind of context and checks the same rules catch every one of them.
 */
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickOverlayButton,
  eventually,
  fixtureHtml,
  fixtures,
  launchExtensionBrowser,
  overlayTexts,
  reportingTabId,
  sendFromExtensionPage,
  type ExtensionBrowser,
} from './harness';
import { servedUrl } from './page-server';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

interface Seen {
  url: string;
  /** Where it came from: 'worker', 'extension page', 'web page'. */
  from: 'worker' | 'extension page' | 'web page';
  type: string;
  /** The document that made it (the page URL, or the worker's script). */
  by: string;
}

/** What a page loading itself may fetch: its document and its own packaged files, never a fetch/XHR/socket. */
const PAGE_LOAD_TYPES = new Set(['document', 'script', 'stylesheet', 'image', 'font']);

describe('zero network: every extension context through a full session of use', () => {
  const pacer = fixtures().find((f) => f.file === 'pacer/cand-docket.html')!;
  const courtListener = fixtures().find((f) => f.file === 'courtlistener/docket.html')!;
  let b: ExtensionBrowser;
  const seen: Seen[] = [];
  const violations: string[] = [];
  /** The served docket URLs the test opened: the only web documents allowed. */
  const opened = new Set<string>();
  const openedHosts = new Set<string>();
  let origin: string;

  /** Every request the rules refuse, one line each (what the test fails on). */
  const refused = (): string[] => {
    const bad: string[] = [];
    for (const r of seen) {
      if (r.from === 'worker') bad.push(`service worker requested ${r.url} (${r.type})`);
      else if (r.from === 'extension page' && !(r.url.startsWith(`${origin}/`) && PAGE_LOAD_TYPES.has(r.type)))
        bad.push(`${r.by} requested ${r.url} (${r.type})`);
      else if (r.from === 'web page' && !(r.type === 'document' && opened.has(servedUrl(r.url)))) bad.push(`${r.by} (page or content script) requested ${r.url} (${r.type})`);
    }
    for (const url of b.server.requests) {
      const allowed = opened.has(url) || (URL.canParse(url) && openedHosts.has(new URL(url).host) && new URL(url).pathname === '/favicon.ico');
      if (!allowed) bad.push(`the network received ${url}`);
    }
    for (const v of violations) bad.push(`CSP refused: ${v}`);
    return bad;
  };

  const open = async (url: string, html: string): Promise<Page> => {
    opened.add(servedUrl(url));
    openedHosts.add(new URL(url).host);
    return b.openPage(url, html);
  };

  beforeAll(async () => {
    b = await launchExtensionBrowser({ everyHost: true });
    origin = `chrome-extension://${b.extensionId}`;
    b.context.on('request', (r: Request) => {
      const worker = r.serviceWorker();
      if (worker) return void seen.push({ url: r.url(), from: 'worker', type: r.resourceType(), by: worker.url() });
      let by = '(unknown frame)';
      try {
        by = r.frame().url();
      } catch {
        // A navigation request before its frame exists: the page it opens says where it came from.
      }
      const onExtension = by.startsWith(`${origin}/`) || (r.isNavigationRequest() && r.url().startsWith(`${origin}/`));
      seen.push({ url: r.url(), from: onExtension ? 'extension page' : 'web page', type: r.resourceType(), by });
    });
    b.context.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(`${m.location().url || m.worker()?.url() || '?'}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a full session of use makes no request but the pages themselves', async () => {
    // Options: sync on (the replica writes storage.sync, which the browser's sync would carry).
    const options = await b.openOptions();
    await options.getByLabel('Sync across browser profiles').check();
    await options.getByText('On, not encrypted').waitFor({ timeout: 10_000 });

    // A PACER docket: add its case from the overlay.
    const docket = await open(pacer.url, fixtureHtml(pacer.file));
    await eventually(async () => /Add .*to Docket Margin/.test((await overlayTexts(docket)).join(' ')), 'the add control');
    await clickOverlayButton(docket, /Add .*to Docket Margin/);
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes('Notes'), 'the panel for the added case');

    // The popup for that tab: a note, a deadline and a release.
    const tabId = await reportingTabId(b, options, pacer.url);
    const popup = await b.openPopup(tabId);
    await popup.locator('#note-new').waitFor();
    await popup.locator('#note-new').fill('Zero-network session note');
    await popup.keyboard.press('Enter');
    await popup.getByText('Zero-network session note').waitFor();
    await popup.getByRole('button', { name: 'Add deadline' }).click();
    await popup.locator('#deadline-due').fill('2030-02-01');
    await popup.locator('#deadline-title').fill('Opposition due');
    await popup.locator('#deadline-title').press('Enter');
    await popup.getByText('Opposition due', { exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Add release' }).click();
    await popup.locator('#production-date').fill('2026-03-01');
    await popup.locator('#production-agency').fill('ICE');
    await popup.locator('#production-pagesReleased').fill('120');
    await popup.getByRole('button', { name: 'Add release' }).last().click();
    await eventually(async () => (await popup.textContent('body'))?.includes('Productions (1)'), 'the release in the popup');

    // The same case's CourtListener docket shows the note.
    const cl = await open(courtListener.url, fixtureHtml(courtListener.file));
    await eventually(async () => (await overlayTexts(cl)).join(' ').includes('Zero-network session note'), 'the note on CourtListener');

    // Export (a real download) and import a file on the options page.
    await options.reload();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^docket-margin-/);
    const [calendar] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Deadlines to calendar (.ics)' }).click()]);
    expect(calendar.suggestedFilename()).toMatch(/\.ics$/);
    const file = JSON.stringify({ format: 'docket-margin', version: 1, cases: [{ court: 'nyed', docketNumber: '1:22-cv-00010', notes: [{ text: 'imported' }] }] });
    await options.getByLabel('Import').setInputFiles({ name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Read 1 case: 2 new/);

    // Sync has written the replica.
    await eventually(async () => {
      const s = await sendFromExtensionPage<Ok<{ lastSyncAt: string | null }>>(options, { type: 'sync/status' });
      return s.ok && s.data.lastSyncAt !== null;
    }, 'a completed sync', 20_000);
    // Time for anything late (debounced writes, idle work) to show itself.
    await options.waitForTimeout(1500);

    // The watchers did watch: the extension pages' own files and both docket documents are there.
    expect(seen.some((r) => r.from === 'extension page' && r.url.startsWith(`${origin}/popup.html`))).toBe(true);
    expect(seen.filter((r) => r.from === 'web page' && r.type === 'document').map((r) => servedUrl(r.url))).toEqual([servedUrl(pacer.url), servedUrl(courtListener.url)]);
    expect(b.server.requests).toContain(servedUrl(pacer.url));
    expect(refused()).toEqual([]);
  });

  it('the same rules catch a request planted in each kind of context', async () => {
    const before = refused().length;
    expect(before).toBe(0);

    // A web page's own fetch (a content script's fetch goes out from the same frame).
    const docket = await open(pacer.url, fixtureHtml(pacer.file));
    await docket.evaluate(() => fetch('http://leak.example/from-page').catch(() => undefined));
    // The content script's own world: its isolated execution context, reached through CDP.
    const cdp: CDPSession = await b.context.newCDPSession(docket);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => void contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const isolated = await eventually(async () => contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated'), 'the content script’s world');
    await cdp.send('Runtime.evaluate', { expression: `fetch('http://leak.example/from-content-script').catch(() => 0)`, contextId: isolated.id, awaitPromise: true });
    await cdp.detach();
    // The service worker fetching (its own packaged file: the policy lets only that through).
    await b.inWorker(() => fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.status));
    // An extension page fetching out: refused by the policy, seen as a violation.
    const options = await b.openOptions();
    const outcome = await options.evaluate(() => fetch('http://leak.example/from-options').then(() => 'sent', () => 'refused'));
    expect(outcome).toBe('refused');
    // The service worker fetching out: refused by the policy too, and nothing reaches the network.
    expect(await b.inWorker(() => fetch('http://leak.example/from-worker').then(() => 'sent', () => 'refused'))).toBe('refused');

    const caught = await eventually(async () => {
      const r = refused();
      return ['from-page', 'from-content-script', 'manifest.json', 'from-options'].every((m) => r.some((line) => line.includes(m))) ? r : null;
    }, 'the planted requests among the refused ones');
    expect(caught.filter((l) => l.includes('leak.example/from-page'))).toEqual([
      expect.stringMatching(/^http:\/\/ecf\.cand\.uscourts\.gov\/.* \(page or content script\) requested http:\/\/leak\.example\/from-page \(fetch\)$/),
      'the network received http://leak.example/from-page',
    ]);
    expect(caught).toContain('the network received http://leak.example/from-content-script');
    expect(caught).toContainEqual(expect.stringMatching(/^service worker requested chrome-extension:\/\/.*\/manifest\.json \(fetch\)$/));
    expect(caught).toContainEqual(expect.stringMatching(/^CSP refused: .*leak\.example\/from-options.*connect-src 'none'/));
    expect(caught.join('\n')).not.toContain('from-worker');
  });

  it('the extension pages’ policy runs no string as code: eval, new Function and string timers are refused', async () => {
    const options = await b.openOptions();
    await options.getByRole('button', { name: 'Export', exact: true }).waitFor();
    // Through CDP with allowUnsafeEvalBlockedByCSP off: playwright's own evaluate is exempt from
    // the page's policy, as DevTools is, so it cannot tell.
    const cdp = await b.context.newCDPSession(options);
    const attempt = async (code: string): Promise<string> => {
      const expression = `(() => { try { ${code}; return 'ran'; } catch (e) { return e instanceof EvalError ? 'refused' : 'other: ' + e; } })()`;
      const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, allowUnsafeEvalBlockedByCSP: false })) as { result: { value: string } };
      return r.result.value;
    };
    expect(await attempt(`eval('1')`)).toBe('refused');
    expect(await attempt(`new Function('return 1')()`)).toBe('refused');
    // A string timer is dropped rather than thrown: it must not run.
    await attempt(`setTimeout("document.title = 'string timer ran'", 0)`);
    await options.waitForTimeout(200);
    expect(await options.title()).not.toBe('string timer ran');
    // The same expression allowed to eval does run: the check above can fail.
    const r = (await cdp.send('Runtime.evaluate', { expression: `eval('1 + 1')`, returnByValue: true })) as { result: { value: number } };
    expect(r.result.value).toBe(2);
    await cdp.detach();
  });
});
