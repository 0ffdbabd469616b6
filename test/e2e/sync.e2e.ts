/**
 * Sync in real Chromium with two profiles. Both turn sync on with the options page's checkbox and
 * each adds a note to the same case. Chromium runs with --disable-sync, so storage.sync stays
 * local to each profile: the test delivers one profile's storage.sync items into the other's, as
 * the browser's sync service would. Profile B's docket overlay then shows both notes; after the
 * same delivery back to A, A's export imported into a fresh profile shows both too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOverlayButton, eventually, fixtureHtml, fixtures, launchExtensionBrowser, overlayTexts, screenshot, sendFromExtensionPage, type ExtensionBrowser } from './harness';
import { startPageServer, type PageServer } from './page-server';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

function data<T>(r: Ok<T>): T {
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

/** Tick the options page's checkbox and wait until the section says sync is on. */
async function turnSyncOn(b: ExtensionBrowser): Promise<Page> {
  const options = await b.openOptions();
  const box = options.getByLabel('Sync across browser profiles');
  await box.waitFor();
  expect(await box.isChecked()).toBe(false);
  await box.check();
  await options.getByText('On, not encrypted').waitFor({ timeout: 10_000 });
  return options;
}

/** What the browser's sync service does: copy every storage.sync item of `from` into `to`. */
async function deliverSync(from: ExtensionBrowser, to: ExtensionBrowser): Promise<number> {
  const items = await from.storageGet('sync');
  await to.inWorker((all: Record<string, unknown>) => chrome.storage.sync.set(all), items);
  return Object.keys(items).length;
}

async function firstCaseId(page: Page): Promise<string> {
  const list = data(await sendFromExtensionPage<Ok<{ id: string }[]>>(page, { type: 'case/list', query: '' }));
  return list[0]!.id;
}

async function syncedCaseItems(b: ExtensionBrowser): Promise<Record<string, unknown>> {
  const all = await b.storageGet('sync');
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('c:')));
}

/** The docket overlay lists both notes (it shows the latest and folds the rest behind a button). */
async function bothNotesShown(page: Page, where: string): Promise<void> {
  await eventually(async () => (await overlayTexts(page)).join(' ').includes('Notes ( 2 )'), `two notes in ${where}`, 20_000);
  const text = (await overlayTexts(page)).join(' ');
  if (!(text.includes('Note written on profile A') && text.includes('Note written on profile B'))) await clickOverlayButton(page, /more note/);
  await eventually(async () => {
    const t = (await overlayTexts(page)).join(' ');
    return t.includes('Note written on profile A') && t.includes('Note written on profile B');
  }, `both notes' text in ${where}`);
}

