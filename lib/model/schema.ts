/**
 * The annotation model. Every record carries sync metadata (id, HLC stamp, device, tombstone);
 * the sync layer merges record by record on these. Types are inferred from the schemas.
 * Background/popup/options only: the content script imports types from here with `import type`.
 */
import { z } from 'zod';

// No compiled parsers: zod would otherwise try `new Function` on its first object parse, which the
// extension pages' CSP (no 'unsafe-eval') refuses (zod catches that and falls back); jitless never
// tries. Global to the bundle, and every bundle that parses imports this module before its first parse.
z.config({ jitless: true });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'impossible date');
export const IsoDate = isoDate;

export const IsoTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM (24h)');
const pageCount = z.number().int('page counts are whole numbers').min(0, 'page counts cannot be negative').max(1e9);

/** Sync metadata on every record. `stamp` is an HLC string (lib/model/hlc.ts). */
export const RecordMeta = z.object({
  id: z.string().min(1).max(128),
  stamp: z.string().min(1).max(128),
  deviceId: z.string().min(1).max(64),
  deleted: z.boolean().default(false),
});

export const CaseNumberPartsSchema = z.object({
  office: z.string().regex(/^\d{1,2}$/).nullable(),
  year: z.string().regex(/^\d{2}$/),
  type: z.string().regex(/^[a-z]{1,5}$/).nullable(),
  serial: z.string().regex(/^\d{1,8}$/),
  judges: z.array(z.string().max(8)).max(4),
  defendant: z.string().max(4).nullable(),
  kind: z.enum(['district', 'bankruptcy', 'appellate', 'mdl']),
});

export const CaseRecord = RecordMeta.extend({
  /** PACER court id (`cand`, `azb`, `ca9`). */
  court: z.string().regex(/^[a-z0-9-]{2,12}$/),
  /** Identity key (lib/docket-number/identity.ts caseKey); indexed for page lookups. */
  key: z.string().min(1).max(80),
  /** Loose key without the office, so a caption-form number finds the saved case. */
  looseKey: z.string().min(1).max(80),
  docketNumber: z.string().min(1).max(80),
  parts: CaseNumberPartsSchema,
  title: z.string().max(500).default(''),
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  createdAt: z.string(),
});

export const NoteRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  text: z.string().min(1, 'a note needs text').max(20_000),
  createdAt: z.string(),
  editedAt: z.string(),
});

export const DeadlineKind = z.enum(['filing', 'hearing', 'production', 'other']);
export const DeadlineRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  due: isoDate,
  time: IsoTime.nullable().default(null),
  title: z.string().min(1, 'a deadline needs a title').max(500),
  kind: DeadlineKind.default('other'),
  done: z.boolean().default(false),
  /** Where it came from: typed by the user, imported from a file, suggested from docket text. */
  source: z.enum(['manual', 'import', 'docket']).default('manual'),
});

/** A FOIA exemption as agencies cite it: `(b)(5)`, `(b)(7)(C)`. */
export const Exemption = z.string().regex(/^\(b\)\([1-9]\)(\([A-F]\))?$/, 'expected an exemption like (b)(5) or (b)(7)(C)');
const quote = z.string().max(2_000).default('');

/** One interim release. `pagesReviewed` is the pages processed; `pagesReleased` those released in full. */
export const ProductionRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  date: isoDate,
  agency: z.string().max(80).default(''),
  component: z.string().max(80).default(''),
  pagesReviewed: pageCount.default(0),
  pagesReleased: pageCount.default(0),
  pagesReleasedInPart: pageCount.default(0),
  pagesWithheldInFull: pageCount.default(0),
  pagesReferred: pageCount.default(0),
  /** Who the referred pages went to ("FBI", "other agencies"). */
  referredTo: z.string().max(200).default(''),
  exemptions: z.array(Exemption).max(30).default([]),
  note: z.string().max(5_000).default(''),
  /** The status-report sentence it was read from, when it was. */
  sourceQuote: quote,
});

