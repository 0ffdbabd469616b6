// @vitest-environment happy-dom
/**
 * The popup against a small in-memory store that answers the message contract (lib/messages/
 * schema.ts) the way the background does: requests validated with the real `Request` schema,
 * tombstones for deletes, record/restore, case/list searching numbers, titles, tags and note text,
 * and a change signal after every write. Not the real store: the point is the popup's behaviour.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import { FIRST_ROWS, MORE_ROWS } from '../../components/popup/CaseList';
import type { Send, Subscribe } from '../../components/popup/api';
import { Request, type CaseSummary, type PageAnswer, type PageReport, type ResponseData } from '../../lib/messages/schema';
import { compareForList, summarize } from '../../lib/store/summary';
import type { CaseBundle, CaseRecord, ChildKind, ChildRecordOf, DeadlineRecord, ExpectedRecord, NoteRecord, PaceRecord, ProductionRecord, RecordKind, RequestRecord } from '../../lib/model/schema';

const now = { date: '2026-11-22', time: '10:00' };

type Stored = { cases: CaseRecord } & ChildRecordOf;

class FakeStore {
  cases = new Map<string, CaseRecord>();
  notes = new Map<string, NoteRecord>();
  deadlines = new Map<string, DeadlineRecord>();
  productions = new Map<string, ProductionRecord>();
  page: PageAnswer = { report: null, lookup: null };
  expected = new Map<string, ExpectedRecord>();
  paces = new Map<string, PaceRecord>();
  requests = new Map<string, RequestRecord>();
  /** Every message the popup sent, in order. */
  sent: Request[] = [];
  private seq = 0;
  private listeners = new Set<() => void>();

  subscribe: Subscribe = (fn) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  send: Send = async (raw) => {
    this.sent.push(raw);
    const parsed = Request.safeParse(raw);
    if (!parsed.success) throw new Error(`invalid request: ${parsed.error.message}`);
    const answer = this.answer(parsed.data);
    return answer as never;
  };

  private id(prefix: string): string {
    return `${prefix}${++this.seq}`;
  }
  private meta(id: string) {
    return { id, stamp: String(++this.seq).padStart(8, '0'), deviceId: 'test', deleted: false };
  }
  private changed(): void {
    for (const fn of [...this.listeners]) fn();
  }
  live<K extends RecordKind>(kind: K): Stored[K][] {
    return [...(this[kind] as Map<string, Stored[K]>).values()].filter((r) => !r.deleted);
  }

  addCase(docketNumber: string, over: Partial<CaseRecord> = {}): CaseRecord {
    const id = this.id('c');
    const serial = /(\d{5})/.exec(docketNumber)?.[1] ?? '1';
    const record: CaseRecord = {
      ...this.meta(id),
      court: 'cand',
      key: `cand|23|cv|${Number(serial)}|3`,
      looseKey: `cand|23|cv|${Number(serial)}`,
      docketNumber,
      parts: { office: '3', year: '23', type: 'cv', serial, judges: [], defendant: null, kind: 'district' },
      title: '',
      tags: [],
      createdAt: `2026-11-0${(this.seq % 9) + 1}T00:00:00.000Z`,
      ...over,
    };
    this.cases.set(id, record);
    return record;
  }
  addNote(caseId: string, text: string, createdAt = '2026-11-10T00:00:00.000Z'): NoteRecord {
    const id = this.id('n');
    const n: NoteRecord = { ...this.meta(id), caseId, text, createdAt, editedAt: createdAt };
    this.notes.set(id, n);
    return n;
  }
  addDeadline(caseId: string, due: string, title: string, over: Partial<DeadlineRecord> = {}): DeadlineRecord {
    const id = this.id('d');
    const d: DeadlineRecord = { ...this.meta(id), caseId, due, time: null, title, kind: 'filing', done: false, source: 'manual', ...over };
    this.deadlines.set(id, d);
    return d;
  }

  /**
   * The background's own summary of the case's records. Only updatedAt differs: this fake's stamps
   * are counters, not HLC stamps, so the list orders by the stamp itself.
   */
  summary(c: CaseRecord): CaseSummary {
    return { ...summarize(this.bundle(c)), updatedAt: c.stamp };
  }

  bundle(c: CaseRecord): CaseBundle {
    const of = <K extends ChildKind>(kind: K) => this.live(kind).filter((r) => r.caseId === c.id);
    return { case: c, notes: of('notes'), deadlines: of('deadlines'), productions: of('productions'), expected: of('expected'), paces: of('paces'), requests: of('requests') };
  }

  private write<K extends RecordKind>(kind: K, record: Stored[K]): Stored[K] {
    (this[kind] as Map<string, Stored[K]>).set(record.id, record);
    this.changed();
    return record;
  }
  private tombstone(kind: RecordKind, id: string): { kind: RecordKind; id: string } {
    const map = this[kind] as Map<string, { deleted: boolean }>;
    const r = map.get(id);
    if (!r || r.deleted) throw new Error('That record is no longer there.');
    r.deleted = true;
    this.changed();
    return { kind, id };
  }

  private matching(query: string): CaseRecord[] {
    const q = query.toLowerCase();
    const hit = (c: CaseRecord): boolean =>
      !q ||
      c.docketNumber.toLowerCase().includes(q) ||
      c.title.toLowerCase().includes(q) ||
      c.tags.some((t) => t.toLowerCase().includes(q)) ||
      this.live('notes').some((n) => n.caseId === c.id && n.text.toLowerCase().includes(q));
    return this.live('cases').filter(hit);
  }

  private answer(r: Request): ResponseData[Request['type']] {
    switch (r.type) {
      case 'page/get':
        return this.page;
      case 'case/list': {
        // In list order (the background's comparator), cut at the limit, as the background answers.
        const all = this.matching(r.query ?? '').map((c) => this.summary(c)).sort(compareForList);
        return r.limit === undefined ? all : all.slice(0, r.limit);
      }
      case 'case/count':
        return this.matching(r.query ?? '').length;
      case 'case/get': {
        const c = this.cases.get(r.caseId);
        if (!c || c.deleted) throw new Error('No such case.');
        return this.bundle(c);
      }
      case 'case/create': {
        const existing = this.live('cases').find((c) => c.court === r.court && c.docketNumber === r.docketNumber);
        const c = existing ?? this.addCase(r.docketNumber, { court: r.court, title: r.title ?? '', tags: r.tags ?? [] });
        this.changed();
        return this.summary(c);
      }
      case 'case/update': {
        const c = this.cases.get(r.caseId)!;
        return this.summary(this.write('cases', { ...c, ...r.fields, stamp: String(++this.seq).padStart(8, '0') } as CaseRecord));
      }
      case 'case/delete':
        return this.tombstone('cases', r.caseId) as ResponseData['case/delete'];
      case 'note/put': {
        const at = `2026-11-22T10:${String(this.seq % 60).padStart(2, '0')}:00.000Z`;
        const old = r.note.id ? this.notes.get(r.note.id) : undefined;
        const id = r.note.id ?? this.id('n');
        return this.write('notes', { ...this.meta(id), caseId: r.note.caseId, text: r.note.text.trim(), createdAt: old?.createdAt ?? at, editedAt: at });
      }
      case 'note/delete':
        return this.tombstone('notes', r.id) as ResponseData['note/delete'];
      case 'deadline/put': {
        const d = r.deadline;
        const id = d.id ?? this.id('d');
        return this.write('deadlines', {
          ...this.meta(id),
          caseId: d.caseId,
          due: d.due,
          time: d.time ?? null,
          title: d.title,
          kind: d.kind ?? 'other',
          done: d.done ?? false,
          source: 'manual',
        });
      }
      case 'deadline/delete':
        return this.tombstone('deadlines', r.id) as ResponseData['deadline/delete'];
      case 'production/put': {
        const p = r.production;
        const id = p.id ?? this.id('p');
        return this.write('productions', {
          ...this.meta(id),
          caseId: p.caseId,
          date: p.date,
          agency: p.agency ?? '',
          component: p.component ?? '',
          pagesReviewed: p.pagesReviewed ?? 0,
          pagesReleased: p.pagesReleased ?? 0,
          pagesReleasedInPart: p.pagesReleasedInPart ?? 0,
          pagesWithheldInFull: p.pagesWithheldInFull ?? 0,
          pagesReferred: p.pagesReferred ?? 0,
          referredTo: p.referredTo ?? '',
          exemptions: p.exemptions ?? [],
          note: p.note ?? '',
          sourceQuote: p.sourceQuote ?? '',
        });
      }
      case 'production/delete':
        return this.tombstone('productions', r.id) as ResponseData['production/delete'];
      case 'record/restore': {
        const rec = (this[r.kind] as Map<string, { deleted: boolean }>).get(r.id);
        if (!rec) throw new Error('Nothing to restore.');
        rec.deleted = false;
        this.changed();
        return null;
      }
      case 'calendar/export':
        if (!this.live('deadlines').some((d) => d.caseId === r.caseId)) throw new Error('This case has no deadlines to export.');
        return { filename: `docket-margin-${r.caseId}.ics`, text: `BEGIN:VCALENDAR\r\nX-CASE:${r.caseId}\r\nEND:VCALENDAR\r\n` };
      default:
        throw new Error(`the fake store does not answer ${r.type}`);
    }
  }
}

