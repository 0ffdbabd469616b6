/**
 * The export/import file's schema (README "Export / import format") and its parser. Validation is
 * whole-file: the first bad field is reported with its position and nothing else happens.
 */
import { z } from 'zod';
import { formatPath } from '../messages/field-path';
import { UserError } from '../messages/user-error';
import { parseStamp } from '../model/hlc';
import { identifyCase } from './identify';
import { DeadlineKind, Exemption, IsoDate, IsoTime, PaceBasis } from '../model/schema';
import { ReminderSettings } from './settings';

export const FORMAT = 'docket-margin';
/** 2 added expected volumes, paces, FOIA requests and the releases' referredTo, exemptions and sourceQuote. */
export const FORMAT_VERSION = 2;
/** Versions this build reads: a version 1 file is a version 2 file without the new parts. */
export const READS_VERSIONS = [1, 2] as const;
/** Matches the data/import request limit. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const Stamp = z.string().max(128).refine((s) => parseStamp(s) !== null, 'not a Docket Margin timestamp');
const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a Docket Margin device id');
const Id = z.string().min(1).max(128);

/** A date-time (any ISO offset) or a plain date; stored as UTC ISO. */
const Timestamp = z
  .string()
  .max(40)
  .refine((s) => {
    const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(s);
    return m !== null && IsoDate.safeParse(m[1]).success && !Number.isNaN(Date.parse(m[2] ? s : `${s}T00:00:00Z`));
  }, 'expected a date-time like 2026-10-02T16:04:00Z')
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s).toISOString());

const pageCount = z.number().int('page counts are whole numbers').min(0, 'page counts cannot be negative').max(1e9);

const meta = {
  id: Id.optional(),
  stamp: Stamp.optional(),
  deviceId: DeviceId.optional(),
  deleted: z.boolean().optional(),
};

const FileNote = z.object({
  ...meta,
  text: z.string().trim().min(1, 'a note needs text').max(20_000),
  createdAt: Timestamp.optional(),
  editedAt: Timestamp.optional(),
});

const FileDeadline = z.object({
  ...meta,
  due: IsoDate,
  time: IsoTime.nullable().optional(),
  title: z.string().trim().min(1, 'a deadline needs a title').max(500),
  kind: DeadlineKind.optional(),
  done: z.boolean().optional(),
  source: z.enum(['manual', 'import', 'docket']).optional(),
});

const FileProduction = z.object({
  ...meta,
  date: IsoDate,
  agency: z.string().max(80).optional(),
  component: z.string().max(80).optional(),
  pagesReviewed: pageCount.optional(),
  pagesReleased: pageCount.optional(),
  pagesReleasedInPart: pageCount.optional(),
  pagesWithheldInFull: pageCount.optional(),
  pagesReferred: pageCount.optional(),
  referredTo: z.string().max(200).optional(),
  exemptions: z.array(Exemption).max(30).optional(),
  note: z.string().max(5_000).optional(),
  sourceQuote: z.string().max(2_000).optional(),
});

const FileExpected = z.object({
  ...meta,
  agency: z.string().max(80).optional(),
  component: z.string().max(80).optional(),
  pages: pageCount,
  approximate: z.boolean().optional(),
  asOf: IsoDate,
  note: z.string().max(5_000).optional(),
  sourceQuote: z.string().max(2_000).optional(),
});

const FilePace = z.object({
  ...meta,
  agency: z.string().max(80).optional(),
  perMonth: z.number().positive('a pace is more than 0 pages a month').max(1e7),
  from: IsoDate,
  basis: PaceBasis.optional(),
  note: z.string().max(5_000).optional(),
  sourceQuote: z.string().max(2_000).optional(),
});

const FileRequest = z.object({
  ...meta,
  agency: z.string().max(80).optional(),
  trackingNumber: z.string().max(80).optional(),
  submitted: IsoDate.nullable().optional(),
  note: z.string().max(5_000).optional(),
});

const FileCase = z
  .object({
    ...meta,
    court: z.string().max(40).transform((s) => s.trim().toLowerCase()),
    docketNumber: z.string().trim().min(1, 'a case needs its number').max(80),
    title: z.string().max(500).optional(),
    tags: z.array(z.string().trim().min(1, 'a tag cannot be empty').max(60)).max(50).optional(),
    createdAt: Timestamp.optional(),
    notes: z.array(FileNote).max(10_000).optional(),
    deadlines: z.array(FileDeadline).max(10_000).optional(),
    productions: z.array(FileProduction).max(10_000).optional(),
    expected: z.array(FileExpected).max(10_000).optional(),
    paces: z.array(FilePace).max(10_000).optional(),
    requests: z.array(FileRequest).max(10_000).optional(),
  })
  .transform((c, ctx) => {
    // Identify once here; the plan reuses it (parsing 10,000 numbers twice is measurable).
    const ident = identifyCase(c.court, c.docketNumber);
    if (!ident.ok) {
      ctx.addIssue({ code: 'custom', path: [ident.field], message: ident.message });
      return z.NEVER;
    }
    return { ...c, identity: { parts: ident.parts, key: ident.key, looseKey: ident.looseKey } };
  });

/** Settings an export carries to another profile: the reminder schedule (not sync, which is per profile). */
const FileSettings = z.object({
  reminders: z.object({ enabled: z.boolean().optional(), time: ReminderSettings.shape.time.unwrap().optional(), daysOut: ReminderSettings.shape.daysOut.unwrap().optional() }).optional(),
});

export const InterchangeFile = z.object({
  format: z.literal(FORMAT),
  version: z.union(READS_VERSIONS.map((v) => z.literal(v)), { error: `expected version ${READS_VERSIONS.join(' or ')}` }),
  exportedAt: Timestamp.optional(),
  settings: FileSettings.optional(),
  cases: z.array(FileCase).max(100_000),
});

export type InterchangeFile = z.infer<typeof InterchangeFile>;
export type FileCaseData = z.infer<typeof FileCase>;

const reject = (why: string): UserError => new UserError(`Nothing was imported: ${why}`);

/** Parse and validate a file's text; throws a UserError naming the first problem. Pure. */
export function parseInterchange(text: string): InterchangeFile {
  if (text.length > MAX_IMPORT_BYTES) throw reject('the file is larger than 20 MB.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    if (!text.trim()) throw reject('the file is empty.');
    if (/end of (JSON )?input|Unterminated|Expected .* after/i.test(detail) && text.trimStart().startsWith('{'))
      throw reject(`the file is not complete JSON (it seems cut off): ${detail}`);
    throw reject(`the file is not JSON (${detail}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw reject('this is not a Docket Margin file (expected a JSON object with "format": "docket-margin").');
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== FORMAT)
    throw reject(
      head.format === undefined
        ? 'this is not a Docket Margin file (it has no "format": "docket-margin").'
        : `this is not a Docket Margin file (format is ${JSON.stringify(head.format).slice(0, 40)}, expected "docket-margin").`,
    );
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > FORMAT_VERSION)
    throw reject(
      `the file was written by a newer Docket Margin (format version ${head.version}); this version reads version ${FORMAT_VERSION}. Update the extension and try again.`,
    );
  const parsed = InterchangeFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw reject(`${formatPath(issue.path) || 'file'}: ${issue.message}`);
  }
  return parsed.data;
}

