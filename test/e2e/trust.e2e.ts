/**
 * Content scripts are the least trusted part, checked from a real content-script context: code run
 * in our content script's isolated world of a real docket page (through CDP, isolated-world.ts)
 * asks the background for what a compromised court page would want, and reads the storage areas.
 * Sync is on without a passphrase, so storage.sync holds every note in plain text: the worst case.
 * (storage.local holds nothing any more; its former contents live in the extension's IndexedDB.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOverlayButton, eventually, fixtureHtml, fixtures, launchExtensionBrowser, overlayTexts, profileStoreGet, sendFromExtensionPage, type ExtensionBrowser } from './harness';
import { contentScriptWorld, type IsolatedWorld } from './isolated-world';

type Answer = { ok: true; data: unknown } | { ok: false; error: string };

const SECRET = 'PRIVILEGED: settlement floor is $2M';
const PAGE_NOTE = 'Agency owes the next release on the 15th.';
const SECRET_CASE = { court: 'nysd', docketNumber: '1:22-cv-10101', title: 'Sealed matter' };

describe('what a content script can reach', () => {
  let b: ExtensionBrowser;
  let ext: Page;
  let docket: Page;
  let world: IsolatedWorld;
  let secretId = '';
  let pageCaseId = '';
  const f = fixtures().find((x) => x.file === 'pacer/cand-docket.html')!;

  /** Send a request as the content script does, from its own world. */
  const ask = async (request: unknown): Promise<Answer> => {
    const r = await world.run((req) => chrome.runtime.sendMessage(req) as Promise<Answer>, request);
    if ('threw' in r) throw new Error(r.threw);
    return r.value;
  };

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    ext = await b.openOptions();
    const file = {
      format: 'docket-margin',
      version: 1,
      cases: [
        { court: f.court, docketNumber: f.primary, title: 'The page’s own case', notes: [{ text: PAGE_NOTE }] },
        { ...SECRET_CASE, notes: [{ text: SECRET }], deadlines: [{ due: '2027-03-01', title: 'Reply brief' }] },
      ],
    };
    const imported = await sendFromExtensionPage<Answer>(ext, { type: 'data/import', text: JSON.stringify(file) });
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    const enabled = await sendFromExtensionPage<Answer>(ext, { type: 'sync/enable', enabled: true });
    expect(enabled.ok, JSON.stringify(enabled)).toBe(true);
    const list = await sendFromExtensionPage<{ ok: true; data: { id: string; court: string }[] }>(ext, { type: 'case/list' });
    secretId = list.data.find((c) => c.court === 'nysd')!.id;
    pageCaseId = list.data.find((c) => c.court === 'cand')!.id;
    // Not vacuous: the areas hold what a page would want (the settings; every note, unencrypted).
    await eventually(async () => JSON.stringify(await b.storageGet('sync')).includes(SECRET), 'the secret note in storage.sync', 20_000);
    // storage.local holds nothing at all now: the settings live in the extension's IndexedDB.
    expect(await b.storageGet('local')).toEqual({});

    docket = await b.openPage(f.url, fixtureHtml(f.file));
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes(PAGE_NOTE), 'the page case’s panel');
    world = await contentScriptWorld(docket, b.extensionId);
  });
  afterAll(async () => {
    await world?.detach();
    await b?.close();
  });

  it('reaches the background for what the overlay needs: its own page case, in full', async () => {
    const report = {
      url: f.url,
      court: 'cand',
      pageType: 'pacer/docket',
      title: null,
      primary: { text: '4:21-cv-02632', key: 'cand|21|cv|2632', office: '4', year: '21', type: 'cv', serial: '2632', judges: [], defendant: null, kind: 'district' },
      mentions: [],
    };
    const answer = await ask({ type: 'page/report', report });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expect(JSON.stringify(answer)).toContain(PAGE_NOTE);
  });

  it('is refused everything else, each with a clear error', async () => {
    const refused: [unknown, RegExp][] = [
      [{ type: 'data/export' }, /does not answer "data\/export" to a script in a web page/],
      [{ type: 'data/import', text: '{}' }, /does not answer "data\/import"/],
      [{ type: 'case/list' }, /does not answer "case\/list"/],
      [{ type: 'case/count' }, /does not answer "case\/count"/],
      [{ type: 'case/get', caseId: secretId }, /does not answer "case\/get"/],
      [{ type: 'page/get', tabId: 1 }, /does not answer "page\/get"/],
      [{ type: 'settings/get' }, /does not answer "settings\/get"/],
      [{ type: 'settings/set', settings: { sync: { enabled: false } } }, /does not answer "settings\/set"/],
      [{ type: 'sync/status' }, /does not answer "sync\/status"/],
      [{ type: 'sync/enable', enabled: false }, /does not answer "sync\/enable"/],
      [{ type: 'note/put', note: { caseId: secretId, text: 'planted by the page' } }, /does not answer "note\/put"/],
      [{ type: 'case/delete', caseId: secretId }, /does not answer "case\/delete"/],
      [{ type: 'case/create', court: 'nysd', docketNumber: '1:24-cv-00001' }, /may add only a case of the court the page belongs to, not "nysd"/],
      [{ type: 'view/collapse', caseId: secretId, collapsed: true }, /may change only the page’s own case/],
    ];
    for (const [request, error] of refused) {
      const answer = await ask(request);
      expect(answer.ok, JSON.stringify(request)).toBe(false);
      expect(answer.ok ? '' : answer.error, JSON.stringify(request)).toMatch(error);
    }
    // Nothing changed: the secret case still has its one note, no nysd case was added, sync is on.
    const bundle = await sendFromExtensionPage<{ ok: true; data: { notes: { text: string }[] } }>(ext, { type: 'case/get', caseId: secretId });
    expect(bundle.data.notes.map((n) => n.text)).toEqual([SECRET]);
    const count = await sendFromExtensionPage<{ ok: true; data: number }>(ext, { type: 'case/count' });
    expect(count.data).toBe(2);
    expect(await sendFromExtensionPage(ext, { type: 'sync/status' })).toMatchObject({ ok: true, data: { enabled: true } });
  });

  it('a forged report reads no note text of another case: a mention gets the badge’s facts, a page case of another court nothing', async () => {
    const secretNumber = { text: '1:22-cv-10101', key: 'nysd|22|cv|10101', office: '1', year: '22', type: 'cv', serial: '10101', judges: [], defendant: null, kind: 'district' };
    const asMention = await ask({ type: 'page/report', report: { url: f.url, court: 'cand', pageType: 'pacer/docket', title: null, primary: null, mentions: [{ ...secretNumber, court: 'nysd' }] } });
    expect(asMention.ok).toBe(true);
    const text = JSON.stringify(asMention);
    expect(text).toContain('Reply brief'); // what its badge shows
    expect(text).not.toContain(SECRET);
    const asPrimary = await ask({ type: 'page/report', report: { url: 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?1', court: 'nysd', pageType: 'pacer/docket', title: null, primary: secretNumber, mentions: [] } });
    expect(asPrimary).toMatchObject({ ok: true, data: { primary: null } });
    expect(JSON.stringify(asPrimary)).not.toContain(SECRET);
  });

  it('cannot read storage.local, storage.sync or storage.session, nor the extension’s IndexedDB', async () => {
    const read = async (area: 'local' | 'sync' | 'session'): Promise<unknown> => {
      const r = await world.run(async (a) => {
        const storage = chrome.storage as unknown as Record<string, { get(k: null): Promise<Record<string, unknown>> } | undefined>;
        const s = storage[a];
        if (!s) return 'no such area';
        return s.get(null);
      }, area);
      return 'threw' in r ? `threw: ${r.threw}` : r.value;
    };
    for (const area of ['local', 'sync', 'session'] as const) {
      const got = await read(area);
      // Refused (Chrome 140+ with TRUSTED_CONTEXTS), absent, or empty: never the data.
      expect(typeof got === 'string' || (typeof got === 'object' && got !== null && Object.keys(got).length === 0), `${area}: ${JSON.stringify(got)}`).toBe(true);
      expect(JSON.stringify(got)).not.toContain(SECRET);
      console.log(`content script storage.${area}.get(null): ${JSON.stringify(got).slice(0, 160)}`);
    }
    const dbs = await world.run(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs).toEqual({ value: [] });
  });

  it('the page’s own scripts cannot message the extension at all', async () => {
    expect(await docket.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('the overlay still works without storage: collapsing persists across a reload, a popup edit re-renders the open panel', async () => {
    // A fresh page, whose own report (not the forged ones above) is the tab's last.
    await docket.reload({ waitUntil: 'domcontentloaded' });
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes('Hide Docket Margin details'), 'the open panel');
    await clickOverlayButton(docket, /^Hide/);
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes('Show Docket Margin details'), 'the collapsed panel');
    await docket.reload({ waitUntil: 'domcontentloaded' });
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes('Show Docket Margin details'), 'still collapsed after reload');
    await clickOverlayButton(docket, /^Show/);
    const put = await sendFromExtensionPage<Answer>(ext, { type: 'note/put', note: { caseId: pageCaseId, text: 'Edited in the popup' } });
    expect(put.ok).toBe(true);
    await eventually(async () => (await overlayTexts(docket)).join(' ').includes('Edited in the popup'), 'the edit in the open overlay');
  });

  it('with a passphrase, the key is a non-extractable CryptoKey in the extension’s IndexedDB; storage.local holds nothing', async () => {
    const on = await sendFromExtensionPage<Answer>(ext, { type: 'sync/enable', enabled: true, passphrase: 'correct horse battery staple' });
    expect(on).toMatchObject({ ok: true, data: { enabled: true, encrypted: true } });
    expect(await b.storageGet('local')).toEqual({});
    const key = (await profileStoreGet<{ key: unknown }>(b, 'sync-state')).key;
    expect(key).toEqual({
      aes: { type: 'CryptoKey', extractable: false, algorithm: 'AES-GCM' },
      names: { type: 'CryptoKey', extractable: false, algorithm: 'HMAC' },
    });
    // The synced data is ciphertext now.
    await eventually(async () => !JSON.stringify(await b.storageGet('sync')).includes(SECRET), 'storage.sync without the note’s text', 20_000);
  });
});
