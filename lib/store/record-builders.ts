/**
 * How a child record is built from what the user entered: pure, so the repository only checks the
 * case, stamps and writes. `old` is the stored record being replaced, if any.
 */
import type { DeadlineInput, NoteInput, ProductionInput } from '../messages/schema';
import type { DeadlineRecord, NoteRecord, ProductionRecord } from '../model/schema';

/** Inputs as the router hands them over (defaults applied by the request schema). */
export type NoteFields = NoteInput;
export type DeadlineFields = Required<Omit<DeadlineInput, 'id'>> & { id?: string };
export type ProductionFields = Required<Omit<ProductionInput, 'id'>> & { id?: string };

/** The id and sync stamp a write gives its record. */
export interface RecordStamp {
  id: string;
  stamp: string;
  deviceId: string;
}

export function buildNote(input: NoteFields, old: NoteRecord | undefined, meta: RecordStamp, nowIso: string): NoteRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    text: input.text.trim(),
    createdAt: old?.createdAt ?? nowIso,
    editedAt: nowIso,
  };
}

export function buildDeadline(input: DeadlineFields, old: DeadlineRecord | undefined, meta: RecordStamp): DeadlineRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    due: input.due,
    time: input.time,
    title: input.title.trim(),
    kind: input.kind,
    done: input.done,
    source: old?.source ?? 'manual',
  };
}

export function buildProduction(input: ProductionFields, _old: ProductionRecord | undefined, meta: RecordStamp): ProductionRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    date: input.date,
    agency: input.agency.trim(),
    component: input.component.trim(),
    pagesReviewed: input.pagesReviewed,
    pagesReleased: input.pagesReleased,
    pagesReleasedInPart: input.pagesReleasedInPart,
    pagesWithheldInFull: input.pagesWithheldInFull,
    pagesReferred: input.pagesReferred,
    note: input.note,
  };
}
