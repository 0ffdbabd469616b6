/**
 * Every message between content scripts / popup / options and the background, as zod schemas.
 * The background validates each request on arrival (lib/messages/router.ts). Senders import only
 * the types (`import type`), so zod never enters the content-script bundle.
 */
import { z } from 'zod';
import {
  CaseNumberPartsSchema,
  DeadlineKind,
  Exemption,
  IsoDate,
  IsoTime,
  PaceBasis,
  RECORD_KIND_NAMES,
} from '../model/schema';

const court = z.string().regex(/^[a-z0-9-]{2,12}$/);
const id = z.string().min(1).max(128);

/** One case number as the page reader reports it (lib/docket-number/types.ts CaseNumberMatch). */
export const ReportedCaseNumber = CaseNumberPartsSchema.extend({
  text: z.string().min(1).max(120),
  key: z.string().min(1).max(80),
});

/** What a content script read from its page. */
export const PageReport = z.object({
  url: z.string().max(4096),
  court: court.nullable(),
  pageType: z.string().max(60),
  title: z.string().max(500).nullable(),
  primary: ReportedCaseNumber.nullable(),
  /**
   * Distinct other case numbers on the page, at most 500. Each may carry its own court (search
   * results) and the words around it that may name another (lib/pages/court-cue.ts), which the
   * background reads.
   */
  mentions: z.array(ReportedCaseNumber.extend({
    court: court.nullable().optional(),
    cue: z.object({ before: z.string().max(80), after: z.string().max(160) }).optional(),
  })).max(500),
});

const caseFields = z.object({
  title: z.string().max(500).optional(),
  tags: z.array(z.string().min(1).max(60)).max(50).optional(),
});

export const NoteInput = z.object({ id: id.optional(), caseId: id, text: z.string().trim().min(1, 'a note needs text').max(20_000) });
export const DeadlineInput = z.object({
  id: id.optional(),
  caseId: id,
  due: IsoDate,
  time: IsoTime.nullable().default(null),
  title: z.string().trim().min(1, 'a deadline needs a title').max(500),
  kind: DeadlineKind.default('other'),
  done: z.boolean().default(false),
});
const pages = z.number().int().min(0, 'page counts cannot be negative').max(1e9).default(0);
export const ProductionInput = z.object({
  id: id.optional(),
  caseId: id,
  date: IsoDate,
  agency: z.string().max(80).default(''),
  component: z.string().max(80).default(''),
  pagesReviewed: pages,
  pagesReleased: pages,
  pagesReleasedInPart: pages,
  pagesWithheldInFull: pages,
  pagesReferred: pages,
  referredTo: z.string().max(200).default(''),
  exemptions: z.array(Exemption).max(30).default([]),
  note: z.string().max(5_000).default(''),
  sourceQuote: z.string().max(2_000).default(''),
});
export const ExpectedInput = z.object({
  id: id.optional(),
  caseId: id,
  agency: z.string().max(80).default(''),
  component: z.string().max(80).default(''),
  pages: z.number().int().min(0, 'page counts cannot be negative').max(1e9),
  approximate: z.boolean().default(false),
  asOf: IsoDate,
  note: z.string().max(5_000).default(''),
  sourceQuote: z.string().max(2_000).default(''),
});
export const PaceInput = z.object({
  id: id.optional(),
  caseId: id,
  agency: z.string().max(80).default(''),
  perMonth: z.number().positive('a pace is more than 0 pages a month').max(1e7),
  from: IsoDate,
  basis: PaceBasis.default('order'),
  note: z.string().max(5_000).default(''),
  sourceQuote: z.string().max(2_000).default(''),
});
export const RequestInput = z.object({
  id: id.optional(),
  caseId: id,
  agency: z.string().max(80).default(''),
  trackingNumber: z.string().max(80).default(''),
  submitted: IsoDate.nullable().default(null),
  note: z.string().max(5_000).default(''),
});
/** Rows confirmed from a pasted status report, written together or not at all. */
const withoutCase = <T extends z.ZodObject>(schema: T) => schema.omit({ id: true, caseId: true });
export const ProductionRows = z.object({
  productions: z.array(withoutCase(ProductionInput)).max(200).default([]),
  expected: z.array(withoutCase(ExpectedInput)).max(200).default([]),
  paces: z.array(withoutCase(PaceInput)).max(200).default([]),
});

