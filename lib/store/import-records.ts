/**
 * One child entry of an import file → the record it stores, and what makes two records without
 * ids "the same" note, deadline, release, expected volume, pace or request (so a hand-written file
 * imported twice adds nothing the second time). Pure.
 */
import type {
  AnyRecord,
  ChildKind,
  DeadlineRecord,
  ExpectedRecord,
  NoteRecord,
  PaceRecord,
  ProductionRecord,
  RequestRecord,
} from '../model/schema';
import { newRecordId } from './records';

export interface RecordContext {
  stamp: () => string;
  deviceId: string;
  nowIso: string;
}

/** What makes two records without ids the same one, sync metadata aside. */
export function contentKey(kind: ChildKind, r: AnyRecord): string {
  switch (kind) {
    case 'notes':
      return (r as NoteRecord).text;
    case 'deadlines': {
      const d = r as DeadlineRecord;
      return JSON.stringify([d.due, d.time, d.title, d.kind]);
    }
    case 'productions': {
      const p = r as ProductionRecord;
      return JSON.stringify([p.date, p.agency, p.component, p.pagesReviewed, p.pagesReleased, p.pagesReleasedInPart, p.pagesWithheldInFull, p.pagesReferred, p.referredTo, p.exemptions, p.note]);
    }
    case 'expected': {
      const e = r as ExpectedRecord;
      return JSON.stringify([e.agency, e.component, e.pages, e.approximate, e.asOf, e.note]);
    }
    case 'paces': {
      const p = r as PaceRecord;
      return JSON.stringify([p.agency, p.perMonth, p.from, p.basis, p.note]);
    }
    case 'requests': {
      const q = r as RequestRecord;
      return JSON.stringify([q.agency, q.trackingNumber, q.submitted, q.note]);
    }
  }
}

/** Same content and flags, ignoring sync metadata. */
export function sameContent(kind: ChildKind, a: AnyRecord, b: AnyRecord): boolean {
  if (contentKey(kind, a) !== contentKey(kind, b) || a.deleted !== b.deleted) return false;
  return kind !== 'deadlines' || (a as DeadlineRecord).done === (b as DeadlineRecord).done;
}

const str = (e: Record<string, unknown>, k: string): string => ((e[k] as string | undefined) ?? '').trim();

/** The record a validated file entry stores; missing fields take their defaults. */
export function buildChild(kind: ChildKind, e: Record<string, unknown>, caseId: string, ctx: RecordContext): AnyRecord {
  const base = {
    id: (e.id as string | undefined) ?? newRecordId(kind),
    stamp: (e.stamp as string | undefined) ?? ctx.stamp(),
    deviceId: (e.deviceId as string | undefined) ?? ctx.deviceId,
    deleted: (e.deleted as boolean | undefined) ?? false,
    caseId,
  };
  const note = (e.note as string | undefined) ?? '';
  const sourceQuote = (e.sourceQuote as string | undefined) ?? '';
  switch (kind) {
    case 'notes': {
      const createdAt = (e.createdAt as string | undefined) ?? ctx.nowIso;
      return { ...base, text: e.text as string, createdAt, editedAt: (e.editedAt as string | undefined) ?? createdAt } satisfies NoteRecord;
    }
    case 'deadlines':
      return {
        ...base,
        due: e.due as string,
        time: (e.time as string | null | undefined) ?? null,
        title: e.title as string,
        kind: (e.kind as DeadlineRecord['kind'] | undefined) ?? 'other',
        done: (e.done as boolean | undefined) ?? false,
        source: (e.source as DeadlineRecord['source'] | undefined) ?? 'import',
      } satisfies DeadlineRecord;
    case 'productions': {
      const n = (k: string): number => (e[k] as number | undefined) ?? 0;
      return {
        ...base,
        date: e.date as string,
        agency: str(e, 'agency'),
        component: str(e, 'component'),
        pagesReviewed: n('pagesReviewed'),
        pagesReleased: n('pagesReleased'),
        pagesReleasedInPart: n('pagesReleasedInPart'),
        pagesWithheldInFull: n('pagesWithheldInFull'),
        pagesReferred: n('pagesReferred'),
        referredTo: str(e, 'referredTo'),
        exemptions: [...new Set((e.exemptions as string[] | undefined) ?? [])],
        note,
        sourceQuote,
      } satisfies ProductionRecord;
    }
    case 'expected':
      return {
        ...base,
        agency: str(e, 'agency'),
        component: str(e, 'component'),
        pages: e.pages as number,
        approximate: (e.approximate as boolean | undefined) ?? false,
        asOf: e.asOf as string,
        note,
        sourceQuote,
      } satisfies ExpectedRecord;
    case 'paces':
      return {
        ...base,
        agency: str(e, 'agency'),
        perMonth: e.perMonth as number,
        from: e.from as string,
        basis: (e.basis as PaceRecord['basis'] | undefined) ?? 'order',
        note,
        sourceQuote,
      } satisfies PaceRecord;
    case 'requests':
      return {
        ...base,
        agency: str(e, 'agency'),
        trackingNumber: str(e, 'trackingNumber'),
        submitted: (e.submitted as string | null | undefined) ?? null,
        note,
      } satisfies RequestRecord;
  }
}
