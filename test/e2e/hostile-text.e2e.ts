/**
 * Hostile text stays text, in real Chromium, everywhere the extension shows it: a docket page whose
 * case title is an HTML/script payload (printed as text by the page, read by the content script,
 * saved by clicking "Add"), and notes, deadline titles, production fields, tags and an import file
 * name carrying payloads, shown in the overlay, the popup and the options page. Each payload, if it
 * ever ran, would set `window.__dmPwned` in the document it ran in; the test checks the flag in the
 * page's own world and in the extension pages, that the payloads appear literally, and that no
 * element or handler they describe was created.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickOverlayButton,
  eventually,
  launchExtensionBrowser,
  overlayActiveContent,
  overlayTexts,
  reportingTabId,
  screenshot,
  sendFromExtensionPage,
  type ExtensionBrowser,
} from './harness';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

const flag = (where: string): string => `window.__dmPwned='${where}'`;
const IMG = (where: string): string => `<img src=x onerror="${flag(where)}">`;
const SCRIPT = (where: string): string => `<script>${flag(where)}</script>`;
const SVG = (where: string): string => `<svg onload="${flag(where)}"></svg>`;
const LINK = `<a href="javascript:${flag('link')}">click</a>`;

/** `text` escaped for the docket page's HTML: the court prints it as text, as CM/ECF would. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DOCKET_URL = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?990001';
// A title starts with a letter or digit (the reader skips other lines), so the payload follows a name.
const PAGE_TITLE = `Doe ${IMG('page title')} v. ${SCRIPT('page title')}`;
const docketHtml = `<!doctype html><html><head><title>${escapeHtml(IMG('document title'))}</title></head><body>
<h3>U.S. District Court<br>California Northern District (San Francisco)<br>CIVIL DOCKET FOR CASE #: 3:24-cv-09999-XYZ</h3>
<p>Case title: ${escapeHtml(PAGE_TITLE)}</p>
</body></html>`;

/** In the document's own world: did a payload run, and what elements would it have made? */
async function documentState(page: Page): Promise<{ pwned: unknown; active: string[] }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __dmPwned?: unknown }).__dmPwned,
    active: [...document.querySelectorAll('*')].flatMap((el) => {
      const out: string[] = [];
      // The popup's own production chart is an <svg> we draw (data-dm-chart, no handlers); any other counts.
      const ownChart = el.tagName.toLowerCase() === 'svg' && el.hasAttribute('data-dm-chart');
      if (/^(IMG|IFRAME|OBJECT|EMBED|SVG|VIDEO|AUDIO)$/i.test(el.tagName) && !ownChart) out.push(el.tagName);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src) out.push('inline SCRIPT');
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) out.push(`${el.tagName} ${a}`);
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) out.push(`${el.tagName} href=javascript:`);
      return out;
    }),
  }));
}

