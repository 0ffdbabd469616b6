/**
 * What the background answers a content script (lib/messages/content-access.ts, content-guard.ts):
 * every request type outside the allowlist is refused and changes nothing; the allowed ones are
 * held against the sender's real URL, not the message's claims.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground, type Background } from '../../lib/background';
import { CONTENT_SCRIPT_REQUESTS, contentRefusal } from '../../lib/messages/content-access';
import type { CaseSummary, OverlayLookup, Request, RequestType, Response } from '../../lib/messages/schema';
import { freshName, pageReport } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

function data<T>(r: Response): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.data as T;
}

const CAND_DOCKET = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1';
const contentScript = (tabId: number, url = CAND_DOCKET) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } });

/** One valid request of every type: a new type must say here what a content script may do with it. */
function samples(caseId: string): { [K in RequestType]: Extract<Request, { type: K }> } {
  return {
    'page/report': { type: 'page/report', report: pageReport('cand', '23-cv-04557') },
    'view/collapse': { type: 'view/collapse', caseId, collapsed: true },
    'page/get': { type: 'page/get', tabId: 1 },
    'case/list': { type: 'case/list' },
    'case/count': { type: 'case/count' },
    'case/get': { type: 'case/get', caseId },
    'case/create': { type: 'case/create', court: 'cand', docketNumber: '3:24-cv-00001' },
    'case/update': { type: 'case/update', caseId, fields: { title: 'pwned' } },
    'case/delete': { type: 'case/delete', caseId },
    'note/put': { type: 'note/put', note: { caseId, text: 'planted' } },
    'note/delete': { type: 'note/delete', id: 'n1' },
    'deadline/put': { type: 'deadline/put', deadline: { caseId, due: '2027-01-01', title: 'planted' } },
    'deadline/delete': { type: 'deadline/delete', id: 'd1' },
    'production/put': { type: 'production/put', production: { caseId, date: '2027-01-01' } },
    'production/delete': { type: 'production/delete', id: 'p1' },
    'expected/put': { type: 'expected/put', expected: { caseId, pages: 10, asOf: '2027-01-01' } },
    'expected/delete': { type: 'expected/delete', id: 'e1' },
    'pace/put': { type: 'pace/put', pace: { caseId, perMonth: 500, from: '2027-01-01' } },
    'pace/delete': { type: 'pace/delete', id: 'r1' },
    'request/put': { type: 'request/put', request: { caseId, trackingNumber: '2018-ICFO-26258' } },
    'request/delete': { type: 'request/delete', id: 'q1' },
    'production/add-rows': { type: 'production/add-rows', caseId, rows: { productions: [{ date: '2027-01-01' }] } },
    'record/restore': { type: 'record/restore', kind: 'cases', id: caseId },
    'data/export': { type: 'data/export' },
    'productions/csv': { type: 'productions/csv' },
    'calendar/export': { type: 'calendar/export', caseId },
    'data/import': { type: 'data/import', text: '{}' },
    'settings/get': { type: 'settings/get' },
    'settings/set': { type: 'settings/set', settings: { overlay: { showBadges: false } } },
    'sync/status': { type: 'sync/status' },
    'sync/enable': { type: 'sync/enable', enabled: true },
    'sync/now': { type: 'sync/now' },
  };
}

/** A background with one saved case in nysd holding a private note. */
async function withSecretCase(): Promise<{ bg: Background; secret: CaseSummary }> {
  const bg = startBackground({ dbName: freshName('trust') });
  const secret = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'nysd', docketNumber: '1:22-cv-10101', title: 'Sealed matter' }));
  await bg.router({ type: 'note/put', note: { caseId: secret.id, text: 'PRIVILEGED: settlement floor $2M' } });
  await bg.router({ type: 'deadline/put', deadline: { caseId: secret.id, due: '2027-03-01', title: 'Reply brief' } });
  await bg.router({ type: 'deadline/put', deadline: { caseId: secret.id, due: '2027-04-01', title: 'Second deadline' } });
  return { bg, secret };
}

const exportText = async (bg: Background): Promise<string> => JSON.parse(data<{ text: string }>(await bg.router({ type: 'data/export' })).text).cases;

