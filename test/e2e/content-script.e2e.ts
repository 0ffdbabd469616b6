import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtensionBrowser, overlayElementCount, type ExtensionBrowser } from './harness';

const PACER_DOCKET = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?372150';
const COURTLISTENER_DOCKET = 'https://www.courtlistener.com/docket/60014811/aclu-v-ice/';
const OTHER_HOST = 'https://example.org/docket/1/';
const page = (title: string): string => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

describe('content script injection', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  const loadedFlag = (p: import('playwright-core').Page) =>
    p.evaluate(() => document.documentElement.getAttribute('data-docket-margin-loaded'));

  it('runs on a PACER docket URL', async () => {
    const p = await b.openPage(PACER_DOCKET, page('CAND docket'));
    await expect.poll(() => loadedFlag(p), { timeout: 10_000 }).toBe('1');
  });

  it('runs on a CourtListener docket URL', async () => {
    const p = await b.openPage(COURTLISTENER_DOCKET, page('CourtListener docket'));
    await expect.poll(() => loadedFlag(p), { timeout: 10_000 }).toBe('1');
  });

  it('does not run on another host', async () => {
    const p = await b.openPage(OTHER_HOST, page('Elsewhere'));
    // Give a content script every chance to run before asserting it did not.
    await p.waitForLoadState('load');
    await p.waitForTimeout(1000);
    expect(await loadedFlag(p)).toBeNull();
  });

  it('says nothing to the page: no window message when it starts', async () => {
    // WXT's content-script wrapper posts `wxt:content-script-started` to the window, where every
    // message handler of the page's own scripts receives it; ours must not.
    const heard = `<script>window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));</script>`;
    const p = await b.openPage(PACER_DOCKET, page('CAND docket').replace('</head>', `${heard}</head>`));
    await expect.poll(() => loadedFlag(p), { timeout: 10_000 }).toBe('1');
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  });

  it('each site loads only its own reader', async () => {
    const manifest = await b.inWorker(() => chrome.runtime.getManifest());
    const scripts = (manifest.content_scripts ?? []).map((c: { matches?: string[]; js?: string[] }) => ({ matches: c.matches, js: c.js }));
    expect(scripts).toEqual([
      { matches: ['*://*.uscourts.gov/*'], js: ['overlay-pacer.js'] },
      { matches: ['*://www.courtlistener.com/*'], js: ['overlay-courtlistener.js'] },
    ]);
    // Each site's page-type names are in its own bundle and not in the other's.
    const bundle = (name: string): string => readFileSync(resolve(EXTENSION_DIR, name), 'utf8');
    const pacer = bundle('overlay-pacer.js');
    const courtListener = bundle('overlay-courtlistener.js');
    expect(pacer).toContain('pacer/docket');
    expect(pacer).not.toContain('courtlistener/docket');
    expect(courtListener).toContain('courtlistener/docket');
    expect(courtListener).not.toContain('pacer/docket');
  });

  it('the manifest asks for no permission it does not use', async () => {
    const manifest = await b.inWorker(() => chrome.runtime.getManifest());
    // storage: the settings and sync areas; alarms: the badge's midnight recount and reminders.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'storage']);
    // notifications only when the user turns reminders on (asked for in that click).
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});

describe('content script after the extension goes away', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('an orphaned script takes its overlay off the page at the next change, and stops', async () => {
    const docket = `<!doctype html><html><body><h3>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA</h3><p>Smith v. Jones</p></body></html>`;
    const p = await b.openPage(PACER_DOCKET, docket);
    // The add control for the unsaved page case.
    await expect.poll(() => overlayElementCount(p, 'docket-margin-panel'), { timeout: 10_000 }).toBe(1);
    // Reloading the extension orphans the script in this tab (Chrome does not inject the new one
    // into open tabs): its runtime id is gone.
    await b.inWorker(() => chrome.runtime.reload()).catch(() => undefined);
    await p.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'A new docket entry' })));
    await expect.poll(() => p.evaluate(() => document.documentElement.getAttribute('data-docket-margin-loaded')), { timeout: 10_000 }).toBeNull();
    expect(await overlayElementCount(p, 'docket-margin-panel')).toBe(0);
    // Stopped: further changes bring nothing back.
    await p.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Case 3:08-cv-00159-WHA' })));
    await p.waitForTimeout(800);
    expect(await overlayElementCount(p, 'docket-margin-panel')).toBe(0);
  });
});