describe('hostile text stays inert in the overlay, the popup and the options page', () => {
  let b: ExtensionBrowser;
  let ext: Page;
  let caseId = '';
  const NOTE = `${IMG('note')}${SCRIPT('note')} Vaughn index due`;
  const DEADLINE = `${SVG('deadline')} reply`;
  const AGENCY = IMG('agency').slice(0, 80);
  const TAG = SCRIPT('tag').slice(0, 60);

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    ext = await b.openOptions();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a docket whose case title is a payload: the add control and, once added, the panel show it as text', async () => {
    const page = await b.openPage(DOCKET_URL, docketHtml);
    await eventually(async () => /Add .*to Docket Margin/.test((await overlayTexts(page)).join(' ')), 'the add control');
    await clickOverlayButton(page, /Add .*to Docket Margin/);
    const list = await eventually(async () => {
      const r = await sendFromExtensionPage<Ok<{ id: string; title: string; docketNumber: string }[]>>(ext, { type: 'case/list', query: '09999' });
      return r.ok && r.data.length ? r.data : null;
    }, 'the added case');
    // The title the content script read from the page is the payload, as text.
    expect(list[0]!.title).toBe(PAGE_TITLE);
    caseId = list[0]!.id;

    for (const request of [
      { type: 'note/put', note: { caseId, text: NOTE } },
      { type: 'deadline/put', deadline: { caseId, due: '2030-01-15', title: DEADLINE, kind: 'filing' } },
      { type: 'production/put', production: { caseId, date: '2026-03-01', agency: AGENCY, note: LINK, pagesReleased: 5 } },
      { type: 'case/update', caseId, fields: { tags: [TAG] } },
    ]) {
      const r = await sendFromExtensionPage<Ok<unknown>>(ext, request);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }

    const shown = await eventually(async () => {
      const t = (await overlayTexts(page)).join(' | ');
      return t.includes(NOTE) && t.includes(DEADLINE) ? t : null;
    }, 'the panel with the payloads as text');
    expect(shown).toContain(PAGE_TITLE);
    expect(await overlayActiveContent(page)).toEqual([]);
    // The page's own world: nothing ran, nothing was added (the page itself has no such element).
    expect(await documentState(page)).toEqual({ pwned: undefined, active: [] });
    await screenshot(page, 'hostile-text-overlay');
    // The check can fail: the same payload parsed as HTML in the page runs and is seen.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG('control'));
    await eventually(async () => (await documentState(page)).pwned === 'control', 'the control payload running');
    expect((await documentState(page)).active).toEqual(['IMG', 'IMG onerror']);
  });

  it('the popup shows every payload as text and creates nothing from them', async () => {
    const tabId = await reportingTabId(b, ext, DOCKET_URL);
    const popup = await b.openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.getByText(NOTE).waitFor();
    const body = (await popup.textContent('body')) ?? '';
    for (const text of [PAGE_TITLE, NOTE, DEADLINE, AGENCY]) expect(body).toContain(text);
    // Tags and the production note live in form fields: as their values, still text.
    const values = await popup.evaluate(() => [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value));
    expect(values.join(' | ')).toContain(TAG);
    await popup.getByRole('button', { name: /Edit/ }).last().click();
    const productionNote = await popup.locator('#production-note').inputValue();
    expect(productionNote).toBe(LINK);
    expect(await documentState(popup)).toEqual({ pwned: undefined, active: [] });
    await screenshot(popup, 'hostile-text-popup');
    // The check can fail: parsed as HTML here the payload makes its element, and the popup's CSP
    // (no inline script) still keeps its handler from running.
    await popup.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG('control'));
    await popup.waitForTimeout(300);
    expect(await documentState(popup)).toEqual({ pwned: undefined, active: ['IMG', 'IMG onerror'] });
  });

  it('the options page shows an import file’s hostile name and a hostile bad value as text', async () => {
    const options = await b.openOptions();
    const input = options.getByLabel('Import');
    const good = JSON.stringify({ format: 'docket-margin', version: 1, cases: [{ court: 'cand', docketNumber: '3:24-cv-09998', title: IMG('import title'), notes: [{ text: SCRIPT('import note') }] }] });
    await input.setInputFiles({ name: `${IMG('file name')}.json`, mimeType: 'application/json', buffer: Buffer.from(good) });
    const status = options.getByRole('region', { name: 'Your data' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^Read 1 case: 2 new/);
    // A rejected file whose bad value is a payload: the error names the field, as text.
    const bad = JSON.stringify({ format: 'docket-margin', version: 1, cases: [{ court: IMG('court'), docketNumber: SCRIPT('number') }] });
    await input.setInputFiles({ name: `${SCRIPT('bad file name')}.json`, mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = options.getByRole('region', { name: 'Your data' }).getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/^Nothing was imported: cases\[0\]\.court/);
    expect(await documentState(options)).toEqual({ pwned: undefined, active: [] });
    await screenshot(options, 'hostile-text-options');

    // And the imported payloads render as text on their docket too.
    const page = await b.openPage('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?990002', '<!doctype html><h3>CIVIL DOCKET FOR CASE #: 3:24-cv-09998-XYZ</h3>');
    await eventually(async () => (await overlayTexts(page)).join(' ').includes(SCRIPT('import note')), 'the imported note as text');
    expect(await overlayActiveContent(page)).toEqual([]);
    expect(await documentState(page)).toEqual({ pwned: undefined, active: [] });
  });
});
