/**
 * The annotation store: one class over the IndexedDB database, used by the message router and by
 * sync. Every write takes a fresh HLC stamp; deletes leave tombstones; merges are per record, last
 * writer wins (lib/model/merge.ts). After every local write and merge the `onChange` listeners hear
 * which cases changed, and the in-memory case index is brought up to date.
 */
import { HybridClock } from '../model/hlc';
import type { CaseSummary, PageLookup, PageReport } from '../messages/schema';
import { UserError } from '../messages/user-error';
import { parseCaseNumber } from '../docket-number';
import { CaseIndex } from './case-index';
import { DB_NAME, openDocketDb, type DocketDb } from './db';
import { identifyCase } from './identify';
import type {
  AnyRecord,
  CaseBundle,
  CaseRecord,
  ChildRecordOf,
  DeadlineRecord,
  ExpectedRecord,
  NoteRecord,
  PaceRecord,
  ProductionRecord,
  RecordKind,
  RecordSet,
  RequestRecord,
} from '../model/schema';
import type { ProductionRows } from '../messages/schema';
import {
  buildDeadline,
  buildExpected,
  buildNote,
  buildPace,
  buildProduction,
  buildRequest,
  type DeadlineFields,
  type ExpectedFields,
  type NoteFields,
  type PaceFields,
  type ProductionFields,
  type RecordStamp,
  type RequestFields,
} from './record-builders';
import {
  CHILD_KINDS,
  RECORD_KINDS,
  caseIdFor,
  caseIdOf,
  newDeviceId,
  normalizeTags,
  newRecordId,
  readAllRecords,
  readCaseRecords,
  type ChildKind,
} from './records';
import { mergeRecordSet, readDecideWriteIn } from './merge-writes';
import { purgeTombstones, purgeTombstonesIfDue } from './tombstones';

/** The stored record type of each child kind. */
type ChildRecord<K extends ChildKind> = ChildRecordOf[K];

/** Rows from a pasted status report, as the router hands them over (defaults applied). */
type RowsFields = {
  productions: Omit<ProductionFields, 'caseId'>[];
  expected: Omit<ExpectedFields, 'caseId'>[];
  paces: Omit<PaceFields, 'caseId'>[];
};

/** Above this many changed cases a full reload of the index is cheaper than per-case reads. */
const FULL_REFRESH_THRESHOLD = 300;

/** Where a change came from: this device's edits, a merge (sync), or an imported file. */
export type ChangeOrigin = 'local' | 'merge' | 'import';
export type ChangeListener = (caseIds: string[], origin: ChangeOrigin) => void;

export interface RepositoryOptions {
  /** Database name (tests and benchmarks use their own). */
  name?: string;
  /** Wall clock in ms (tests pin it). */
  now?: () => number;
}

export class Repository {
  private readonly listeners = new Set<ChangeListener>();
  private readonly index = new CaseIndex();

  private constructor(
    private readonly db: DocketDb,
    private readonly clock: HybridClock,
    private readonly now: () => number,
  ) {}

  static async open(options: RepositoryOptions = {}): Promise<Repository> {
    const now = options.now ?? Date.now;
    const db = await openDocketDb(options.name ?? DB_NAME);
    let deviceId = (await db.get('meta', 'deviceId')) as string | undefined;
    if (typeof deviceId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(deviceId)) {
      deviceId = newDeviceId();
      await db.put('meta', deviceId, 'deviceId');
    }
    const clock = new HybridClock(deviceId, now);
    // The clock restarts after the newest stamp stored, so a restart never stamps backwards.
    for (const kind of RECORD_KINDS) {
      const last = await db.transaction(kind).store.index('stamp').openCursor(null, 'prev');
      if (last) clock.observe(last.value.stamp);
    }
    const repo = new Repository(db, clock, now);
    await repo.reloadIndex();
    return repo;
  }

  get deviceId(): string {
    return this.clock.deviceId;
  }

  close(): void {
    this.db.close();
  }