function reported(text: string, key: string): PageReport['mentions'][number] {
  return { text, key, office: '3', year: '23', type: 'cv', serial: key.split('|')[2] ?? '1', judges: [], defendant: null, kind: 'district' };
}

function pageWith(store: FakeStore, primary: { text: string; key: string } | null, mentions: { text: string; key: string; court?: string }[] = [], title = 'Doe v. Agency'): void {
  const saved = (key: string) => store.live('cases').find((c) => c.key === key) ?? null;
  const p = primary ? saved(primary.key) : null;
  store.page = {
    report: {
      url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1',
      court: 'cand',
      pageType: 'docket',
      title,
      primary: primary ? reported(primary.text, primary.key.split('|').slice(1).join('|')) : null,
      mentions: mentions.map((m) => ({ ...reported(m.text, m.key.split('|').slice(1).join('|')), court: m.court ?? null })),
    },
    lookup: {
      primary: p ? store.summary(p) : null,
      mentions: Object.fromEntries(
        mentions.flatMap((m) => {
          const s = saved(m.key);
          return s ? [[m.key.split('|').slice(1).join('|'), store.summary(s)]] : [];
        }),
      ),
    },
  };
}

function setup(store: FakeStore, tabId: number | null = 7) {
  const onInteractive = vi.fn();
  const view = render(<PopupApp tabId={tabId} send={store.send} subscribe={store.subscribe} now={now} onInteractive={onInteractive} />);
  return { ...view, onInteractive };
}

