import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';

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

  it('the manifest asks for no permission it does not use', async () => {
    const manifest = await b.inWorker(() => chrome.runtime.getManifest());
    expect(manifest.permissions ?? []).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});