export const Request = z.discriminatedUnion('type', [
  /** Content script: here is what my page shows; answer with the saved cases it mentions. */
  z.object({ type: z.literal('page/report'), report: PageReport }),
  /** Content script: the user collapsed (or opened) the panel of the page's own case. */
  z.object({ type: z.literal('view/collapse'), caseId: id, collapsed: z.boolean() }),
  /** Popup: what did the content script in tab N report? */
  z.object({ type: z.literal('page/get'), tabId: z.number().int().min(0) }),
  /**
   * Saved cases matching `query`, in list order (next deadline first). With `limit`, only the
   * first `limit` of them: the popup shows a page at a time, and the answer grows with every case.
   */
  z.object({ type: z.literal('case/list'), query: z.string().max(200).default(''), limit: z.number().int().min(1).max(100_000).optional() }),
  /** How many saved cases match `query` (what case/list without a limit would answer the length of). */
  z.object({ type: z.literal('case/count'), query: z.string().max(200).default('') }),
  z.object({ type: z.literal('case/get'), caseId: id }),
  /** Create (or find) a case from a printed number; idempotent on identity. */
  z.object({
    type: z.literal('case/create'),
    court,
    docketNumber: z.string().min(1).max(80),
    title: z.string().max(500).default(''),
    tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  }),
  z.object({ type: z.literal('case/update'), caseId: id, fields: caseFields }),
  z.object({ type: z.literal('case/delete'), caseId: id }),
  z.object({ type: z.literal('note/put'), note: NoteInput }),
  z.object({ type: z.literal('note/delete'), id }),
  z.object({ type: z.literal('deadline/put'), deadline: DeadlineInput }),
  z.object({ type: z.literal('deadline/delete'), id }),
  z.object({ type: z.literal('production/put'), production: ProductionInput }),
  z.object({ type: z.literal('production/delete'), id }),
  z.object({ type: z.literal('expected/put'), expected: ExpectedInput }),
  z.object({ type: z.literal('expected/delete'), id }),
  z.object({ type: z.literal('pace/put'), pace: PaceInput }),
  z.object({ type: z.literal('pace/delete'), id }),
  z.object({ type: z.literal('request/put'), request: RequestInput }),
  z.object({ type: z.literal('request/delete'), id }),
  /** Popup: the rows ticked after "Paste from a status report", added to one case in one write. */
  z.object({ type: z.literal('production/add-rows'), caseId: id, rows: ProductionRows }),
  /** Undo a delete: clears the tombstone of the record (and, for a case, of what it deleted). */
  z.object({ type: z.literal('record/restore'), kind: z.enum(RECORD_KIND_NAMES), id }),
  z.object({ type: z.literal('data/export') }),
  /** Options page: every case's releases, expected volumes, paces and requests as one CSV file. */
  z.object({ type: z.literal('productions/csv') }),
  /** Popup (one case) or options page (every case): the deadlines as an iCalendar file. */
  z.object({ type: z.literal('calendar/export'), caseId: id.optional() }),
  z.object({ type: z.literal('data/import'), text: z.string().max(20 * 1024 * 1024) }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/set'), settings: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('sync/status') }),
  /** Options page: turn sync on or off; a passphrase turns it on encrypted (must match other profiles'). */
  z.object({ type: z.literal('sync/enable'), enabled: z.boolean(), passphrase: z.string().max(1_024).optional() }),
  /** Options page: sync now instead of waiting for the next change. */
  z.object({ type: z.literal('sync/now') }),
]);

export type ReportedCaseNumber = z.infer<typeof ReportedCaseNumber>;
export type PageReport = z.infer<typeof PageReport>;
export type NoteInput = z.input<typeof NoteInput>;
export type DeadlineInput = z.input<typeof DeadlineInput>;
export type ProductionInput = z.input<typeof ProductionInput>;
export type ExpectedInput = z.input<typeof ExpectedInput>;
export type PaceInput = z.input<typeof PaceInput>;
export type RequestInput = z.input<typeof RequestInput>;
export type ProductionRows = z.input<typeof ProductionRows>;
export type Request = z.input<typeof Request>;
export type RequestType = Request['type'];

/** Every response is either ok with data, or an error with a message fit to show the user. */
export type Response<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

/** Summary of a saved case for overlays and the case list. */
export interface CaseSummary {
  id: string;
  court: string;
  docketNumber: string;
  key: string;
  looseKey: string;
  title: string;
  tags: string[];
  noteCount: number;
  latestNotes: { id: string; text: string; editedAt: string }[];
  nextDeadlines: { id: string; due: string; time: string | null; title: string; kind: string; done: boolean }[];
  production: {
    releases: number;
    pagesReviewed: number;
    pagesReleased: number;
    pagesReleasedInPart: number;
    pagesWithheldInFull: number;
    lastReleaseDate: string | null;
  };
  /** Releases, expected volumes and the pace, for the background to make `track` from (never sent to a page). */
  tracking?: import('../productions/overlay-track').TrackingInputs | null;
  /** The overlay's pace line, made by the background at each page lookup (page/report only). */
  track?: import('../productions/overlay-track').OverlayTrack | null;
  updatedAt: string;
}

/** The saved cases a page report names, keyed by the reported number's key (the popup's page/get). */
export interface PageLookup {
  primary: CaseSummary | null;
  /** mention key → summary, only for saved cases. */
  mentions: Record<string, CaseSummary>;
}

/**
 * What a badge shows of a case the page mentions, and no more: a content script may report any
 * number as a mention, so its answer holds no note text and only the next open deadline.
 */
export type BadgeSummary = Pick<CaseSummary, 'id' | 'docketNumber' | 'title' | 'tags' | 'noteCount' | 'nextDeadlines' | 'production'>;

/**
 * Answer to page/report (the content script's one lookup): the page's own case in full, only when
 * the report's court is the court of the tab's real URL, and badge summaries of the other saved
 * cases it mentions.
 */
export interface OverlayLookup {
  primary: CaseSummary | null;
  /** Whether the user collapsed the primary's panel (kept per case in this profile). */
  collapsed: boolean;
  /** mention key → badge summary, only for saved cases. */
  mentions: Record<string, BadgeSummary>;
}

/** Answer to page/get: what the content script in that tab last reported, and the saved cases it found. */
export interface PageAnswer {
  report: PageReport | null;
  lookup: PageLookup | null;
}

/** Answer to data/import: counts, and one message fit to show the user. */
export interface ImportResult {
  imported: number;
  merged: number;
  duplicate: number;
  message: string;
}

/**
 * What each request answers with (the `data` of an ok Response). The router's handlers and every
 * caller agree on this map. Deletes answer with what was deleted, so the caller can offer Undo.
 */
export interface ResponseData {
  'page/report': OverlayLookup;
  'view/collapse': null;
  'page/get': PageAnswer;
  'case/list': CaseSummary[];
  'case/count': number;
  'case/get': import('../model/schema').CaseBundle;
  'case/create': CaseSummary;
  'case/update': CaseSummary;
  'case/delete': { kind: 'cases'; id: string };
  'note/put': import('../model/schema').NoteRecord;
  'note/delete': { kind: 'notes'; id: string };
  'deadline/put': import('../model/schema').DeadlineRecord;
  'deadline/delete': { kind: 'deadlines'; id: string };
  'production/put': import('../model/schema').ProductionRecord;
  'production/delete': { kind: 'productions'; id: string };
  'expected/put': import('../model/schema').ExpectedRecord;
  'expected/delete': { kind: 'expected'; id: string };
  'pace/put': import('../model/schema').PaceRecord;
  'pace/delete': { kind: 'paces'; id: string };
  'request/put': import('../model/schema').RequestRecord;
  'request/delete': { kind: 'requests'; id: string };
  'production/add-rows': { productions: number; expected: number; paces: number };
  'record/restore': null;
  'data/export': { filename: string; text: string };
  'productions/csv': { filename: string; text: string };
  'calendar/export': { filename: string; text: string };
  'data/import': ImportResult;
  'settings/get': Record<string, unknown>;
  'settings/set': Record<string, unknown>;
  'sync/status': Record<string, unknown>;
  'sync/enable': import('../sync/status').SyncStatus;
  'sync/now': import('../sync/status').SyncStatus;
}