function typeInto(el: HTMLElement, value: string): void {
  fireEvent.input(el, { target: { value } });
}

const live = <K extends RecordKind>(store: FakeStore, kind: K) => store.live(kind);

afterEach(() => cleanup());

async function openSavedCase() {
  const store = new FakeStore();
  const c = store.addCase('3:23-cv-04557-EMC', { title: 'Doe v. Agency', tags: ['FOIA'] });
  pageWith(store, { text: '3:23-cv-04557-EMC', key: c.key });
  const view = setup(store);
  const noteField = await screen.findByLabelText('New note');
  return { store, c, view, noteField: noteField as HTMLTextAreaElement };
}

describe('opening on the current tab', () => {
  it('opens the page’s saved case with focus in the note field, and reports interactive once', async () => {
    const { store, noteField, view } = await openSavedCase();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('3:23-cv-04557-EMC');
    await waitFor(() => expect(document.activeElement).toBe(noteField));
    expect(store.sent[0]).toEqual({ type: 'page/get', tabId: 7 });
    expect(view.onInteractive).toHaveBeenCalledTimes(1);
  });

  it('creates the page’s unsaved case in one action with court, number and title from the page', async () => {
    const store = new FakeStore();
    pageWith(store, { text: '3:24-cv-01234-JD', key: 'cand|24|cv|1234|3' }, [], 'Roe v. Department of State');
    const view = setup(store);
    const add = await screen.findByRole('button', { name: 'Add 3:24-cv-01234-JD to Docket Margin' });
    await waitFor(() => expect(document.activeElement).toBe(add));
    expect(view.onInteractive).toHaveBeenCalledTimes(1);
    fireEvent.click(add);
    const noteField = await screen.findByLabelText('New note');
    const created = live(store, 'cases');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ court: 'cand', docketNumber: '3:24-cv-01234-JD', title: 'Roe v. Department of State' });
    await waitFor(() => expect(document.activeElement).toBe(noteField));
  });

  it('lets the user pick among several cases on a page with no case of its own', async () => {
    const store = new FakeStore();
    const saved = store.addCase('3:23-cv-04557-EMC', { title: 'Saved one' });
    pageWith(store, null, [
      { text: '3:23-cv-04557', key: saved.key },
      { text: '5:22-cv-00099', key: 'cand|22|cv|99|5', court: 'cand' },
    ]);
    setup(store);
    await screen.findByRole('heading', { name: 'Cases on this page' });
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Add 5:22-cv-00099 to Docket Margin' }));
    await screen.findByLabelText('New note');
    expect(live(store, 'cases').map((c) => c.docketNumber).sort()).toEqual(['3:23-cv-04557-EMC', '5:22-cv-00099']);
    // Back on the list, the added case now opens instead of offering Add again.
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await screen.findByRole('heading', { name: 'Cases on this page' });
    expect(screen.queryByRole('button', { name: /^Add 5:22/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Saved one/ }));
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toContain('3:23-cv-04557-EMC');
  });

  it('opens on the case list, search focused, when the tab has no case or no content script', async () => {
    const store = new FakeStore();
    store.addCase('3:23-cv-04557-EMC', { title: 'Doe v. Agency' });
    setup(store); // page/get answers { report: null }
    const search = await screen.findByLabelText('Search cases');
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(await screen.findByText('1 case')).toBeTruthy();

    cleanup();
    const failing: Send = (async (r: Request) => {
      if (r.type === 'page/get') throw new Error('no content script');
      return store.send(r);
    }) as Send;
    render(<PopupApp tabId={3} send={failing} subscribe={store.subscribe} now={now} />);
    expect(await screen.findByLabelText('Search cases')).toBeTruthy();
  });
});

