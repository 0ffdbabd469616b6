/**
 * The store in a real browser: import a hand-written file on the options page, read the case back
 * from the service worker's IndexedDB and through the message layer, see a bad file rejected with
 * nothing changed, and export it again through a real download.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, sendFromExtensionPage, type ExtensionBrowser } from './harness';

const MINIMAL = {
  format: 'docket-margin',
  version: 1,
  cases: [
    {
      court: 'cand',
      docketNumber: '23-cv-04557',
      title: 'Doe v. ICE <b>not bold</b>',
      notes: [{ text: 'Vaughn index promised by Dec 1' }],
      deadlines: [{ due: '2026-12-01', time: '13:30', title: 'CMC', kind: 'hearing' }],
    },
  ],
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A/AA + best-practice violations on the page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the extension page's CSP forbids inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Every case record as stored, read with raw IndexedDB inside the service worker. */
function storedCases(b: ExtensionBrowser): Promise<{ docketNumber: string; title: string; key: string; deleted: boolean }[]> {
  return b.inWorker(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('docket-margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('cases').objectStore('cases').getAll();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('store: import and export on the options page', () => {
  let b: ExtensionBrowser;
  let options: Page;
  beforeAll(async () => {
    b = await launchExtensionBrowser();
    options = await b.openOptions();
    await options.getByRole('button', { name: 'Export', exact: true }).waitFor();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('imports a hand-written minimal file and the service worker holds the case', async () => {
    await importFile(options, 'minimal.json', JSON.stringify(MINIMAL));
    await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('status').textContent(), { timeout: 10_000 }).toBe('Read 1 case: 3 new, 0 merged, 0 duplicates skipped.');
    const cases = await storedCases(b);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ docketNumber: '23-cv-04557', title: 'Doe v. ICE <b>not bold</b>', key: 'cand|23|cv|4557', deleted: false });
    const listed = await sendFromExtensionPage<{ ok: boolean; data: { noteCount: number; nextDeadlines: { title: string }[] }[] }>(options, { type: 'case/list', query: 'vaughn' });
    expect(listed.ok).toBe(true);
    expect(listed.data[0]).toMatchObject({ noteCount: 1, nextDeadlines: [{ title: 'CMC' }] });
    // Every write is announced to open popups through storage.session (docket tabs get a notice naming no case).
    const signal = (await b.storageGet('session', 'dm:change'))['dm:change'] as { caseIds: string[] };
    expect(signal.caseIds).toEqual([cases[0] && (cases[0] as unknown as { id: string }).id]);
  });

  it('a second import of the same file adds nothing', async () => {
    await importFile(options, 'minimal-again.json', JSON.stringify(MINIMAL));
    await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('status').textContent(), { timeout: 10_000 }).toBe('Read 1 case: 0 new, 0 merged, 3 duplicates skipped.');
    expect(await storedCases(b)).toHaveLength(1);
  });

  it('a bad file is rejected whole with the field named, and nothing stored changes', async () => {
    const before = await storedCases(b);
    const bad = structuredClone(MINIMAL) as typeof MINIMAL & { cases: Record<string, unknown>[] };
    bad.cases.push({ court: 'cand', docketNumber: '3:23-cv-00001', productions: [{ date: '2026-01-01', pagesReleased: -5 }] });
    await importFile(options, 'bad.json', JSON.stringify(bad));
    await expect
      .poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('alert').textContent(), { timeout: 10_000 })
      .toBe('Nothing was imported: cases[1].productions[0].pagesReleased: page counts cannot be negative');
    expect(await storedCases(b)).toEqual(before);
    // Accessible with the error showing, in both colour schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options)).toEqual([]);
    }
  });

  it('Export downloads docket-margin-YYYY-MM-DD.json holding the imported case', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^docket-margin-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'docket-margin', version: 2 });
    expect(file.cases).toHaveLength(1);
    expect(file.cases[0]).toMatchObject({ court: 'cand', docketNumber: '23-cv-04557', title: 'Doe v. ICE <b>not bold</b>' });
    expect(file.cases[0].notes.map((n: { text: string }) => n.text)).toEqual(['Vaughn index promised by Dec 1']);
    expect(file.cases[0].deadlines[0]).toMatchObject({ due: '2026-12-01', time: '13:30', kind: 'hearing', done: false });
    await expect.poll(() => options.getByRole('region', { name: 'Your data' }).getByRole('status').textContent()).toBe(`Exported to ${download.suggestedFilename()}.`);
  });
});
