/**
 * An in-memory profile database for sync tests: the LocalRecords contract of the real repository
 * (per-record last-writer-wins merge, HLC stamps, change listeners), plus edit helpers that stamp
 * like the repository does. Each simulated profile has its own instance and clock.
 */
import { HybridClock } from '../../lib/model/hlc';
import { mergeById } from '../../lib/model/merge';
import type { LocalRecords } from '../../lib/sync/ports';
import { RECORD_KIND_NAMES, emptyRecordSet, type AnyRecord, type CaseRecord, type DeadlineRecord, type ExpectedRecord, type NoteRecord, type PaceRecord, type ProductionRecord, type RecordKind, type RecordSet, type RequestRecord } from '../../lib/model/schema';

const KINDS: readonly RecordKind[] = RECORD_KIND_NAMES;

export class MemoryRecords implements LocalRecords {
  readonly clock: HybridClock;
  private readonly data = Object.fromEntries(KINDS.map((k) => [k, new Map<string, AnyRecord>()])) as Record<RecordKind, Map<string, AnyRecord>>;
  private readonly listeners = new Set<(caseIds: string[]) => void>();
  merges = 0;

  constructor(readonly deviceId: string, now: () => number) {
    this.clock = new HybridClock(deviceId, now);
  }

  async getAllRecords(): Promise<RecordSet> {
    return this.snapshot();
  }

  snapshot(): RecordSet {
    const set = emptyRecordSet();
    for (const kind of KINDS) (set[kind] as AnyRecord[]) = [...this.data[kind].values()];
    return set;
  }

  async mergeRecords(set: Partial<RecordSet>): Promise<{ changedCaseIds: string[] }> {
    this.merges++;
    const changed = new Set<string>();
    for (const kind of KINDS) {
      const incoming = (set[kind] ?? []) as AnyRecord[];
      for (const winner of mergeById(this.data[kind], incoming)) {
        this.clock.observe(winner.stamp);
        this.data[kind].set(winner.id, structuredClone(winner));
        changed.add(kind === 'cases' ? winner.id : (winner as NoteRecord).caseId);
      }
    }
    this.emit([...changed]);
    return { changedCaseIds: [...changed] };
  }

  onChange(listener: (caseIds: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(caseIds: string[]): void {
    if (caseIds.length) for (const l of this.listeners) l(caseIds);
  }

  get(kind: RecordKind, id: string): AnyRecord | undefined {
    return this.data[kind].get(id);
  }

  /** A local write: takes a fresh stamp, like the repository's put/delete. Returns what was stored. */
  write<T extends AnyRecord = AnyRecord>(kind: RecordKind, fields: object): T {
    const rec = { ...fields, stamp: this.clock.next(), deviceId: this.deviceId } as T;
    this.data[kind].set(rec.id, structuredClone(rec));
    this.emit([kind === 'cases' ? rec.id : (rec as unknown as NoteRecord).caseId]);
    return rec;
  }
}

let serial = 0;

export function caseFields(id: string, title = 'Doe v. Agency', n = ++serial): Omit<CaseRecord, 'stamp' | 'deviceId'> {
  const num = String(n % 100000).padStart(5, '0');
  return {
    id,
    deleted: false,
    court: 'cand',
    key: `cand:21-cv-${num}`,
    looseKey: `cand:21-cv-${num}`,
    docketNumber: `4:21-cv-${num}-DMR`,
    parts: { office: '4', year: '21', type: 'cv', serial: num, judges: ['DMR'], defendant: null, kind: 'district' },
    title,
    tags: ['foia'],
    createdAt: '2026-01-02T03:04:05.000Z',
  };
}

export function noteFields(id: string, caseId: string, text: string): Omit<NoteRecord, 'stamp' | 'deviceId'> {
  return { id, caseId, deleted: false, text, createdAt: '2026-01-02T03:04:05.000Z', editedAt: '2026-01-02T03:04:05.000Z' };
}

export function deadlineFields(id: string, caseId: string, title: string): Omit<DeadlineRecord, 'stamp' | 'deviceId'> {
  return { id, caseId, deleted: false, due: '2026-03-04', time: '13:30', title, kind: 'hearing', done: false, source: 'manual' };
}

export function productionFields(id: string, caseId: string, pages: number): Omit<ProductionRecord, 'stamp' | 'deviceId'> {
  return {
    id,
    caseId,
    deleted: false,
    date: '2026-02-03',
    agency: 'ICE',
    component: 'HSI',
    pagesReviewed: pages,
    pagesReleased: Math.floor(pages / 2),
    pagesReleasedInPart: 3,
    pagesWithheldInFull: 1,
    pagesReferred: 0,
    referredTo: '',
    exemptions: [],
    note: '',
    sourceQuote: '',
  };
}

export function expectedFields(id: string, caseId: string, pages: number): Omit<ExpectedRecord, 'stamp' | 'deviceId'> {
  return { id, caseId, deleted: false, agency: 'ICE', component: 'OPLA', pages, approximate: true, asOf: '2026-02-01', note: '', sourceQuote: 'approximately 2947 pages from OPLA' };
}

export function paceFields(id: string, caseId: string, perMonth: number): Omit<PaceRecord, 'stamp' | 'deviceId'> {
  return { id, caseId, deleted: false, agency: '', perMonth, from: '2026-01-15', basis: 'order', note: '', sourceQuote: '' };
}

export function requestFields(id: string, caseId: string, trackingNumber: string): Omit<RequestRecord, 'stamp' | 'deviceId'> {
  return { id, caseId, deleted: false, agency: 'ICE', trackingNumber, submitted: '2018-06-12', note: '' };
}