describe('notes', () => {
  it('Enter saves the note, Shift+Enter does not, and the field is cleared and keeps focus', async () => {
    const { store, c, noteField } = await openSavedCase();
    typeInto(noteField, 'Agency promised 500 pages a month.');
    fireEvent.keyDown(noteField, { key: 'Enter', shiftKey: true });
    expect(live(store, 'notes')).toHaveLength(0);
    fireEvent.keyDown(noteField, { key: 'Enter' });
    await screen.findByText('Agency promised 500 pages a month.');
    expect(live(store, 'notes')).toEqual([expect.objectContaining({ caseId: c.id, text: 'Agency promised 500 pages a month.' })]);
    expect(noteField.value).toBe('');
    expect(document.activeElement).toBe(noteField);
    expect(screen.getByRole('status').textContent).toContain('Note saved.');
  });

  it('shows the validation message in place for an empty note and saves nothing', async () => {
    const { store, noteField } = await openSavedCase();
    typeInto(noteField, '   ');
    fireEvent.keyDown(noteField, { key: 'Enter' });
    const message = await screen.findByText('A note needs text.');
    expect(noteField.getAttribute('aria-invalid')).toBe('true');
    expect(noteField.getAttribute('aria-describedby')).toContain(message.id);
    expect(store.sent.some((r) => r.type === 'note/put')).toBe(false);
  });

  it('Escape clears the new-note draft', async () => {
    const { noteField } = await openSavedCase();
    typeInto(noteField, 'half a thought');
    fireEvent.keyDown(noteField, { key: 'Escape' });
    await waitFor(() => expect(noteField.value).toBe(''));
  });

  it('edits a note in place: Enter saves, Escape cancels', async () => {
    const { store, c } = await openSavedCase();
    const n = store.addNote(c.id, 'First version');
    await act(async () => void (await store.send({ type: 'case/update', caseId: c.id, fields: {} }))); // a change signal
    fireEvent.click(await screen.findByRole('button', { name: 'Edit note' }));
    const edit = screen.getByLabelText('Edit note') as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(edit));
    typeInto(edit, 'Thrown away');
    fireEvent.keyDown(edit, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Edit note')).toBeNull());
    expect(screen.getByText('First version')).toBeTruthy();
    expect(store.notes.get(n.id)!.text).toBe('First version');

    fireEvent.click(screen.getByRole('button', { name: 'Edit note' }));
    const again = screen.getByLabelText('Edit note');
    typeInto(again, 'Second version');
    fireEvent.keyDown(again, { key: 'Enter' });
    await screen.findByText('Second version');
    expect(store.notes.get(n.id)!.text).toBe('Second version');
    expect(live(store, 'notes')).toHaveLength(1);
  });

  it('deletes a note and Undo brings it back', async () => {
    const { store, c } = await openSavedCase();
    const n = store.addNote(c.id, 'Regret this');
    await act(async () => void (await store.send({ type: 'case/update', caseId: c.id, fields: {} })));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.queryByText('Regret this')).toBeNull());
    expect(store.notes.get(n.id)!.deleted).toBe(true);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByText('Regret this');
    expect(store.notes.get(n.id)!.deleted).toBe(false);
    expect(store.sent).toContainEqual({ type: 'record/restore', kind: 'notes', id: n.id });
  });
});