describe('sync across two browser profiles', () => {
  const docket = fixtures().find((f) => f.file.startsWith('pacer/') && f.court === 'cand' && f.pageType.includes('docket') && f.primary);
  let server: PageServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let c: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await startPageServer();
    a = await launchExtensionBrowser({ server });
    b = await launchExtensionBrowser({ server });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), c?.close()]);
    await server?.close();
  });

  it('merges both profiles’ notes on the same case, shows them on B’s docket, and carries them through an export', async () => {
    expect(docket, 'a cand docket fixture in test/fixtures/index.json').toBeTruthy();
    const f = docket!;
    const optionsA = await turnSyncOn(a);
    const optionsB = await turnSyncOn(b);

    // Each profile saves the same case (same identity → same id) and adds its own note.
    const caseA = data(await sendFromExtensionPage<Ok<{ id: string }>>(optionsA, { type: 'case/create', court: f.court, docketNumber: f.primary, title: 'Sync FOIA case' }));
    const caseB = data(await sendFromExtensionPage<Ok<{ id: string }>>(optionsB, { type: 'case/create', court: f.court, docketNumber: f.primary }));
    expect(caseB.id).toBe(caseA.id);
    data(await sendFromExtensionPage(optionsA, { type: 'note/put', note: { caseId: caseA.id, text: 'Note written on profile A' } }));
    data(await sendFromExtensionPage(optionsB, { type: 'note/put', note: { caseId: caseB.id, text: 'Note written on profile B' } }));

    // Both replicas write their case item (after the debounce).
    await eventually(async () => Object.keys(await syncedCaseItems(a)).length > 0 && Object.keys(await syncedCaseItems(b)).length > 0, 'both profiles writing storage.sync', 20_000);
    const before = JSON.stringify(await syncedCaseItems(b));
    expect(before).toContain('Note written on profile B');

    // The browser delivers A's items to B (overwriting B's own item for the same case).
    expect(await deliverSync(a, b)).toBeGreaterThan(0);
    const page = await b.openPage(f.url, fixtureHtml(f.file));
    await bothNotesShown(page, 'B’s overlay');
    await screenshot(page, 'sync-two-profiles-overlay');

    // B saw its item overwritten by A's, which lacked B's note: it writes the merge back.
    await eventually(async () => JSON.stringify(await syncedCaseItems(b)).includes('Note written on profile B') && JSON.stringify(await syncedCaseItems(b)).includes('Note written on profile A'), 'B rewriting the merged case item', 20_000);
    const statusB = data(await sendFromExtensionPage<Ok<{ enabled: boolean; lastSyncAt: string | null; itemsUsed: number; localOnlyCases: unknown[] }>>(optionsB, { type: 'sync/status' }));
    expect(statusB).toMatchObject({ enabled: true, localOnlyCases: [] });
    expect(statusB.lastSyncAt).not.toBeNull();
    expect(statusB.itemsUsed).toBeGreaterThan(0);

    // The browser delivers B's merge back to A; then A's export goes to a fresh profile.
    await deliverSync(b, a);
    await eventually(async () => {
      const bundle = data(await sendFromExtensionPage<Ok<{ notes: { text: string; deleted: boolean }[] }>>(optionsA, { type: 'case/get', caseId: caseA.id }));
      return bundle.notes.filter((n) => !n.deleted).length === 2;
    }, 'A holding both notes', 20_000);
    const exported = data(await sendFromExtensionPage<Ok<{ filename: string; text: string }>>(optionsA, { type: 'data/export' }));
    expect(exported.text).toContain('Note written on profile B');

    c = await launchExtensionBrowser({ server });
    const optionsC = await c.openOptions();
    const imported = data(await sendFromExtensionPage<Ok<{ message: string }>>(optionsC, { type: 'data/import', text: exported.text }));
    expect(imported.message).toMatch(/new/);
    const pageC = await c.openPage(f.url, fixtureHtml(f.file));
    await bothNotesShown(pageC, 'the fresh profile’s overlay');
    // The fresh profile never turned sync on: nothing in its storage.sync.
    expect(await c.storageGet('sync')).toEqual({});
  });

  it('a profile without the passphrase cannot read encrypted items and changes nothing', async () => {
    // A switches to encrypted sync with a passphrase; B (plain) receives the encrypted items.
    const optionsA = await a.openOptions();
    await optionsA.getByLabel('Sync across browser profiles').uncheck();
    await optionsA.getByText('Off', { exact: true }).waitFor();
    await optionsA.getByLabel(/Passphrase/).fill('correct horse battery staple');
    await optionsA.getByLabel('Sync across browser profiles').check();
    await optionsA.getByText('On, encrypted').waitFor({ timeout: 20_000 });
    await eventually(async () => {
      const all = await a.storageGet('sync');
      const text = JSON.stringify(all);
      return 'meta' in all && !text.includes('Note written') && !text.includes('21-cv') && Object.keys(all).some((k) => k.startsWith('c:'));
    }, 'A’s storage.sync holding only ciphertext', 20_000);

    const localBefore = data(await sendFromExtensionPage<Ok<{ text: string }>>(await b.openOptions(), { type: 'data/export' }));
    await deliverSync(a, b);
    const optionsB = await b.openOptions();
    await optionsB.getByRole('alert').filter({ hasText: 'Can’t read synced data — enter the passphrase' }).waitFor({ timeout: 20_000 });
    // Locked: B neither reads (its database is unchanged) nor writes (its sync copy stays put).
    const syncBefore = JSON.stringify(await b.storageGet('sync'));
    data(await sendFromExtensionPage(optionsB, { type: 'note/put', note: { caseId: await firstCaseId(optionsB), text: 'Written while locked' } }));
    await new Promise((r) => setTimeout(r, 4_000));
    expect(JSON.stringify(await b.storageGet('sync'))).toBe(syncBefore);
    const localAfter = data(await sendFromExtensionPage<Ok<{ text: string }>>(optionsB, { type: 'data/export' }));
    const notesOf = (t: string): string[] => (JSON.parse(t) as { cases: { notes: { text: string }[] }[] }).cases.flatMap((x) => x.notes.map((n) => n.text)).sort();
    expect(notesOf(localAfter.text)).toEqual([...notesOf(localBefore.text), 'Written while locked'].sort());
    await screenshot(optionsB, 'sync-locked-options');

    // With the passphrase, B unlocks.
    await optionsB.getByLabel(/Passphrase/).fill('correct horse battery staple');
    await optionsB.getByRole('button', { name: 'Unlock' }).click();
    await optionsB.getByText('On, encrypted').waitFor({ timeout: 20_000 });
  });
});