describe('requests from a content script', () => {
  it('refuses every request type the allowlist does not name, with a clear error, changing nothing', async () => {
    const { bg, secret } = await withSecretCase();
    const before = await exportText(bg);
    const all = samples(secret.id);
    const refused = (Object.keys(all) as RequestType[]).filter((t) => !(t in CONTENT_SCRIPT_REQUESTS));
    expect(refused).toEqual(expect.arrayContaining(['data/export', 'data/import', 'case/list', 'case/get', 'page/get', 'settings/get', 'settings/set', 'sync/status', 'sync/enable', 'note/put']));
    for (const type of refused) {
      const answer = await bg.router(all[type], contentScript(5));
      expect(answer, type).toEqual({ ok: false, error: contentRefusal(type) });
    }
    expect(await exportText(bg)).toEqual(before);
    // The same requests from the popup are answered.
    expect(data<CaseSummary[]>(await bg.router(all['case/list'], { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }))).toHaveLength(1);
  });

  it('refuses everything to a sender without our extension id', async () => {
    const { bg, secret } = await withSecretCase();
    const all = samples(secret.id);
    for (const request of Object.values(all)) {
      expect(await bg.router(request, { url: CAND_DOCKET, tab: { id: 5 } })).toEqual({ ok: false, error: 'Docket Margin answers only its own pages and scripts.' });
    }
  });

  it('adds a case only of the court the sender’s URL names', async () => {
    const bg = startBackground({ dbName: freshName('trust') });
    const own = await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:24-cv-00001' }, contentScript(5));
    expect(data<CaseSummary>(own).court).toBe('cand');
    const other = await bg.router({ type: 'case/create', court: 'nysd', docketNumber: '1:24-cv-00002' }, contentScript(5));
    expect(other).toEqual({ ok: false, error: 'A script in this page may add only a case of the court the page belongs to, not "nysd".' });
    // Hosts that name no court, look-alike hosts and missing URLs add nothing.
    for (const url of ['https://www.cand.uscourts.gov/cases/x', 'https://ecf.cand.uscourts.gov.evil.example/x', 'https://evil.example/ecf.cand.uscourts.gov']) {
      expect((await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:24-cv-00003' }, contentScript(5, url))).ok, url).toBe(false);
    }
    expect((await bg.router({ type: 'case/create', court: 'cand', docketNumber: '3:24-cv-00003' }, { id: fakeBrowser.runtime.id, tab: { id: 5 } })).ok).toBe(false);
    // CourtListener serves every court from one host: the court is the page's word there.
    expect((await bg.router({ type: 'case/create', court: 'nysd', docketNumber: '1:24-cv-00004' }, contentScript(6, 'https://www.courtlistener.com/docket/1/x/'))).ok).toBe(true);
    expect(data<CaseSummary[]>(await bg.router({ type: 'case/list' })).map((c) => c.docketNumber).sort()).toEqual(['1:24-cv-00004', '3:24-cv-00001']);
  });

  it('answers a page report with the page case only when the report’s court is the URL’s, and mentions without note text', async () => {
    const { bg, secret } = await withSecretCase();
    // A compromised cand renderer names the nysd case as its own page case: not answered, not kept for the popup.
    const forgedPrimary = { ...pageReport('nysd', '1:22-cv-10101'), url: CAND_DOCKET };
    const lookup = data<OverlayLookup>(await bg.router({ type: 'page/report', report: forgedPrimary }, contentScript(7)));
    expect(lookup.primary).toBeNull();
    const kept = data<{ report: { court: string; primary: unknown; url: string } }>(await bg.router({ type: 'page/get', tabId: 7 }));
    expect(kept.report).toMatchObject({ court: 'cand', primary: null, url: CAND_DOCKET });

    // It names the nysd case as a mention: the badge's facts, and no note text.
    const forgedMention = pageReport('cand', null, [{ text: '1:22-cv-10101', court: 'nysd' }]);
    const answer = data<OverlayLookup>(await bg.router({ type: 'page/report', report: forgedMention }, contentScript(7)));
    const badge = Object.values(answer.mentions);
    expect(badge).toHaveLength(1);
    expect(badge[0]).toEqual({
      id: secret.id,
      docketNumber: '1:22-cv-10101',
      title: 'Sealed matter',
      tags: [],
      noteCount: 1,
      nextDeadlines: [expect.objectContaining({ title: 'Reply brief', due: '2027-03-01' })],
      production: expect.objectContaining({ releases: 0 }),
    });
    expect(JSON.stringify(answer)).not.toContain('PRIVILEGED');
    expect(JSON.stringify(answer)).not.toContain('Second deadline');

    // Its real page case, on its real host, comes in full.
    const real = data<OverlayLookup>(await bg.router({ type: 'page/report', report: { ...pageReport('nysd', '1:22-cv-10101'), url: 'x' } }, contentScript(8, 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?9')));
    expect(real.primary?.latestNotes.map((n) => n.text)).toEqual(['PRIVILEGED: settlement floor $2M']);
    // The popup (trusted) still sees the full summary of the mention through page/get.
    const popup = data<{ lookup: { mentions: Record<string, CaseSummary> } }>(await bg.router({ type: 'page/get', tabId: 7 }));
    const full = Object.values(popup.lookup.mentions)[0]!;
    expect(full.latestNotes).toHaveLength(1);
    expect(full.nextDeadlines.map((d) => d.title)).toEqual(['Reply brief', 'Second deadline']);
  });

  it('answers a bankruptcy appellate panel’s page case on its circuit’s host, where it dockets', async () => {
    const bg = startBackground({ dbName: freshName('trust') });
    const bap = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'bap9', docketNumber: '15-1074' }));
    const ca9 = 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=15-1074';
    const report = { ...pageReport('bap9', '15-1074'), url: ca9 };
    expect(data<OverlayLookup>(await bg.router({ type: 'page/report', report }, contentScript(2, ca9))).primary?.id).toBe(bap.id);
    expect(data<OverlayLookup>(await bg.router({ type: 'page/report', report }, contentScript(2, 'https://ecf.ca1.uscourts.gov/x'))).primary).toBeNull();
  });

  it('keeps a tab’s report under the URL the browser reports, not the one the page claims', async () => {
    const bg = startBackground({ dbName: freshName('trust') });
    const claimed = { ...pageReport('cand', '23-cv-04557'), url: 'https://ecf.nysd.uscourts.gov/elsewhere' };
    await bg.router({ type: 'page/report', report: claimed }, contentScript(3));
    const kept = data<{ report: { url: string; court: string } }>(await bg.router({ type: 'page/get', tabId: 3 }));
    expect(kept.report).toMatchObject({ url: CAND_DOCKET, court: 'cand' });
  });
});
