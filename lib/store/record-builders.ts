/**
 * How a child record is built from what the user entered: pure, so the repository only checks the
 * case, stamps and writes. `old` is the stored record being replaced, if any.
 */
import type { DeadlineInput, ExpectedInput, NoteInput, PaceInput, ProductionInput, RequestInput } from '../messages/schema';
import type { DeadlineRecord, ExpectedRecord, NoteRecord, PaceRecord, ProductionRecord, RequestRecord } from '../model/schema';

/** Inputs as the router hands them over (defaults applied by the request schema). */
export type NoteFields = NoteInput;
export type DeadlineFields = Required<Omit<DeadlineInput, 'id'>> & { id?: string };
/** The fields a release added with the status-report reader may be left out (older callers). */
type ReaderFields = 'referredTo' | 'exemptions' | 'sourceQuote';
export type ProductionFields = Required<Omit<ProductionInput, 'id' | ReaderFields>> & Pick<ProductionInput, ReaderFields> & { id?: string };
export type ExpectedFields = Required<Omit<ExpectedInput, 'id'>> & { id?: string };
export type PaceFields = Required<Omit<PaceInput, 'id'>> & { id?: string };
export type RequestFields = Required<Omit<RequestInput, 'id'>> & { id?: string };

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
    referredTo: (input.referredTo ?? '').trim(),
    exemptions: [...new Set(input.exemptions ?? [])],
    note: input.note,
    sourceQuote: input.sourceQuote ?? '',
  };
}

export function buildExpected(input: ExpectedFields, _old: ExpectedRecord | undefined, meta: RecordStamp): ExpectedRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    agency: input.agency.trim(),
    component: input.component.trim(),
    pages: input.pages,
    approximate: input.approximate,
    asOf: input.asOf,
    note: input.note,
    sourceQuote: input.sourceQuote,
  };
}

export function buildPace(input: PaceFields, _old: PaceRecord | undefined, meta: RecordStamp): PaceRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    agency: input.agency.trim(),
    perMonth: input.perMonth,
    from: input.from,
    basis: input.basis,
    note: input.note,
    sourceQuote: input.sourceQuote,
  };
}

export function buildRequest(input: RequestFields, _old: RequestRecord | undefined, meta: RecordStamp): RequestRecord {
  return {
    ...meta,
    deleted: false,
    caseId: input.caseId,
    agency: input.agency.trim(),
    trackingNumber: input.trackingNumber.trim(),
    submitted: input.submitted,
    note: input.note,
  };
}
