import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportData, exportFilename, importData, parseInterchange } from '../../lib/store/interchange';
import type { Repository } from '../../lib/store/repository';
import { loadSettings, updateSettings } from '../../lib/store/settings';
import { manualClock, openRepo } from './helpers';

beforeEach(() => fakeBrowser.reset());

const NOW = Date.UTC(2026, 10, 22, 12);

/** The README's example, as a user would write it by hand. */
const MINIMAL = JSON.stringify({
  format: 'docket-margin',
  version: 1,
  exportedAt: '2026-11-22T12:00:00.000Z',
  cases: [
    {
      court: 'cand',
      docketNumber: '4:21-cv-02632-DMR',
      title: 'ACLU v. ICE',
      tags: ['FOIA'],
      notes: [{ text: 'Rolling production monthly', createdAt: '2026-10-02T16:04:00.000Z' }],
      deadlines: [{ due: '2021-07-21', time: '13:30', title: 'CMC', kind: 'hearing', done: false }],
      productions: [{ date: '2021-07-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10 }],
    },
  ],
});

async function populated(): Promise<Repository> {
  const clock = manualClock();
  const repo = await openRepo(clock.now);
  const a = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE', tags: ['FOIA', 'ICE'] });
  const b = await repo.createCase({ court: 'nysb', docketNumber: '23-10123', title: 'In re Debtor' });
  const gone = await repo.createCase({ court: 'dcd', docketNumber: '1:21-cv-00300' });
  await repo.putNote({ caseId: a.id, text: '<b>bold</b> & <img src=x onerror=alert(1)>' });
  clock.advance(1000);
  const n2 = await repo.putNote({ caseId: a.id, text: 'second note' });
  await repo.deleteChild('notes', n2.id);
  await repo.putDeadline({ caseId: a.id, due: '2026-12-01', time: '09:00', title: 'CMC', kind: 'hearing', done: false });
  await repo.putProduction({ caseId: b.id, date: '2026-07-13', agency: 'CBP', component: 'OFO', pagesReviewed: 5, pagesReleased: 1, pagesReleasedInPart: 2, pagesWithheldInFull: 2, pagesReferred: 0, note: 'n' });
  await repo.putProduction({ caseId: a.id, date: '2026-08-01', agency: 'ICE', component: '', pagesReviewed: 500, pagesReleased: 30, pagesReleasedInPart: 212, pagesWithheldInFull: 248, pagesReferred: 10, referredTo: 'CBP', exemptions: ['(b)(6)', '(b)(7)(C)'], note: '', sourceQuote: 'ICE processed 500 pages…' });
  await repo.putExpected({ caseId: a.id, agency: 'ICE', component: 'OPLA', pages: 2947, approximate: true, asOf: '2026-07-01', note: '', sourceQuote: 'approximately 2947 pages from OPLA' });
  await repo.putPace({ caseId: a.id, agency: '', perMonth: 500, from: '2026-07-01', basis: 'order', note: 'ECF No. 30', sourceQuote: '' });
  await repo.putRequest({ caseId: a.id, agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12', note: '' });
  await repo.putNote({ caseId: gone.id, text: 'on a deleted case' });
  await repo.deleteCase(gone.id);
  return repo;
}

const sortSet = (s: Awaited<ReturnType<Repository['getAllRecords']>>) => {
  const by = <T extends { id: string }>(l: T[]) => [...l].sort((x, y) => (x.id < y.id ? -1 : 1));
  return Object.fromEntries(Object.entries(s).map(([k, l]) => [k, by(l as { id: string }[])]));
};

describe('export', () => {
  it('names the file by the local date and writes the documented envelope', async () => {
    const repo = await populated();
    const out = await exportData(repo, NOW);
    expect(out.filename).toMatch(/^docket-margin-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exportFilename(new Date(2026, 0, 5, 23, 59).getTime())).toBe('docket-margin-2026-01-05.json');
    const file = JSON.parse(out.text);
    expect(file).toMatchObject({ format: 'docket-margin', version: 2, exportedAt: '2026-11-22T12:00:00.000Z' });
    expect(file.cases).toHaveLength(3);
    const doe = file.cases.find((c: { docketNumber: string }) => c.docketNumber === '3:23-cv-04557-EMC');
    expect(doe).toMatchObject({ court: 'cand', title: 'Doe v. ICE', tags: ['FOIA', 'ICE'] });
    expect(doe.id).toBeTypeOf('string');
    expect(doe.stamp).toMatch(/^\d{13}-\d{4}-/);
    expect(doe.notes.map((n: { deleted?: boolean }) => n.deleted ?? false)).toEqual([false, true]);
    expect(doe.productions[0]).toMatchObject({ pagesReferred: 10, referredTo: 'CBP', exemptions: ['(b)(6)', '(b)(7)(C)'], sourceQuote: 'ICE processed 500 pages…' });
    expect(doe.expected).toEqual([expect.objectContaining({ agency: 'ICE', component: 'OPLA', pages: 2947, approximate: true, asOf: '2026-07-01' })]);
    expect(doe.paces).toEqual([expect.objectContaining({ agency: '', perMonth: 500, from: '2026-07-01', basis: 'order', note: 'ECF No. 30' })]);
    expect(doe.requests).toEqual([expect.objectContaining({ agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12' })]);
  });

  it('re-imports into an empty profile to exactly the same records', async () => {
    const repo = await populated();
    const text = (await exportData(repo, NOW)).text;
    const fresh = await openRepo();
    const res = await importData(fresh, text, NOW);
    expect(res).toMatchObject({ imported: 3 + 3 + 1 + 2 + 1 + 1 + 1, merged: 0, duplicate: 0 });
    expect(sortSet(await fresh.getAllRecords())).toEqual(sortSet(await repo.getAllRecords()));
    // …and exports again to the same file.
    expect((await exportData(fresh, NOW)).text).toBe(text);
  });

  it('re-importing into the same profile changes nothing and counts duplicates', async () => {
    const repo = await populated();
    const before = await repo.getAllRecords();
    const res = await importData(repo, (await exportData(repo, NOW)).text, NOW);
    expect(res).toMatchObject({ imported: 0, merged: 0, duplicate: 12 });
    expect(res.message).toBe('Read 3 cases: 0 new, 0 merged, 12 duplicates skipped.');
    expect(await repo.getAllRecords()).toEqual(before);
  });
});

/** A hand-written version 2 file with the FOIA tracking parts. */
const TRACKING = JSON.stringify({
  format: 'docket-margin',
  version: 2,
  cases: [
    {
      court: 'cand',
      docketNumber: '4:21-cv-02632-DMR',
      productions: [{ date: '2021-09-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReferred: 3, referredTo: 'USCIS', exemptions: ['(b)(5)'] }],
      expected: [{ agency: 'ICE', component: 'HSI', pages: 909, asOf: '2021-07-13' }, { agency: 'ICE', pages: 4088, approximate: true, asOf: '2021-07-13' }],
      paces: [{ perMonth: 500, from: '2021-08-01' }],
      requests: [{ agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12' }],
    },
  ],
});

describe('import of expected volumes, paces and requests', () => {
  it('imports them with their defaults, and a second import adds nothing', async () => {
    const repo = await openRepo();
    expect(await importData(repo, TRACKING, NOW)).toMatchObject({ imported: 1 + 1 + 2 + 1 + 1, merged: 0, duplicate: 0 });
    const b = (await repo.getCase(repo.listCases()[0]!.id))!;
    expect(b.productions[0]).toMatchObject({ pagesReviewed: 909, pagesReleased: 0, referredTo: 'USCIS', exemptions: ['(b)(5)'], sourceQuote: '' });
    expect(b.expected.map((e) => [e.component, e.pages, e.approximate])).toEqual([
      ['', 4088, true],
      ['HSI', 909, false],
    ]);
    expect(b.paces[0]).toMatchObject({ agency: '', perMonth: 500, from: '2021-08-01', basis: 'order' });
    expect(b.requests[0]).toMatchObject({ trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12', note: '' });
    const before = await repo.getAllRecords();
    expect(await importData(repo, TRACKING, NOW)).toMatchObject({ imported: 0, duplicate: 6 });
    expect(await repo.getAllRecords()).toEqual(before);
  });

  it('rejects a bad field in them whole, naming its position', async () => {
    const repo = await openRepo();
    const bad = (edit: (c: Record<string, unknown[]>) => void): string => {
      const file = JSON.parse(TRACKING) as { cases: Record<string, unknown[]>[] };
      edit(file.cases[0]!);
      return JSON.stringify(file);
    };
    await expect(importData(repo, bad((c) => (c.expected![0] = { pages: -1, asOf: '2021-07-13' })), NOW)).rejects.toThrow(/cases\[0\]\.expected\[0\]\.pages: page counts cannot be negative/);
    await expect(importData(repo, bad((c) => (c.paces![0] = { perMonth: 0, from: '2021-08-01' })), NOW)).rejects.toThrow(/cases\[0\]\.paces\[0\]\.perMonth: a pace is more than 0/);
    await expect(importData(repo, bad((c) => (c.productions![0] = { date: '2021-09-13', exemptions: ['b5'] })), NOW)).rejects.toThrow(/cases\[0\]\.productions\[0\]\.exemptions\[0\]: expected an exemption/);
    await expect(importData(repo, bad((c) => (c.requests![0] = { submitted: '2018-02-30' })), NOW)).rejects.toThrow(/cases\[0\]\.requests\[0\]\.submitted: impossible date/);
    expect(repo.listCases()).toEqual([]);
  });

  it('still reads a version 1 file, which has none of them', async () => {
    const repo = await openRepo();
    await importData(repo, MINIMAL, NOW);
    const b = (await repo.getCase(repo.listCases()[0]!.id))!;
    expect([b.expected, b.paces, b.requests]).toEqual([[], [], []]);
    expect(b.productions[0]).toMatchObject({ referredTo: '', exemptions: [] });
  });
});

describe('import', () => {
  it('imports a hand-written minimal file (no ids, no stamps)', async () => {
    const repo = await openRepo();
    const res = await importData(repo, MINIMAL, NOW);
    expect(res).toMatchObject({ imported: 4, merged: 0, duplicate: 0 });
    const [s] = repo.listCases();
    expect(s).toMatchObject({ court: 'cand', docketNumber: '4:21-cv-02632-DMR', title: 'ACLU v. ICE', noteCount: 1 });
    const bundle = (await repo.getCase(s!.id))!;
    expect(bundle.deadlines[0]).toMatchObject({ due: '2021-07-21', time: '13:30', kind: 'hearing', source: 'import' });
    expect(bundle.productions[0]).toMatchObject({ pagesReviewed: 909, pagesReferred: 0, note: '' });
    expect(bundle.notes[0]).toMatchObject({ createdAt: '2026-10-02T16:04:00.000Z', editedAt: '2026-10-02T16:04:00.000Z' });
  });

  it('does not duplicate identical notes, deadlines or productions on a second import', async () => {
    const repo = await openRepo();
    await importData(repo, MINIMAL, NOW);
    const before = await repo.getAllRecords();
    const again = await importData(repo, MINIMAL, NOW);
    expect(again).toMatchObject({ imported: 0, merged: 0, duplicate: 4 });
    expect(await repo.getAllRecords()).toEqual(before);
  });

  it('merges a caption-form case into the saved case with office, adding only what is new', async () => {
    const repo = await openRepo();
    const saved = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', tags: ['FOIA'] });
    await repo.putNote({ caseId: saved.id, text: 'already here' });
    const file = {
      format: 'docket-margin',
      version: 1,
      cases: [
        { court: 'cand', docketNumber: '23-cv-04557', title: 'Doe v. ICE', tags: ['FOIA', 'Detention'], notes: [{ text: 'already here' }, { text: 'new one' }] },
        { court: 'cand', docketNumber: '3:23-cv-04557', notes: [{ text: 'new one' }] },
      ],
    };
    const res = await importData(repo, JSON.stringify(file), NOW);
    expect(res).toMatchObject({ imported: 1, merged: 1, duplicate: 3 });
    expect(repo.listCases()).toHaveLength(1);
    const b = (await repo.getCase(saved.id))!;
    expect(b.case).toMatchObject({ title: 'Doe v. ICE', tags: ['FOIA', 'Detention'], docketNumber: '3:23-cv-04557-EMC' });
    expect(b.notes.map((n) => n.text).sort()).toEqual(['already here', 'new one']);
  });

  it('records with ids merge by stamp: newer wins, older is a duplicate', async () => {
    const clock = manualClock();
    const a = await openRepo(clock.now);
    const c = await a.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const n = await a.putNote({ caseId: c.id, text: 'v1' });
    const v1 = (await exportData(a, NOW)).text;
    clock.advance(1000);
    await a.putNote({ id: n.id, caseId: c.id, text: 'v2' });
    const v2 = (await exportData(a, NOW)).text;
    const b = await openRepo();
    await importData(b, v2, NOW);
    expect(await importData(b, v1, NOW)).toMatchObject({ imported: 0, merged: 0, duplicate: 2 });
    expect((await b.getCase(c.id))!.notes.map((x) => x.text)).toEqual(['v2']);
    const b2 = await openRepo();
    await importData(b2, v1, NOW);
    expect(await importData(b2, v2, NOW)).toMatchObject({ imported: 0, merged: 1, duplicate: 1 });
    expect((await b2.getCase(c.id))!.notes.map((x) => x.text)).toEqual(['v2']);
  });

  it('a hand-written done:true marks the matching open deadline done', async () => {
    const repo = await openRepo();
    await importData(repo, MINIMAL, NOW);
    const done = JSON.parse(MINIMAL);
    done.cases[0].deadlines[0].done = true;
    expect(await importData(repo, JSON.stringify(done), NOW)).toMatchObject({ merged: 1 });
    expect(repo.listCases()[0]!.nextDeadlines).toEqual([]);
  });

  it('keeps HTML in text as text', async () => {
    const repo = await openRepo();
    const html = '<script>alert(1)</script><img src=x onerror="alert(2)"> &amp; <b>b</b>';
    const file = JSON.parse(MINIMAL);
    file.cases[0].title = html;
    file.cases[0].notes[0].text = html;
    await importData(repo, JSON.stringify(file), NOW);
    const s = repo.listCases()[0]!;
    expect(s.title).toBe(html);
    expect(s.latestNotes[0]!.text).toBe(html);
  });

  it('accepts the court id in any case and date-only note times', async () => {
    const repo = await openRepo();
    const file = { format: 'docket-margin', version: 1, cases: [{ court: 'CAND', docketNumber: '23-cv-04557', notes: [{ text: 'x', createdAt: '2026-10-02' }] }] };
    await importData(repo, JSON.stringify(file), NOW);
    const s = repo.listCases()[0]!;
    expect(s.court).toBe('cand');
    expect(s.latestNotes[0]!.editedAt).toBe('2026-10-02T00:00:00.000Z');
  });
});

describe('bad input is rejected whole, naming the first bad field, and nothing changes', () => {
  const withCase = (patch: (c: Record<string, any>) => void, index = 0): string => {
    const file = JSON.parse(MINIMAL);
    file.cases = [0, 1, 2].map((i) => ({ ...JSON.parse(MINIMAL).cases[0], docketNumber: `4:21-cv-0263${i}` }));
    patch(file.cases[index]);
    return JSON.stringify(file);
  };
  const cases: [string, string, RegExp][] = [
    ['truncated JSON', MINIMAL.slice(0, MINIMAL.length - 40), /not complete JSON/],
    ['empty file', '   ', /empty/],
    ['another format', JSON.stringify({ format: 'hypothesis', version: 1, cases: [] }), /not a Docket Margin file \(format is "hypothesis"/],
    ['no format', JSON.stringify({ cases: [] }), /no "format"/],
    ['an array', '[1,2,3]', /not a Docket Margin file/],
    ['a future version', JSON.stringify({ format: 'docket-margin', version: 3, cases: [] }), /newer Docket Margin \(format version 3\)/],
    ['version 0', JSON.stringify({ format: 'docket-margin', version: 0, cases: [] }), /^Nothing was imported: version: /],
    ['negative page counts', withCase((c) => (c.productions[0].pagesReleased = -1), 2), /cases\[2\]\.productions\[0\]\.pagesReleased: page counts cannot be negative/],
    ['fractional page counts', withCase((c) => (c.productions[0].pagesReviewed = 1.5)), /cases\[0\]\.productions\[0\]\.pagesReviewed: page counts are whole numbers/],
    ['impossible date', withCase((c) => (c.deadlines[0].due = '2023-02-30'), 1), /cases\[1\]\.deadlines\[0\]\.due: impossible date/],
    ['impossible time', withCase((c) => (c.deadlines[0].time = '25:00')), /cases\[0\]\.deadlines\[0\]\.time: expected a time/],
    ['impossible timestamp', withCase((c) => (c.notes[0].createdAt = '2026-13-01T00:00:00Z')), /cases\[0\]\.notes\[0\]\.createdAt: /],
    ['invalid case number', withCase((c) => (c.docketNumber = 'not a number'), 1), /cases\[1\]\.docketNumber: "not a number" is not a case number/],
    ['unknown court', withCase((c) => (c.court = 'xxzz'), 2), /cases\[2\]\.court: unknown court "xxzz"/],
    ['unknown deadline kind', withCase((c) => (c.deadlines[0].kind = 'party')), /cases\[0\]\.deadlines\[0\]\.kind: /],
    ['empty note', withCase((c) => (c.notes[0].text = '   ')), /cases\[0\]\.notes\[0\]\.text: a note needs text/],
    ['bad stamp', withCase((c) => (c.stamp = 'yesterday')), /cases\[0\]\.stamp: not a Docket Margin timestamp/],
    ['cases not a list', JSON.stringify({ format: 'docket-margin', version: 1, cases: {} }), /^Nothing was imported: cases: /],
  ];

  it.each(cases)('%s', async (_label, text, message) => {
    const repo = await populated();
    const before = JSON.stringify(await repo.getAllRecords());
    await expect(importData(repo, text, NOW)).rejects.toThrow(message);
    expect(JSON.stringify(await repo.getAllRecords())).toBe(before);
  });

  it('5 MB of garbage', async () => {
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 5 * 1024 * 1024; i++) chars.push(String.fromCharCode(32 + ((seed = (seed * 1103515245 + 12345) >>> 0) % 95)));
    const repo = await populated();
    const before = JSON.stringify(await repo.getAllRecords());
    await expect(importData(repo, chars.join(''), NOW)).rejects.toThrow(/^Nothing was imported: the file is not JSON/);
    expect(JSON.stringify(await repo.getAllRecords())).toBe(before);
  });

  it('parseInterchange messages stay short even for long input', () => {
    const long = `{"format":"docket-margin","version":1,"cases":[${'x'.repeat(100_000)}`;
    try {
      parseInterchange(long);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(300);
    }
  });
});

describe('reminder settings in the file', () => {
  const settingsArea = () => fakeBrowser.storage.local;

  it('an export carries the reminder schedule; an import takes the time and days out but not the on/off', async () => {
    const repo = await populated();
    await updateSettings(settingsArea(), { reminders: { enabled: true, time: '06:45', daysOut: [10, 2, 0] } });
    const text = (await exportData(repo, NOW, settingsArea())).text;
    expect(JSON.parse(text).settings).toEqual({ reminders: { enabled: true, time: '06:45', daysOut: [10, 2, 0] } });

    fakeBrowser.reset();
    const fresh = await openRepo();
    const res = await importData(fresh, text, NOW, settingsArea());
    expect(res.message).toBe('Read 3 cases: 12 new, 0 merged, 0 duplicates skipped. Reminder schedule imported: 06:45, 10, 2, 0 days out.');
    // Turning reminders on asks for a permission, which takes the user's click in this profile.
    expect((await loadSettings(settingsArea())).reminders).toEqual({ enabled: false, time: '06:45', daysOut: [10, 2, 0] });
  });

  it('a file without settings leaves them as they are', async () => {
    await updateSettings(settingsArea(), { reminders: { time: '07:00' } });
    const repo = await openRepo();
    const res = await importData(repo, MINIMAL, NOW, settingsArea());
    expect(res.message).not.toContain('Reminder');
    expect((await loadSettings(settingsArea())).reminders.time).toBe('07:00');
  });

  it.each([
    [{ reminders: { time: '8 am' } }, /^Nothing was imported: settings\.reminders\.time: expected a time as HH:MM/],
    [{ reminders: { daysOut: [3, 3] } }, /^Nothing was imported: settings\.reminders\.daysOut: each day out once/],
    [{ reminders: { daysOut: [-2] } }, /^Nothing was imported: settings\.reminders\.daysOut\[0\]: days out cannot be negative/],
  ])('a bad schedule %j rejects the whole file, changing nothing', async (settings, message) => {
    const repo = await populated();
    const before = JSON.stringify(await repo.getAllRecords());
    const stored = await settingsArea().get(null);
    const text = JSON.stringify({ ...JSON.parse(MINIMAL), settings });
    await expect(importData(repo, text, NOW, settingsArea())).rejects.toThrow(message);
    expect(JSON.stringify(await repo.getAllRecords())).toBe(before);
    expect(await settingsArea().get(null)).toEqual(stored);
  });
});
