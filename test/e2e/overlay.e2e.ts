/**
 * The overlay in real Chromium: panel for the page's saved case, badges for other saved cases,
 * the add control for an unsaved case, live updates after an edit, and hostile note text shown as
 * text. On real corpus pages (district, bankruptcy, appellate) when ../shared/corpus is there, and
 * on the project's own fixtures (PACER-shaped and hand-built CourtListener pages) always.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, CORPUS_SKIP_MESSAGE } from '../corpus';
import {
  clickOverlayButton,
  eventually,
  fixtureHtml,
  fixtures,
  launchExtensionBrowser,
  overlayAttributes,
  overlayElementCount,
  overlayTexts,
  screenshot,
  sendFromExtensionPage,
  type ExtensionBrowser,
} from './harness';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

interface CorpusEntry {
  file: string;
  court_id: string | null;
  page_type: string;
  docket_number: string | null;
  case_name: string | null;
  serve_as_url: string | null;
}

const corpus = corpusDir();
const corpusEntries: CorpusEntry[] = corpus
  ? (JSON.parse(readFileSync(resolve(corpus, 'pacer/index.json'), 'utf8')) as CorpusEntry[])
  : [];

function importFile(cases: unknown[]): string {
  return JSON.stringify({ format: 'docket-margin', version: 1, exportedAt: new Date().toISOString(), cases });
}

async function overlayText(page: Page): Promise<string> {
  return (await overlayTexts(page)).join(' | ');
}

describe('overlay on docket pages', () => {
  let b: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    ext = await b.openOptions();
  });
  afterAll(async () => {
    await b?.close();
  });

  const importCases = async (cases: unknown[]): Promise<void> => {
    const r = await sendFromExtensionPage<Ok<unknown>>(ext, { type: 'data/import', text: importFile(cases) });
    expect(r.ok, JSON.stringify(r)).toBe(true);
  };

  describe('on the project’s own fixture pages', () => {
    const all = fixtures();
    const pacerDocket = all.find((f) => f.file.startsWith('pacer/') && f.court === 'cand' && f.primary);
    const courtListenerDocket = all.find((f) => f.file.startsWith('courtlistener/') && f.pageType.includes('docket') && f.primary);
    const notADocket = all.find((f) => f.file.startsWith('pacer/') && f.primary === null);

    it('shows the panel with notes, deadlines and production totals for a saved case', async () => {
      expect(pacerDocket, 'a cand docket fixture in test/fixtures/index.json').toBeTruthy();
      const f = pacerDocket!;
      await importCases([
        {
          court: f.court,
          docketNumber: f.primary,
          title: 'Fixture FOIA case',
          tags: ['FOIA'],
          notes: [{ text: 'Agency promised 500 pages a month.', createdAt: '2026-11-01T10:00:00.000Z' }],
          deadlines: [{ due: '2020-01-12', title: 'Joint Status Report', kind: 'filing', done: false }],
          productions: [
            { date: '2026-09-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10 },
            { date: '2026-10-13', agency: 'ICE', component: 'ERO', pagesReviewed: 186, pagesReleased: 40, pagesReleasedInPart: 6, pagesWithheldInFull: 5 },
          ],
        },
      ]);
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      const text = await eventually(async () => {
        const t = await overlayText(page);
        return t.includes('Fixture FOIA case') ? t : null;
      }, 'the panel for the saved case');
      expect(text).toContain('Agency promised 500 pages a month.');
      expect(text).toContain('Joint Status Report');
      expect(text).toContain('160'); // 120 + 40 pages released in full
      expect(text).toMatch(/2 releases|releases: 2|2 release/i);
      await screenshot(page, 'overlay-fixture-pacer-docket');
    });

    it('updates live when a note is added elsewhere, without reload', async () => {
      const f = pacerDocket!;
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      await eventually(async () => (await overlayText(page)).includes('Fixture FOIA case'), 'panel');
      const list = await sendFromExtensionPage<Ok<{ id: string; docketNumber: string }[]>>(ext, { type: 'case/list', query: 'Fixture FOIA' });
      expect(list.ok).toBe(true);
      const caseId = list.ok ? list.data[0]!.id : '';
      const r = await sendFromExtensionPage<Ok<unknown>>(ext, { type: 'note/put', note: { caseId, text: 'Live note from elsewhere' } });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      await eventually(async () => (await overlayText(page)).includes('Live note from elsewhere'), 'the new note in the overlay');
    });

    it('collapses on Hide and stays collapsed on the next visit', async () => {
      const f = pacerDocket!;
      // Idempotent: the same case and note are not added twice when an earlier test imported them.
      await importCases([{ court: f.court, docketNumber: f.primary, title: 'Fixture FOIA case', tags: ['FOIA'], notes: [{ text: 'Agency promised 500 pages a month.', createdAt: '2026-11-01T10:00:00.000Z' }], deadlines: [], productions: [] }]);
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      await eventually(async () => (await overlayText(page)).includes('Hide Docket Margin details'), 'the open panel');
      await clickOverlayButton(page, /^Hide/);
      await eventually(async () => (await overlayText(page)).includes('Show Docket Margin details'), 'the collapsed panel');
      const again = await b.openPage(f.url, fixtureHtml(f.file));
      const text = await eventually(async () => {
        const t = await overlayText(again);
        return t.includes('Fixture FOIA case') ? t : null;
      }, 'the panel on the next visit');
      expect(text).toContain('Show Docket Margin details');
      await clickOverlayButton(again, /^Show/);
      await eventually(async () => (await overlayText(again)).includes('Hide Docket Margin details'), 'the panel open again');
    });

    it('renders hostile note text as text and runs nothing', async () => {
      const f = pacerDocket!;
      const list = await sendFromExtensionPage<Ok<{ id: string }[]>>(ext, { type: 'case/list', query: 'Fixture FOIA' });
      const caseId = list.ok ? list.data[0]!.id : '';
      const hostile = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
      await sendFromExtensionPage(ext, { type: 'note/put', note: { caseId, text: hostile } });
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      await eventually(async () => (await overlayText(page)).includes('<img src=x'), 'the hostile note shown literally');
      expect(await overlayText(page)).toContain('<script>document.title="pwned"</script>');
      expect(await overlayElementCount(page, 'IMG')).toBe(0);
      expect(await overlayElementCount(page, 'SCRIPT')).toBe(0);
      expect(await page.title()).not.toBe('pwned');
    });

    it('offers "Add to Docket Margin" for an unsaved page case, and adding shows the panel', async () => {
      const other = all.find((x) => x.primary && x.file.startsWith('pacer/') && x !== pacerDocket && x.court);
      expect(other, 'a second PACER fixture with a case').toBeTruthy();
      const page = await b.openPage(other!.url, fixtureHtml(other!.file));
      await eventually(async () => (await overlayText(page)).includes('Add to Docket Margin'), 'the add control');
      await screenshot(page, 'overlay-fixture-add-control');
      await clickOverlayButton(page, 'Add to Docket Margin');
      await eventually(async () => {
        const t = await overlayText(page);
        return !t.includes('Add to Docket Margin') && t.length > 0;
      }, 'the panel after adding');
      const list = await sendFromExtensionPage<Ok<{ court: string; docketNumber: string }[]>>(ext, { type: 'case/list', query: '' });
      expect(list.ok && list.data.some((c) => c.court === other!.court)).toBe(true);
    });

    it('puts focusable, labelled badges on other saved cases the page mentions', async () => {
      const f = pacerDocket!;
      const entry = all.find((x) => x === f) as unknown as { mentions?: string[] };
      const mention = (entry.mentions ?? []).find((m) => m !== f.primary);
      expect(mention, 'the cand docket fixture mentions another case').toBeTruthy();
      await importCases([{ court: f.court, docketNumber: mention, title: 'Related case', tags: [], notes: [{ text: 'related', createdAt: '2026-11-01T10:00:00.000Z' }], deadlines: [], productions: [] }]);
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      const labels = await eventually(async () => {
        const l = await overlayAttributes(page, 'aria-label');
        return l.some((x) => /Docket Margin/i.test(x)) ? l : null;
      }, 'a badge with an aria-label');
      expect(labels.join(' ')).toMatch(/Docket Margin/);
      const tabbable = await overlayAttributes(page, 'tabindex');
      const buttons = await overlayElementCount(page, 'BUTTON');
      expect(tabbable.length + buttons).toBeGreaterThan(0);
    });

    it('badges a saved appeal cited as the second number of a list, in its own court', async () => {
      const f = pacerDocket!;
      const entry = f as unknown as { mentions?: string[]; courts?: Record<string, string | null> };
      // "Consolidated appeal Nos. 24-1234 and 24-1301" on the district docket: the second is the Ninth Circuit's.
      expect(entry.mentions?.[2]).toBe('24-1301');
      expect(entry.courts?.['24-1301']).toBe('ca9');
      await importCases([{ court: 'ca9', docketNumber: '24-1301', title: 'Cross-appeal cited second', tags: [], notes: [{ text: 'cross-appeal', createdAt: new Date().toISOString() }], deadlines: [], productions: [] }]);
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      await eventually(async () => (await overlayText(page)).includes('Cross-appeal cited second'), 'a badge for the appeal listed second');
      await screenshot(page, 'overlay-fixture-list-badge');
    });

    it('shows the panel on a hand-built CourtListener docket page', async () => {
      expect(courtListenerDocket, 'a CourtListener docket fixture').toBeTruthy();
      const f = courtListenerDocket!;
      await importCases([{ court: f.court, docketNumber: f.primary, title: 'CourtListener case', tags: [], notes: [{ text: 'seen on CourtListener', createdAt: new Date().toISOString() }], deadlines: [], productions: [] }]);
      const page = await b.openPage(f.url, fixtureHtml(f.file));
      // The same case identity as the PACER fixture: one case, whichever site shows it.
      const text = await eventually(async () => {
        const t = await overlayText(page);
        return t.includes('seen on CourtListener') ? t : null;
      }, 'the panel on CourtListener');
      expect(text).toContain('Fixture FOIA case');
      await screenshot(page, 'overlay-fixture-courtlistener-docket');
    });

    it('badges saved cases among CourtListener search results, each in its own court', async () => {
      const search = all.find((x) => x.pageType === 'courtlistener/search');
      const appellate = all.find((x) => x.file.startsWith('pacer/') && x.pageType === 'pacer/appellate-docket' && x.primary);
      expect(search && appellate, 'a CourtListener search fixture and a PACER appellate fixture').toBeTruthy();
      expect((search as unknown as { mentions: string[] }).mentions).toContain(appellate!.primary);
      await importCases([{ court: appellate!.court, docketNumber: appellate!.primary, title: 'Appeal seen in search', tags: [], notes: [{ text: 'found by search', createdAt: new Date().toISOString() }], deadlines: [], productions: [] }]);
      const page = await b.openPage(search!.url, fixtureHtml(search!.file));
      await eventually(async () => (await overlayText(page)).includes('Appeal seen in search'), 'a badge for the saved appeal among the results');
      expect((await overlayAttributes(page, 'aria-label')).join(' ')).toMatch(/Docket Margin/);
      expect(await overlayText(page)).not.toMatch(/Add to Docket Margin/);
      await screenshot(page, 'overlay-fixture-courtlistener-search');
    });

    it('claims no case on a page that is not a docket', async () => {
      expect(notADocket, 'a not-a-docket fixture').toBeTruthy();
      const page = await b.openPage(notADocket!.url, fixtureHtml(notADocket!.file));
      await page.waitForTimeout(1500);
      expect(await overlayText(page)).not.toMatch(/Add to Docket Margin/);
    });
  });

  describe('on real PACER pages from the corpus', () => {
    const pick = (type: string): CorpusEntry | undefined =>
      corpusEntries.find((e) => e.page_type === type && e.docket_number && e.serve_as_url && e.court_id);

    for (const type of ['district_docket', 'bankruptcy_docket', 'appellate_docket', 'docket_history_report', 'case_query']) {
      it(`${type}: the saved case's panel appears`, async (ctx) => {
        if (!corpus) {
          console.log(CORPUS_SKIP_MESSAGE);
          ctx.skip();
          return;
        }
        const e = pick(type)!;
        const title = `Corpus ${type}`;
        await importCases([{ court: e.court_id, docketNumber: e.docket_number, title, tags: ['corpus'], notes: [{ text: `note on ${type}`, createdAt: new Date().toISOString() }], deadlines: [], productions: [] }]);
        const html = readFileSync(resolve(corpus, 'pacer', e.file));
        b.server.serve(e.serve_as_url!, html);
        const page = await b.context.newPage();
        await page.goto(e.serve_as_url!.replace(/^https:/, 'http:'), { waitUntil: 'domcontentloaded' });
        await eventually(async () => (await overlayText(page)).includes(`note on ${type}`), `the panel on ${e.file}`);
        await screenshot(page, `overlay-corpus-${type}`);
      });
    }
  });
});