  /**
   * Fires after every local write and merge with the ids of the cases touched, and where the
   * change came from (sync can skip echoing back what it merged itself).
   */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `state`, when the caller knows the whole stored state after its write, spares a re-read. */
  private async changed(caseIds: Iterable<string>, origin: ChangeOrigin = 'local', state?: RecordSet): Promise<string[]> {
    const ids = [...new Set(caseIds)];
    if (!ids.length) return ids;
    // Only for large batches: a small one re-reads its cases, which also sees any write that
    // landed between the caller's read and its write.
    if (state && ids.length > FULL_REFRESH_THRESHOLD) this.index.setFrom(state, new Set(ids));
    else await this.refreshIndex(ids);
    for (const listener of this.listeners) {
      try {
        listener(ids, origin);
      } catch {
        // A failing listener must not undo or hide a write that already committed.
      }
    }
    return ids;
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  // ---- index -------------------------------------------------------------------------------

  private async reloadIndex(): Promise<void> {
    this.index.clear();
    this.index.setFrom(await this.getAllRecords());
  }

  private async refreshIndex(caseIds: string[]): Promise<void> {
    if (caseIds.length > FULL_REFRESH_THRESHOLD) return this.reloadIndex();
    const bundles = await Promise.all(caseIds.map((id) => readCaseRecords(this.db, id)));
    caseIds.forEach((id, i) => {
      const b = bundles[i];
      if (b) this.index.set(b);
      else this.index.remove(id);
    });
  }

  // ---- reads -------------------------------------------------------------------------------

  /** Every record of every kind, tombstones included. */
  async getAllRecords(): Promise<RecordSet> {
    return readAllRecords(this.db.transaction(RECORD_KINDS, 'readonly'));
  }

  /** A live case with its live records (what the popup edits), or null. */
  async getCase(caseId: string): Promise<CaseBundle | null> {
    const b = await readCaseRecords(this.db, caseId);
    if (!b || b.case.deleted) return null;
    return {
      case: b.case,
      notes: b.notes.filter((n) => !n.deleted).sort((x, y) => (x.createdAt < y.createdAt ? -1 : 1)),
      deadlines: b.deadlines.filter((d) => !d.deleted).sort((x, y) => (`${x.due}${x.time ?? ''}` < `${y.due}${y.time ?? ''}` ? -1 : 1)),
      productions: b.productions.filter((p) => !p.deleted).sort((x, y) => (x.date < y.date ? -1 : 1)),
      expected: b.expected.filter((e) => !e.deleted).sort((x, y) => x.asOf.localeCompare(y.asOf) || x.agency.localeCompare(y.agency) || x.component.localeCompare(y.component) || x.id.localeCompare(y.id)),
      paces: b.paces.filter((p) => !p.deleted).sort((x, y) => (x.from < y.from ? -1 : 1)),
      requests: b.requests.filter((r) => !r.deleted).sort((x, y) => ((x.submitted ?? '') < (y.submitted ?? '') ? -1 : 1)),
    };
  }

  summary(caseId: string): CaseSummary | null {
    return this.index.get(caseId);
  }

  /** The saved cases a page mentions: its own case, and each other number by the key it was reported under. */
  lookupPage(report: PageReport): PageLookup {
    const primary = report.primary && report.court ? this.index.find(report.court, report.primary) : null;
    const mentions: Record<string, CaseSummary> = {};
    for (const m of report.mentions) {
      const court = m.court ?? report.court;
      if (!court) continue;
      const found = this.index.find(court, m);
      if (found) mentions[m.key] = found;
    }
    return { primary, mentions };
  }

  /**
   * Live cases matching the query (all when empty), by next open deadline then latest update.
   * With `limit`, only the first `limit` of them (the search still covers every case).
   */
  listCases(query = '', limit?: number): CaseSummary[] {
    const all = this.index.search(query, (t) => parseCaseNumber(t, null));
    return limit === undefined ? all : all.slice(0, limit);
  }

  /** How many live cases `listCases(query)` would answer. */
  countCases(query = ''): number {
    return query.trim() ? this.listCases(query).length : this.index.size;
  }

  /** Every open deadline of every live case, with its case's summary: from memory, no database read. */
  openDeadlines(): IterableIterator<{ summary: CaseSummary; deadline: DeadlineRecord }> {
    return this.index.openDeadlines();
  }

  get caseCount(): number {
    return this.index.size;
  }

  // ---- writes ------------------------------------------------------------------------------

  private meta(): { stamp: string; deviceId: string } {
    return { stamp: this.clock.next(), deviceId: this.clock.deviceId };
  }

  private async liveCase(caseId: string): Promise<CaseRecord> {
    const c = await this.db.get('cases', caseId);
    if (!c || c.deleted) throw new UserError('That case is no longer saved (it may have been deleted).');
    return c;
  }

  /** Find or create the case a printed number names; idempotent on identity. */
  async createCase(input: { court: string; docketNumber: string; title?: string; tags?: string[] }): Promise<CaseSummary> {
    const docketNumber = input.docketNumber.trim();
    const ident = identifyCase(input.court, docketNumber);
    if (!ident.ok) throw new UserError(`${ident.field}: ${ident.message}`);
    const existing = this.index.findByKeys(ident.key, ident.looseKey);
    if (existing) return existing;
    const id = caseIdFor(ident.key);
    const tombstone = await this.db.get('cases', id);
    const record: CaseRecord = {
      id,
      ...this.meta(),
      deleted: false,
      court: input.court,
      key: ident.key,
      looseKey: ident.looseKey,
      docketNumber,
      parts: ident.parts,
      title: (input.title ?? '').trim() || tombstone?.title || '',
      tags: normalizeTags(input.tags ?? []),
      // Re-saving a deleted case brings back the same record (same id), fresh and empty.
      createdAt: tombstone?.createdAt ?? this.nowIso(),
    };
    await this.db.put('cases', record);
    await this.changed([id]);
    return this.index.get(id)!;
  }

  async updateCase(caseId: string, fields: { title?: string; tags?: string[] }): Promise<CaseSummary> {
    const c = await this.liveCase(caseId);
    const next: CaseRecord = {
      ...c,
      ...this.meta(),
      title: fields.title === undefined ? c.title : fields.title.trim(),
      tags: fields.tags === undefined ? c.tags : normalizeTags(fields.tags),
    };
    await this.db.put('cases', next);
    await this.changed([caseId]);
    return this.index.get(caseId)!;
  }

  /** Tombstone a case and its live records, all with one stamp (so restore knows what went with it). */
  async deleteCase(caseId: string): Promise<void> {
    const c = await this.liveCase(caseId);
    const meta = this.meta();
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    const writes: Promise<unknown>[] = [tx.objectStore('cases').put({ ...c, ...meta, deleted: true })];
    for (const kind of CHILD_KINDS) {
      const store = tx.objectStore(kind);
      const children = (await store.index('caseId').getAll(caseId)) as AnyRecord[];
      for (const r of children) if (!r.deleted) writes.push(store.put({ ...r, ...meta, deleted: true } as never));
    }
    await Promise.all([...writes, tx.done]);
    await this.changed([caseId]);
  }

  async putNote(input: NoteFields): Promise<NoteRecord> {
    return this.putChild('notes', input, (old, meta) => buildNote(input, old, meta, this.nowIso()));
  }

  async putDeadline(input: DeadlineFields): Promise<DeadlineRecord> {
    return this.putChild('deadlines', input, (old, meta) => buildDeadline(input, old, meta));
  }

  async putProduction(input: ProductionFields): Promise<ProductionRecord> {
    return this.putChild('productions', input, (old, meta) => buildProduction(input, old, meta));
  }

  async putExpected(input: ExpectedFields): Promise<ExpectedRecord> {
    return this.putChild('expected', input, (old, meta) => buildExpected(input, old, meta));
  }

  async putPace(input: PaceFields): Promise<PaceRecord> {
    return this.putChild('paces', input, (old, meta) => buildPace(input, old, meta));
  }

  async putRequest(input: RequestFields): Promise<RequestRecord> {
    return this.putChild('requests', input, (old, meta) => buildRequest(input, old, meta));
  }

  /** New releases, expected volumes and paces of one live case, in one transaction: all or none. */
  async addProductionRows(caseId: string, rows: ProductionRows | RowsFields): Promise<{ productions: number; expected: number; paces: number }> {
    await this.liveCase(caseId);
    const r = rows as RowsFields;
    const stamp = (kind: ChildKind): RecordStamp => ({ id: newRecordId(kind), ...this.meta() });
    const productions = r.productions.map((p) => buildProduction({ ...p, caseId }, undefined, stamp('productions')));
    const expected = r.expected.map((e) => buildExpected({ ...e, caseId }, undefined, stamp('expected')));
    const paces = r.paces.map((p) => buildPace({ ...p, caseId }, undefined, stamp('paces')));
    const tx = this.db.transaction(['cases', 'productions', 'expected', 'paces'], 'readwrite');
    const parent = await tx.objectStore('cases').get(caseId);
    if (!parent || parent.deleted) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new UserError('That case is no longer saved (it may have been deleted).');
    }
    await Promise.all([
      ...productions.map((x) => tx.objectStore('productions').put(x)),
      ...expected.map((x) => tx.objectStore('expected').put(x)),
      ...paces.map((x) => tx.objectStore('paces').put(x)),
      tx.done,
    ]);
    await this.changed([caseId]);
    return { productions: productions.length, expected: expected.length, paces: paces.length };
  }

