/**
 * Records → the export file: every case with its records nested, sync metadata and tombstones
 * kept (so a file merges into another profile as sync would), in a deterministic order.
 */
import { FORMAT, FORMAT_VERSION } from './interchange-file';
import type { AnyRecord, ChildKind, DeadlineRecord, ExpectedRecord, NoteRecord, PaceRecord, ProductionRecord, RecordSet, RequestRecord } from '../model/schema';

/** Local calendar date as YYYY-MM-DD: the file is named for the user's day, not UTC's. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function exportFilename(ms: number): string {
  return `docket-margin-${localDate(ms)}.json`;
}

const metaOut = (r: AnyRecord): Record<string, unknown> => ({
  id: r.id,
  stamp: r.stamp,
  deviceId: r.deviceId,
  ...(r.deleted ? { deleted: true } : {}),
});

const byString = <T>(f: (x: T) => string) => (a: T, b: T): number => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);

/** What an export carries of the settings (interchange-file.ts FileSettings). */
export interface ExportedSettings {
  reminders: { enabled: boolean; time: string; daysOut: number[] };
}

/** Every case with its records nested, tombstones marked; deterministic order. */
export function toInterchange(set: RecordSet, exportedAtMs: number, settings?: ExportedSettings): Record<string, unknown> {
  const children = (kind: ChildKind): Map<string, AnyRecord[]> => {
    const m = new Map<string, AnyRecord[]>();
    for (const r of set[kind]) {
      const list = m.get(r.caseId);
      if (list) list.push(r);
      else m.set(r.caseId, [r]);
    }
    return m;
  };
  const notes = children('notes');
  const deadlines = children('deadlines');
  const productions = children('productions');
  const expected = children('expected');
  const paces = children('paces');
  const requests = children('requests');
  const cases = [...set.cases].sort(byString((c) => `${c.court} ${c.docketNumber} ${c.id}`)).map((c) => ({
    ...metaOut(c),
    court: c.court,
    docketNumber: c.docketNumber,
    title: c.title,
    tags: c.tags,
    createdAt: c.createdAt,
    notes: ((notes.get(c.id) ?? []) as NoteRecord[]).sort(byString((n) => `${n.createdAt} ${n.id}`)).map((n) => ({
      ...metaOut(n),
      text: n.text,
      createdAt: n.createdAt,
      editedAt: n.editedAt,
    })),
    deadlines: ((deadlines.get(c.id) ?? []) as DeadlineRecord[]).sort(byString((d) => `${d.due} ${d.time ?? ''} ${d.id}`)).map((d) => ({
      ...metaOut(d),
      due: d.due,
      time: d.time,
      title: d.title,
      kind: d.kind,
      done: d.done,
      source: d.source,
    })),
    productions: ((productions.get(c.id) ?? []) as ProductionRecord[]).sort(byString((p) => `${p.date} ${p.id}`)).map((p) => ({
      ...metaOut(p),
      date: p.date,
      agency: p.agency,
      component: p.component,
      pagesReviewed: p.pagesReviewed,
      pagesReleased: p.pagesReleased,
      pagesReleasedInPart: p.pagesReleasedInPart,
      pagesWithheldInFull: p.pagesWithheldInFull,
      pagesReferred: p.pagesReferred,
      referredTo: p.referredTo,
      exemptions: p.exemptions,
      note: p.note,
      sourceQuote: p.sourceQuote,
    })),
    expected: ((expected.get(c.id) ?? []) as ExpectedRecord[]).sort(byString((e) => `${e.asOf} ${e.id}`)).map((e) => ({
      ...metaOut(e),
      agency: e.agency,
      component: e.component,
      pages: e.pages,
      approximate: e.approximate,
      asOf: e.asOf,
      note: e.note,
      sourceQuote: e.sourceQuote,
    })),
    paces: ((paces.get(c.id) ?? []) as PaceRecord[]).sort(byString((p) => `${p.from} ${p.id}`)).map((p) => ({
      ...metaOut(p),
      agency: p.agency,
      perMonth: p.perMonth,
      from: p.from,
      basis: p.basis,
      note: p.note,
      sourceQuote: p.sourceQuote,
    })),
    requests: ((requests.get(c.id) ?? []) as RequestRecord[]).sort(byString((q) => `${q.submitted ?? ''} ${q.id}`)).map((q) => ({
      ...metaOut(q),
      agency: q.agency,
      trackingNumber: q.trackingNumber,
      submitted: q.submitted,
      note: q.note,
    })),
  }));
  const carried = settings
    ? { settings: { reminders: { enabled: settings.reminders.enabled, time: settings.reminders.time, daysOut: settings.reminders.daysOut } } }
    : {};
  return { format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(exportedAtMs).toISOString(), ...carried, cases };
}
