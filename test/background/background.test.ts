import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { CHANGE_KEY, type ChangeSignal } from '../../lib/messages/change';
import type { CaseSummary, OverlayLookup, PageAnswer, Response } from '../../lib/messages/schema';
import type { CaseBundle, NoteRecord } from '../../lib/model/schema';
import { freshName, pageReport } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** What the browser reports for our content script in tab `tabId` on `url` (fakeBrowser's runtime id). */
const contentScript = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } });
const popupPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

function data<T>(r: Response): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.data as T;
}

describe('background', () => {
  it('answers through runtime messaging, classifying each sender', async () => {
    const bg = startBackground({ dbName: freshName('bg') });
    const created = await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' }, popupPage());
    expect(data<CaseSummary>(created)).toMatchObject({ docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' });
    const bad = await bg.router({ type: 'note/put', note: { caseId: 'x', text: '   ' } }, popupPage());
    expect(bad).toEqual({ ok: false, error: 'Invalid note/put: note.text: a note needs text' });
    // fakeBrowser's sendMessage hands the listener an empty sender: nothing vouches for it.
    const anonymous = (await fakeBrowser.runtime.sendMessage({ type: 'case/list' })) as Response;
    expect(anonymous).toEqual({ ok: false, error: 'Docket Margin answers only its own pages and scripts.' });
  });

  it('remembers each tab’s page report across a service-worker restart, and forgets closed tabs', async () => {
    const dbName = freshName('bg');
    const first = startBackground({ dbName });
    const saved = data<CaseSummary>(await first.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC' }));
    const report = pageReport('cand', '23-cv-04557', [{ text: '3:23-cv-04557-JSC' }]);
    const lookup = data<OverlayLookup>(await first.router({ type: 'page/report', report }, contentScript(42, report.url)));
    expect(lookup.primary?.id).toBe(saved.id);
    (await first.repository).close();
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    // A new worker: same storage.session, same database.
    const second = startBackground({ dbName });
    const answer = data<PageAnswer>(await second.router({ type: 'page/get', tabId: 42 }));
    expect(answer.report).toEqual(report);
    expect(answer.lookup?.primary?.id).toBe(saved.id);
    expect(Object.keys(answer.lookup!.mentions)).toEqual([report.mentions[0]!.key]);
    expect(data<PageAnswer>(await second.router({ type: 'page/get', tabId: 43 }))).toEqual({ report: null, lookup: null });
    await fakeBrowser.tabs.onRemoved.trigger(42, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(data<PageAnswer>(await second.router({ type: 'page/get', tabId: 42 })).report).toBeNull();
  });

  it('broadcasts every write: a signal in storage.session for extension pages, a notice naming no case to each reporting tab', async () => {
    const bg = startBackground({ dbName: freshName('bg') });
    const signals: ChangeSignal[] = [];
    const local: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && changes[CHANGE_KEY]) signals.push(changes[CHANGE_KEY].newValue as ChangeSignal);
      if (area === 'local') local.push(...Object.keys(changes));
    });
    const notices: [number, unknown][] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      notices.push([tabId, message]);
      if (tabId === 13) throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    await bg.router({ type: 'page/report', report: pageReport('cand', null) }, contentScript(12, 'https://ecf.cand.uscourts.gov/x'));
    await bg.router({ type: 'page/report', report: pageReport('cand', null) }, contentScript(13, 'https://ecf.cand.uscourts.gov/y'));
    const c = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '4:21-cv-02632' }));
    const n = data<NoteRecord>(await bg.router({ type: 'note/put', note: { caseId: c.id, text: 'hello' } }));
    expect(data(await bg.router({ type: 'note/delete', id: n.id }))).toEqual({ kind: 'notes', id: n.id });
    expect(data(await bg.router({ type: 'record/restore', kind: 'notes', id: n.id }))).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(signals).toHaveLength(4);
    expect(signals.every((s) => s.caseIds.length === 1 && s.caseIds[0] === c.id)).toBe(true);
    const seqs = signals.map((s) => s.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(4);
    // Both reporting tabs, four times; a tab without a listener does not stop the others.
    expect(notices.filter(([t]) => t === 12)).toHaveLength(4);
    expect(notices.filter(([t]) => t === 13)).toHaveLength(4);
    expect(notices.every(([, m]) => JSON.stringify(m) === JSON.stringify({ type: 'docket-margin/changed' }))).toBe(true);
    // Nothing of it in storage.local, which content scripts can read where the browser cannot close it.
    expect(local).toEqual([]);
    const bundle = data<CaseBundle>(await bg.router({ type: 'case/get', caseId: c.id }));
    expect(bundle.notes.map((x) => x.text)).toEqual(['hello']);
  });

  it('keeps each page case’s collapsed state for its own tab, in the profile store, not storage.local', async () => {
    const bg = startBackground({ dbName: freshName('bg') });
    const page = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC' }));
    const other = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '4:21-cv-02632' }));
    const tab = contentScript(21, 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?5');
    const report = pageReport('cand', '23-cv-04557');
    expect(data<OverlayLookup>(await bg.router({ type: 'page/report', report }, tab)).collapsed).toBe(false);
    expect(await bg.router({ type: 'view/collapse', caseId: page.id, collapsed: true }, tab)).toEqual({ ok: true, data: null });
    expect(data<OverlayLookup>(await bg.router({ type: 'page/report', report }, tab))).toMatchObject({ collapsed: true, primary: { id: page.id } });
    // Another case, or another tab that never reported this page: refused.
    expect(await bg.router({ type: 'view/collapse', caseId: other.id, collapsed: true }, tab)).toEqual({ ok: false, error: 'A script in this page may change only the page’s own case.' });
    expect((await bg.router({ type: 'view/collapse', caseId: page.id, collapsed: false }, contentScript(22, tab.url))).ok).toBe(false);
    // The same tab moved to another court's host: its old report no longer speaks for it.
    expect((await bg.router({ type: 'view/collapse', caseId: page.id, collapsed: false }, contentScript(21, 'https://ecf.nysd.uscourts.gov/x'))).ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await (await bg.profile).get(`collapsed:${page.id}`)).toBe(true);
  });

  it('answers each request with its documented shape', async () => {
    const bg = startBackground({ dbName: freshName('bg') });
    const c = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: '4:21-cv-02632' }));
    expect(data(await bg.router({ type: 'case/update', caseId: c.id, fields: { tags: ['FOIA'] } }))).toMatchObject({ id: c.id, tags: ['FOIA'] });
    expect(data(await bg.router({ type: 'deadline/put', deadline: { caseId: c.id, due: '2026-12-01', title: 'CMC' } }))).toMatchObject({ kind: 'other', time: null, done: false, source: 'manual' });
    expect(data(await bg.router({ type: 'production/put', production: { caseId: c.id, date: '2026-12-01', pagesReleased: 4 } }))).toMatchObject({ pagesReleased: 4, pagesReviewed: 0 });
    expect(data<CaseSummary[]>(await bg.router({ type: 'case/list', query: 'cmc' }))).toEqual([]);
    expect(data<CaseSummary[]>(await bg.router({ type: 'case/list', query: '21-cv-2632' })).map((s) => s.id)).toEqual([c.id]);
    expect(data(await bg.router({ type: 'case/delete', caseId: c.id }))).toEqual({ kind: 'cases', id: c.id });
    expect(await bg.router({ type: 'case/get', caseId: c.id })).toEqual({ ok: false, error: 'That case is no longer saved (it may have been deleted).' });
    expect(data(await bg.router({ type: 'settings/get' }))).toMatchObject({ version: 1, sync: { enabled: false } });
    expect(data(await bg.router({ type: 'settings/set', settings: { overlay: { showBadges: false } } }))).toMatchObject({ overlay: { showBadges: false } });
    // Kept in the profile store, where no content script can write: storage.local stays empty.
    expect(data(await bg.router({ type: 'settings/get' }))).toMatchObject({ overlay: { showBadges: false } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(data(await bg.router({ type: 'sync/status' }))).toEqual({ enabled: false });
  });

  it('imports and exports through messages; a bad file answers with the reason and changes nothing', async () => {
    const bg = startBackground({ dbName: freshName('bg') });
    const file = { format: 'docket-margin', version: 1, cases: [{ court: 'cand', docketNumber: '23-cv-04557', notes: [{ text: 'hi' }] }] };
    expect(data(await bg.router({ type: 'data/import', text: JSON.stringify(file) }))).toMatchObject({ imported: 2, merged: 0, duplicate: 0, message: 'Read 1 case: 2 new, 0 merged, 0 duplicates skipped.' });
    const before = data<{ filename: string; text: string }>(await bg.router({ type: 'data/export' }));
    expect(before.filename).toMatch(/^docket-margin-\d{4}-\d{2}-\d{2}\.json$/);
    file.cases[0]!.docketNumber = 'nonsense';
    expect(await bg.router({ type: 'data/import', text: JSON.stringify(file) })).toEqual({ ok: false, error: 'Nothing was imported: cases[0].docketNumber: "nonsense" is not a case number' });
    const after = data<{ text: string }>(await bg.router({ type: 'data/export' }));
    expect(JSON.parse(after.text).cases).toEqual(JSON.parse(before.text).cases);
  });

  it('lets sync replace the sync/status placeholder', async () => {
    const bg = startBackground({ dbName: freshName('bg'), extraHandlers: { 'sync/status': () => ({ enabled: true, items: 3 }) } });
    expect(data(await bg.router({ type: 'sync/status' }))).toEqual({ enabled: true, items: 3 });
    bg.registerHandler('sync/status', () => ({ enabled: false, reason: 'off' }));
    expect(data(await bg.router({ type: 'sync/status' }))).toEqual({ enabled: false, reason: 'off' });
  });
});