/** Pages an agency (or one of its components) identified or estimates, as of a date. */
export const ExpectedRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  agency: z.string().max(80).default(''),
  component: z.string().max(80).default(''),
  pages: pageCount,
  approximate: z.boolean().default(false),
  asOf: isoDate,
  note: z.string().max(5_000).default(''),
  sourceQuote: quote,
});

/** Where a pace comes from: a court order, the parties' agreement, or an agency's own proposal. */
export const PaceBasis = z.enum(['order', 'agreement', 'proposal']);

/** An ordered or agreed processing rate: pages a month, for one agency or ('' ) all, from a date. */
export const PaceRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  agency: z.string().max(80).default(''),
  perMonth: z.number().positive('a pace is more than 0 pages a month').max(1e7),
  from: isoDate,
  basis: PaceBasis.default('order'),
  note: z.string().max(5_000).default(''),
  sourceQuote: quote,
});

/** A FOIA request the case is about: agency, tracking number, date submitted. */
export const RequestRecord = RecordMeta.extend({
  caseId: z.string().min(1),
  agency: z.string().max(80).default(''),
  trackingNumber: z.string().max(80).default(''),
  submitted: isoDate.nullable().default(null),
  note: z.string().max(5_000).default(''),
});

export type RecordMeta = z.infer<typeof RecordMeta>;
export type CaseNumberPartsData = z.infer<typeof CaseNumberPartsSchema>;
export type CaseRecord = z.infer<typeof CaseRecord>;
export type NoteRecord = z.infer<typeof NoteRecord>;
export type DeadlineKind = z.infer<typeof DeadlineKind>;
export type DeadlineRecord = z.infer<typeof DeadlineRecord>;
export type ProductionRecord = z.infer<typeof ProductionRecord>;
export type ExpectedRecord = z.infer<typeof ExpectedRecord>;
export type PaceBasis = z.infer<typeof PaceBasis>;
export type PaceRecord = z.infer<typeof PaceRecord>;
export type RequestRecord = z.infer<typeof RequestRecord>;

/** A case with everything attached: what the popup and overlay render. Tombstones excluded. */
export interface CaseBundle {
  case: CaseRecord;
  notes: NoteRecord[];
  deadlines: DeadlineRecord[];
  productions: ProductionRecord[];
  expected: ExpectedRecord[];
  paces: PaceRecord[];
  requests: RequestRecord[];
}

/** The child record kinds, named as their object stores are, in the order every list of them uses. */
export const CHILD_KIND_NAMES = ['notes', 'deadlines', 'productions', 'expected', 'paces', 'requests'] as const;
export type ChildKind = (typeof CHILD_KIND_NAMES)[number];
/** The record kinds, named as the object stores are. */
export const RECORD_KIND_NAMES = ['cases', ...CHILD_KIND_NAMES] as const;
export type RecordKind = (typeof RECORD_KIND_NAMES)[number];
export type AnyRecord = CaseRecord | NoteRecord | DeadlineRecord | ProductionRecord | ExpectedRecord | PaceRecord | RequestRecord;
/** Every child record has its case's id. */
export type ChildRecordOf = { notes: NoteRecord; deadlines: DeadlineRecord; productions: ProductionRecord; expected: ExpectedRecord; paces: PaceRecord; requests: RequestRecord };
export type AnyChildRecord = ChildRecordOf[ChildKind];

export const CHILD_SCHEMAS = {
  notes: NoteRecord,
  deadlines: DeadlineRecord,
  productions: ProductionRecord,
  expected: ExpectedRecord,
  paces: PaceRecord,
  requests: RequestRecord,
} as const;

/** Every record of every kind, tombstones included: what export, sync and merge move around. */
export interface RecordSet {
  cases: CaseRecord[];
  notes: NoteRecord[];
  deadlines: DeadlineRecord[];
  productions: ProductionRecord[];
  expected: ExpectedRecord[];
  paces: PaceRecord[];
  requests: RequestRecord[];
}

export const emptyBundle = (c: CaseRecord): CaseBundle => ({ case: c, notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] });

export const emptyRecordSet = (): RecordSet => ({ cases: [], notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] });