  /** Write one child record of a live case; a record moved to another case changes both. */
  private async putChild<K extends ChildKind>(
    kind: K,
    input: { id?: string; caseId: string },
    build: (old: ChildRecord<K> | undefined, meta: RecordStamp) => ChildRecord<K>,
  ): Promise<ChildRecord<K>> {
    await this.liveCase(input.caseId);
    const old = input.id ? ((await this.db.get(kind, input.id)) as ChildRecord<K> | undefined) : undefined;
    const record = build(old, { id: input.id ?? newRecordId(kind), ...this.meta() });
    await this.db.put(kind, record as never);
    await this.changed([record.caseId, ...(old && old.caseId !== record.caseId ? [old.caseId] : [])]);
    return record;
  }

  async deleteChild(kind: ChildKind, id: string): Promise<void> {
    const r = (await this.db.get(kind, id)) as ChildRecordOf[ChildKind] | undefined;
    if (!r || r.deleted) throw new UserError('That entry is already gone.');
    await this.db.put(kind, { ...r, ...this.meta(), deleted: true } as never);
    await this.changed([r.caseId]);
  }

  /** Undo a delete. Restoring a case also restores what its delete took with it (same stamp). */
  async restore(kind: RecordKind, id: string): Promise<void> {
    const r = (await this.db.get(kind, id)) as AnyRecord | undefined;
    if (!r) throw new UserError('There is nothing to restore: that entry no longer exists.');
    if (!r.deleted) return;
    const meta = this.meta();
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    const writes: Promise<unknown>[] = [];
    if (kind === 'cases') {
      const deletedWith = r.stamp;
      for (const child of CHILD_KINDS) {
        const store = tx.objectStore(child);
        const rows = (await store.index('caseId').getAll(id)) as AnyRecord[];
        for (const row of rows) if (row.deleted && row.stamp === deletedWith) writes.push(store.put({ ...row, ...meta, deleted: false } as never));
      }
    } else {
      const parent = await tx.objectStore('cases').get((r as NoteRecord).caseId);
      if (!parent || parent.deleted) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new UserError('Restore the case first: this entry belongs to a deleted case.');
      }
    }
    writes.push(tx.objectStore(kind).put({ ...r, ...meta, deleted: false } as never));
    await Promise.all([...writes, tx.done]);
    await this.changed([caseIdOf(kind, r)]);
  }

  /**
   * Merge records from elsewhere (sync, import) one by one: a record replaces the stored one only
   * when its stamp is later (lib/store/merge-writes.ts). Records that fail the schema are skipped and counted.
   */
  async mergeRecords(set: Partial<RecordSet>): Promise<{ changedCaseIds: string[]; rejected: number }> {
    const { changed, rejected } = await mergeRecordSet(this.db, this.clock, set);
    return { changedCaseIds: changed.size ? await this.changed(changed, 'merge') : [], rejected };
  }

  /**
   * Read everything, decide, write — in one transaction, so no edit can land between the read the
   * decision was made on and the write (import). `decide` must be synchronous.
   */
  async readDecideWrite<T extends { writes: RecordSet; caseIds: Iterable<string> }>(decide: (existing: RecordSet) => T): Promise<T> {
    const { decision, state } = await readDecideWriteIn(this.db, this.clock, decide);
    await this.changed(decision.caseIds, 'import', state);
    return decision;
  }

  /** A stamp from this device's clock (import uses it for records without one). */
  nextStamp(): string {
    return this.clock.next();
  }

  /**
   * Purge at most once a day: the service worker starts many times a day and a purge walks every
   * record. Returns the number purged, or null when it was not due.
   */
  purgeTombstonesIfDue(now: number): Promise<number | null> {
    return purgeTombstonesIfDue(this.db, now);
  }

  /** Drop tombstones older than the horizon (180 days): every profile has long seen them by then. */
  purgeTombstones(now: number): Promise<number> {
    return purgeTombstones(this.db, now);
  }
}

