/** The background's production-tracking answers: pasted rows, the overlay's pace line, the CSV of all cases. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import type { CaseSummary, OverlayLookup, Response } from '../../lib/messages/schema';
import type { CaseBundle } from '../../lib/model/schema';
import { freshName, pageReport } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

const popupPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } });

function data<T>(r: Response): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.data as T;
}

describe('production tracking through the background', () => {
  it('adds pasted rows in one write and answers the page with the pace line of the day', async () => {
    // Apr 20, 2023, noon UTC: the user's day is Apr 20 in any zone from UTC−11 to UTC+11.
    const bg = startBackground({ dbName: freshName('bg-prod'), now: () => Date.UTC(2023, 3, 20, 12) });
    const c = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC' }, popupPage()));
    const rows = {
      productions: [
        { date: '2023-01-31', agency: 'ICE', pagesReviewed: 500 },
        { date: '2023-02-28', agency: 'ICE', pagesReviewed: 400 },
        { date: '2023-03-31', agency: 'ICE', pagesReviewed: 450, pagesReleasedInPart: 400, exemptions: ['(b)(6)'] },
      ],
      expected: [{ agency: 'ICE', pages: 3000, asOf: '2023-01-01' }],
      paces: [{ perMonth: 500, from: '2023-01-15' }],
    };
    expect(data(await bg.router({ type: 'production/add-rows', caseId: c.id, rows }, popupPage()))).toEqual({ productions: 3, expected: 1, paces: 1 });
    const bundle = data<CaseBundle>(await bg.router({ type: 'case/get', caseId: c.id }, popupPage()));
    expect(bundle.productions.map((p) => p.pagesReviewed)).toEqual([500, 400, 450]);
    const report = pageReport('cand', '23-cv-04557');
    const lookup = data<OverlayLookup>(await bg.router({ type: 'page/report', report }, contentScript(3, report.url)));
    expect(lookup.primary?.track).toMatchObject({ pace: 'behind by 150 pages', paceState: 'behind', progress: '1,350 of 3,000 pages processed (45%)' });
    expect(lookup.primary).not.toHaveProperty('tracking');
  });

  it('refuses rows that fail their schema, writing none of them', async () => {
    const bg = startBackground({ dbName: freshName('bg-prod') });
    const c = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC' }, popupPage()));
    const bad = await bg.router({ type: 'production/add-rows', caseId: c.id, rows: { productions: [{ date: '2023-01-31' }], paces: [{ perMonth: -1, from: '2023-01-01' }] } }, popupPage());
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/rows\.paces\.0\.perMonth|perMonth/) });
    expect(data<CaseBundle>(await bg.router({ type: 'case/get', caseId: c.id }, popupPage())).productions).toEqual([]);
  });

  it('writes every case as one CSV, and a content script may not ask for it', async () => {
    const bg = startBackground({ dbName: freshName('bg-prod'), now: () => Date.UTC(2026, 10, 22, 12) });
    const a = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC' }, popupPage()));
    const b = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'dcd', docketNumber: '1:21-cv-00300' }, popupPage()));
    await bg.router({ type: 'production/put', production: { caseId: a.id, date: '2026-07-13', agency: 'ICE', pagesReviewed: 9 } }, popupPage());
    await bg.router({ type: 'pace/put', pace: { caseId: b.id, perMonth: 500, from: '2026-01-01' } }, popupPage());
    const csv = data<{ filename: string; text: string }>(await bg.router({ type: 'productions/csv' }, popupPage()));
    expect(csv.filename).toMatch(/^docket-margin-productions-2026-11-2\d\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines.slice(1, 3).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(['cand,3:23-cv-04557-EMC,,release,2026-07-13', 'dcd,1:21-cv-00300,,pace,2026-01-01']);
    const denied = await bg.router({ type: 'productions/csv' }, contentScript(1, 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1'));
    expect(denied.ok).toBe(false);
  });
});