describe('errors from the background', () => {
  it('shows a failed delete in place and offers no Undo', async () => {
    const { store, c } = await openSavedCase();
    const d = store.addDeadline(c.id, '2026-12-01', 'Gone elsewhere');
    await act(async () => void (await store.send({ type: 'case/update', caseId: c.id, fields: {} })));
    store.deadlines.get(d.id)!.deleted = true; // deleted in another window, no signal yet
    fireEvent.click(await screen.findByRole('button', { name: 'Delete deadline Gone elsewhere' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That record is no longer there.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('deadlines', () => {
  it('adds a deadline by keyboard, with validation messages in place first', async () => {
    const { store, c } = await openSavedCase();
    const opener = screen.getByRole('button', { name: 'Add deadline' });
    fireEvent.click(opener);
    const due = screen.getByLabelText('Date') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(due));
    const form = screen.getByRole('form', { name: 'New deadline' });
    fireEvent.submit(form);
    expect(await screen.findByText('Expected a date as YYYY-MM-DD.')).toBeTruthy();
    expect(screen.getByText('A deadline needs a title.')).toBeTruthy();
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(live(store, 'deadlines')).toHaveLength(0);

    typeInto(due, '2026-12-01');
    typeInto(screen.getByLabelText('Time (optional)'), '09:30');
    typeInto(screen.getByLabelText('Title'), 'Joint status report');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'hearing' } });
    fireEvent.submit(form); // what Enter in a field does
    await screen.findByText('Joint status report');
    expect(live(store, 'deadlines')).toEqual([
      expect.objectContaining({ caseId: c.id, due: '2026-12-01', time: '09:30', title: 'Joint status report', kind: 'hearing', done: false }),
    ]);
    expect(screen.queryByRole('form', { name: 'New deadline' })).toBeNull();
  });

  it('Escape cancels the form and gives focus back to the Add button', async () => {
    await openSavedCase();
    fireEvent.click(screen.getByRole('button', { name: 'Add deadline' }));
    const title = screen.getByLabelText('Title');
    typeInto(title, 'draft');
    fireEvent.keyDown(title, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New deadline' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add deadline' })));
  });

  it('edits, marks done and deletes with Undo', async () => {
    const { store, c } = await openSavedCase();
    const d = store.addDeadline(c.id, '2026-11-20', 'Opposition brief');
    await act(async () => void (await store.send({ type: 'case/update', caseId: c.id, fields: {} })));
    const row = (await screen.findByText('Opposition brief')).closest('li')!;
    expect(row.textContent).toContain('Overdue');

    fireEvent.click(within(row).getByRole('button', { name: 'Edit deadline Opposition brief' }));
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe('Opposition brief');
    typeInto(title, 'Opposition brief (extended)');
    typeInto(screen.getByLabelText('Date'), '2026-12-04');
    fireEvent.submit(screen.getByRole('form', { name: 'Edit deadline' }));
    await screen.findByText('Opposition brief (extended)');
    expect(store.deadlines.get(d.id)).toMatchObject({ title: 'Opposition brief (extended)', due: '2026-12-04' });
    expect(live(store, 'deadlines')).toHaveLength(1);

    fireEvent.click(screen.getByRole('checkbox', { name: /Opposition brief \(extended\)/ }));
    await waitFor(() => expect(store.deadlines.get(d.id)!.done).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Delete deadline Opposition brief (extended)' }));
    await waitFor(() => expect(screen.queryByText('Opposition brief (extended)')).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Opposition brief (extended)');
    expect(store.deadlines.get(d.id)!.deleted).toBe(false);
  });
});

describe('productions', () => {
  it('rejects negative and fractional page counts in place, then adds a release and shows totals', async () => {
    const { store, c } = await openSavedCase();
    fireEvent.click(screen.getByRole('button', { name: 'Add release' }));
    const date = screen.getByLabelText('Date') as HTMLInputElement;
    expect(date.value).toBe(now.date);
    typeInto(screen.getByLabelText('Agency'), 'ICE');
    typeInto(screen.getByLabelText('Component'), 'HSI');
    typeInto(screen.getByLabelText('Pages reviewed'), '-5');
    typeInto(screen.getByLabelText('Released in full'), '1.5');
    const form = screen.getByRole('form', { name: 'New release' });
    fireEvent.submit(form);
    expect(await screen.findByText('Page counts cannot be negative.')).toBeTruthy();
    expect(screen.getByLabelText('Released in full').getAttribute('aria-invalid')).toBe('true');
    expect(live(store, 'productions')).toHaveLength(0);

    typeInto(screen.getByLabelText('Pages reviewed'), '909');
    typeInto(screen.getByLabelText('Released in full'), '120');
    typeInto(screen.getByLabelText('Withheld in full'), '10');
    fireEvent.submit(form);
    await waitFor(() => expect(live(store, 'productions')).toHaveLength(1));
    expect(live(store, 'productions')[0]).toMatchObject({
      caseId: c.id,
      agency: 'ICE',
      component: 'HSI',
      pagesReviewed: 909,
      pagesReleased: 120,
      pagesReleasedInPart: 0,
      pagesWithheldInFull: 10,
    });
    const figures = await screen.findByText('Released in full', { selector: 'dt' });
    expect(figures.nextElementSibling!.textContent).toBe('120');
    expect(screen.getByText(/ICE \/ HSI/)).toBeTruthy();
  });
});

describe('case details', () => {
  it('saves title and tags (split on commas, duplicates dropped); Escape restores the saved values', async () => {
    const { store, c } = await openSavedCase();
    const title = screen.getByLabelText('Case title') as HTMLInputElement;
    const tags = screen.getByLabelText('Tags') as HTMLInputElement;
    expect(title.value).toBe('Doe v. Agency');
    expect(tags.value).toBe('FOIA');
    typeInto(title, 'Doe v. ICE');
    typeInto(tags, 'FOIA, ICE ,, foia, expedited');
    fireEvent.submit(screen.getByRole('form', { name: 'Case details' }));
    await waitFor(() => expect(store.cases.get(c.id)).toMatchObject({ title: 'Doe v. ICE', tags: ['FOIA', 'ICE', 'expedited'] }));
    await waitFor(() => expect(tags.value).toBe('FOIA, ICE, expedited'));

    typeInto(title, 'Oops');
    fireEvent.keyDown(title, { key: 'Escape' });
    await waitFor(() => expect(title.value).toBe('Doe v. ICE'));
  });

  it('rejects a tag longer than 60 characters', async () => {
    const { store, c } = await openSavedCase();
    typeInto(screen.getByLabelText('Tags'), `ok, ${'x'.repeat(61)}`);
    fireEvent.submit(screen.getByRole('form', { name: 'Case details' }));
    expect(await screen.findByText('A tag can have at most 60 characters.')).toBeTruthy();
    expect(store.cases.get(c.id)!.tags).toEqual(['FOIA']);
  });

  it('deletes the whole case, goes to the list, and Undo reopens it', async () => {
    const { store, c } = await openSavedCase();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this case' }));
    await screen.findByLabelText('Search cases');
    expect(store.cases.get(c.id)!.deleted).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: /3:23-cv-04557-EMC/ })).toBeTruthy();
    expect(store.cases.get(c.id)!.deleted).toBe(false);
  });
});

