/**
 * Smoke test in real Firefox (Debian's firefox-esr) with the built Firefox add-on: import a file on
 * the options page through its file input, see the overlay on a PACER docket (served under its real
 * hostname) name the imported case with its note, see the add control on a CourtListener docket
 * for a case not saved, and open the popup for the docket's tab on that case. Screenshots of each
 * step go to test-output/firefox/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/harness';
import { fixtureHtml, fixtures } from '../fixture-index';
import { launchFirefox, overlayTexts, screenshot, type FirefoxWithExtension } from './harness';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

const all = fixtures();
const pacerDocket = all.find((f) => f.file === 'pacer/cand-docket.html')!;
const courtListenerDocket = all.find((f) => f.file === 'courtlistener/docket.html')!;
const unsavedDocket = all.find((f) => f.file === 'pacer/deb-bankruptcy-docket.html')!;

const NOTE = 'Firefox smoke: agency owes the Vaughn index';
const IMPORT = {
  format: 'docket-margin',
  version: 1,
  cases: [
    {
      court: pacerDocket.court,
      docketNumber: pacerDocket.primary,
      title: 'Firefox smoke FOIA case',
      notes: [{ text: NOTE }],
      deadlines: [{ due: '2030-03-01', title: 'Reply brief', kind: 'filing' }],
    },
  ],
};

/**
 * The tab id of the page whose content script reported `url`: without the `tabs` permission the
 * extension sees tab ids but not URLs, so ask the background for each tab's report.
 */
async function reportingTabId(ff: FirefoxWithExtension, ext: Page, url: string): Promise<number> {
  return eventually(async () => {
    const ids = await ext.evaluate(async () => {
      const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser;
      return (await b.tabs.query({})).map((t) => t.id ?? -1);
    });
    for (const tabId of ids) {
      if (tabId < 0) continue;
      const r = await ff.sendFrom<Ok<{ report: { url: string; primary: unknown } | null }>>(ext, { type: 'page/get', tabId });
      if (r.ok && r.data.report?.url === url && r.data.report.primary) return tabId;
    }
    return null;
  }, `the content script's report for ${url}`);
}

describe('real Firefox: the add-on installed temporarily', () => {
  let ff: FirefoxWithExtension;
  let options: Page;
  let workDir: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'dm-firefox-'));
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('imports a file chosen in the options page’s file input', async () => {
    options = await ff.openExtensionPage('options.html', 'Export');
    const file = join(workDir, 'firefox-smoke.json');
    writeFileSync(file, JSON.stringify(IMPORT));
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement> | null;
    expect(input, 'the options page’s Import file input').not.toBeNull();
    await input!.uploadFile(file);
    const status = await eventually(async () => {
      const t = await options.evaluate(() => document.querySelector('[role="status"], [role="alert"]')?.textContent ?? '');
      return t.startsWith('Importing') ? null : t;
    }, 'the import’s outcome');
    expect(status).toBe('Read 1 case: 3 new, 0 merged, 0 duplicates skipped.');
    await screenshot(options, 'options-after-import');
    const listed = await ff.sendFrom<Ok<{ docketNumber: string; noteCount: number }[]>>(options, { type: 'case/list', query: 'firefox smoke' });
    expect(listed).toEqual({ ok: true, data: [expect.objectContaining({ docketNumber: pacerDocket.primary, noteCount: 1 })] });
  });

  it('the overlay on a PACER docket under its real hostname names the imported case and shows its note', async () => {
    expect(new URL(pacerDocket.url).host).toBe('ecf.cand.uscourts.gov');
    const docket = await ff.openPage(pacerDocket.url, fixtureHtml(pacerDocket.file));
    const text = await eventually(async () => {
      const t = (await overlayTexts(ff.browser, docket)).join(' | ');
      return t.includes(NOTE) ? t : null;
    }, 'the panel with the imported note');
    expect(text).toContain(pacerDocket.primary);
    expect(text).toContain('Firefox smoke FOIA case');
    expect(text).toContain('Reply brief');
    await screenshot(docket, 'pacer-docket-overlay');
  });

  it('a CourtListener docket of the same case shows the same note; a docket not saved offers to add its case', async () => {
    const cl = await ff.openPage(courtListenerDocket.url, fixtureHtml(courtListenerDocket.file));
    await eventually(async () => (await overlayTexts(ff.browser, cl)).join(' ').includes(NOTE), 'the note on the CourtListener docket');
    await screenshot(cl, 'courtlistener-docket-overlay');

    const other = await ff.openPage(unsavedDocket.url, fixtureHtml(unsavedDocket.file));
    const text = await eventually(async () => {
      const t = (await overlayTexts(ff.browser, other)).join(' | ');
      return /Add .*to Docket Margin/.test(t) ? t : null;
    }, 'the add control');
    expect(text).toContain(unsavedDocket.primary);
    expect(text).not.toContain(NOTE);
    await screenshot(other, 'unsaved-docket-add-control');
  });

  it('the popup for the docket’s tab opens on that case with its note and deadline', async () => {
    const tabId = await reportingTabId(ff, options, pacerDocket.url);
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`, NOTE);
    await ff.setViewport(popup, 400, 600);
    const shown = await popup.evaluate(() => ({
      heading: document.getElementById('case-heading')?.textContent ?? '',
      body: document.body.innerText,
    }));
    expect(shown.heading).toContain(pacerDocket.primary);
    expect(shown.body).toContain('Firefox smoke FOIA case');
    expect(shown.body).toContain('Reply brief');
    await screenshot(popup, 'popup-on-docket-case');
  });
});