describe('case list', () => {
  function listStore(): FakeStore {
    const store = new FakeStore();
    const a = store.addCase('3:23-cv-00001-AA', { title: 'No deadlines, old', stamp: '00000001' });
    const b = store.addCase('3:23-cv-00002-BB', { title: 'Due in December', tags: ['expedited'] });
    const d = store.addCase('3:23-cv-00003-CC', { title: 'Overdue one' });
    const e = store.addCase('3:23-cv-00004-DD', { title: 'Only done deadlines', stamp: '00000099' });
    store.addDeadline(b.id, '2026-12-15', 'Reply');
    store.addDeadline(b.id, '2026-12-01', 'Opening brief', { done: true });
    store.addDeadline(d.id, '2026-11-01', 'Late filing');
    store.addDeadline(e.id, '2026-11-23', 'Finished', { done: true });
    store.addNote(a.id, 'The agency searched the wrong custodians.');
    return store;
  }

  it('sorts by next open deadline, overdue first, then cases without one (newest edit first)', async () => {
    setup(listStore(), null);
    await screen.findByText('4 cases');
    const numbers = screen.getAllByRole('listitem').map((li) => /3:23-cv-0000\d/.exec(li.textContent ?? '')?.[0]);
    expect(numbers).toEqual(['3:23-cv-00003', '3:23-cv-00002', '3:23-cv-00004', '3:23-cv-00001']);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('Overdue');
  });

  it('shows rows in the background’s order: same-day deadlines by time, untimed last', async () => {
    const store = new FakeStore();
    const x = store.addCase('3:23-cv-00010', { title: 'untimed' });
    const y = store.addCase('3:23-cv-00011', { title: 'afternoon' });
    const z = store.addCase('3:23-cv-00012', { title: 'morning' });
    store.addDeadline(x.id, '2026-12-01', 'untimed');
    store.addDeadline(y.id, '2026-12-01', 'afternoon', { time: '14:00' });
    store.addDeadline(z.id, '2026-12-01', 'morning', { time: '09:00' });
    setup(store, null);
    await screen.findByText('3 cases');
    const titles = screen.getAllByRole('listitem').map((li) => li.querySelector('.row-title')?.textContent);
    expect(titles).toEqual(['morning', 'afternoon', 'untimed']);
  });

  it('searches through the background across number, title, tag and note text, and opens a case', async () => {
    const store = listStore();
    setup(store, null);
    await screen.findByText('4 cases');
    const search = screen.getByLabelText('Search cases');
    const check = async (q: string, expected: string): Promise<void> => {
      typeInto(search, q);
      await waitFor(() => expect(store.sent).toContainEqual({ type: 'case/list', query: q, limit: FIRST_ROWS }));
      await waitFor(() => {
        expect(screen.getAllByRole('listitem')).toHaveLength(1);
        expect(screen.getByRole('listitem').textContent).toContain(expected);
      });
    };
    await check('00003', 'Overdue one');
    await check('december', 'Due in December');
    await check('expedited', 'Due in December');
    await check('custodians', 'No deadlines, old');
    typeInto(search, 'nothing like this');
    expect(await screen.findByText('No saved case matches.')).toBeTruthy();
    typeInto(search, 'custodians');
    fireEvent.click(await screen.findByRole('button', { name: /No deadlines, old/ }));
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toContain('3:23-cv-00001-AA');
  });

  it('asks for the first 50 rows and their total, then more on request, focus on the first new row', async () => {
    const store = new FakeStore();
    const total = FIRST_ROWS + MORE_ROWS + 10;
    for (let i = 0; i < total; i++) store.addCase(`3:23-cv-${String(10_000 + i)}`, { title: `Case ${i}` });
    setup(store, null);
    await screen.findByText(`${total} cases`);
    expect(store.sent).toContainEqual({ type: 'case/list', query: '', limit: FIRST_ROWS });
    expect(store.sent).toContainEqual({ type: 'case/count', query: '' });
    expect(store.sent.some((r) => r.type === 'case/list' && r.limit === undefined)).toBe(false);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS);

    fireEvent.click(screen.getByRole('button', { name: `Show ${MORE_ROWS} more of ${total} cases` }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS + MORE_ROWS));
    expect(store.sent).toContainEqual({ type: 'case/list', query: '', limit: FIRST_ROWS + MORE_ROWS });
    const rows = screen.getAllByRole('listitem');
    expect(document.activeElement).toBe(within(rows[FIRST_ROWS]!).getByRole('button'));

    fireEvent.click(screen.getByRole('button', { name: `Show 10 more of ${total} cases` }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(total));
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
    // The newest edit first among cases without deadlines: every case shown once, in that order.
    const titles = screen.getAllByRole('listitem').map((li) => li.querySelector('.row-title')?.textContent);
    expect(titles).toEqual(Array.from({ length: total }, (_, i) => `Case ${total - 1 - i}`));
  });

  it('searches every case, not only the rows shown, and starts again at 50 rows', async () => {
    const store = new FakeStore();
    for (let i = 0; i < 120; i++) store.addCase(`3:23-cv-${String(10_000 + i)}`, { title: i % 2 ? `Odd ${i}` : `Even ${i}` });
    setup(store, null);
    await screen.findByText('120 cases');
    fireEvent.click(screen.getByRole('button', { name: 'Show 70 more of 120 cases' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(120));
    // The oldest case is the last row; only a search over every case finds it from the first page.
    typeInto(screen.getByLabelText('Search cases'), 'even');
    expect(await screen.findByText('60 cases match')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS));
    expect(store.sent).toContainEqual({ type: 'case/list', query: 'even', limit: FIRST_ROWS });
    typeInto(screen.getByLabelText('Search cases'), 'Even 0');
    await waitFor(() => expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.row-title')?.textContent)).toEqual(['Even 0']));
    expect(await screen.findByText('1 case match')).toBeTruthy();
  });

  it('re-reads on the change signal (a write elsewhere) and keeps the search text', async () => {
    const store = listStore();
    setup(store, null);
    await screen.findByText('4 cases');
    const search = screen.getByLabelText('Search cases') as HTMLInputElement;
    typeInto(search, '3:23');
    await act(async () => {
      await store.send({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-00005-EE', title: 'Added in another window' });
    });
    expect(await screen.findByText('Added in another window')).toBeTruthy();
    expect(search.value).toBe('3:23');
  });
});

describe('live updates in the editor', () => {
  it('shows a note added elsewhere without losing what the user is typing', async () => {
    const { store, c, noteField } = await openSavedCase();
    typeInto(noteField, 'my unsaved draft');
    await act(async () => {
      await store.send({ type: 'note/put', note: { caseId: c.id, text: 'From the options page' } });
    });
    expect(await screen.findByText('From the options page')).toBeTruthy();
    expect(noteField.value).toBe('my unsaved draft');
  });
});

describe('a reminder opens its case (popup.html?case=…)', () => {
  it('opens that case’s editor at once, asks for no tab, and offers the calendar export of its deadlines', async () => {
    const store = new FakeStore();
    store.addCase('1:20-cv-00001', { title: 'Other case' });
    const c = store.addCase('3:23-cv-04557-EMC', { title: 'Doe v. Agency' });
    store.addDeadline(c.id, '2026-11-23', 'Reply brief');
    const download = vi.fn();
    const onInteractive = vi.fn();
    render(<PopupApp tabId={null} caseId={c.id} download={download} send={store.send} subscribe={store.subscribe} now={now} onInteractive={onInteractive} />);
    await screen.findByText('Reply brief');
    expect(screen.getByText('Doe v. Agency')).toBeTruthy();
    expect(store.sent.map((r) => r.type)).toEqual(['case/get']);
    fireEvent.click(screen.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(download).toHaveBeenCalledWith(`docket-margin-${c.id}.ics`, `BEGIN:VCALENDAR\r\nX-CASE:${c.id}\r\nEND:VCALENDAR\r\n`, 'text/calendar;charset=utf-8');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Calendar file docket-margin-${c.id}.ics saved.`));
    expect(onInteractive).toHaveBeenCalledTimes(1);
  });

  it('a case without deadlines offers no calendar export', async () => {
    const store = new FakeStore();
    const c = store.addCase('3:23-cv-04557-EMC', { title: 'Doe v. Agency' });
    render(<PopupApp tabId={null} caseId={c.id} download={vi.fn()} send={store.send} subscribe={store.subscribe} now={now} />);
    await screen.findByText('No deadlines.');
    expect(screen.queryByRole('button', { name: /calendar/ })).toBeNull();
  });
});
