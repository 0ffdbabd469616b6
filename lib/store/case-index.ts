/**
 * An in-memory view of the live cases: summary and search text per case, and cases by loose key.
 * The repository is the only writer of the database, so it keeps this view current after every
 * write and merge; page lookups then cost a few map reads instead of IndexedDB round trips.
 */
import { CASE_TYPES } from '../docket-number/case-types';
import { partsLooseKey, sameCase } from '../docket-number/identity';
import type { CaseNumberParts } from '../docket-number/types';
import type { CaseSummary } from '../messages/schema';
import { emptyBundle, type AnyRecord, type CaseBundle, type DeadlineRecord, type RecordSet } from '../model/schema';
import { CHILD_KINDS } from './records';
import { compareForList, openDeadlines, searchText, summarize } from './summary';
import { identityOf } from './identify';

/** The district types a typeless number may be, most likely first. */
const ANY_TYPE_ORDER: readonly string[] = ['cv', 'cr', ...CASE_TYPES.filter((t) => t !== 'cv' && t !== 'cr')];

interface Entry {
  summary: CaseSummary;
  haystack: string;
  /** Every open deadline, soonest first (the summary keeps only the first few): the toolbar badge and reminders read these. */
  open: DeadlineRecord[];
}

export class CaseIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byLoose = new Map<string, string[]>();

  get size(): number {
    return this.entries.size;
  }

  /** Put (or replace) a case; a tombstoned case is removed. */
  set(bundle: CaseBundle): void {
    this.remove(bundle.case.id);
    if (bundle.case.deleted) return;
    const summary = summarize(bundle);
    this.entries.set(summary.id, { summary, haystack: searchText(bundle), open: openDeadlines(bundle.deadlines) });
    const ids = this.byLoose.get(summary.looseKey);
    if (ids) ids.push(summary.id);
    else this.byLoose.set(summary.looseKey, [summary.id]);
  }

  /** Put the cases in `only` (all when absent) from a full record set; those in `only` it lacks are removed. */
  setFrom(all: RecordSet, only?: Set<string>): void {
    const byCase = new Map<string, CaseBundle>();
    for (const c of all.cases) if (!only || only.has(c.id)) byCase.set(c.id, emptyBundle(c));
    for (const kind of CHILD_KINDS)
      for (const r of all[kind]) (byCase.get(r.caseId)?.[kind] as AnyRecord[] | undefined)?.push(r);
    if (only) for (const id of only) if (!byCase.has(id)) this.remove(id);
    for (const bundle of byCase.values()) this.set(bundle);
  }

  clear(): void {
    this.entries.clear();
    this.byLoose.clear();
  }

  remove(caseId: string): void {
    const old = this.entries.get(caseId);
    if (!old) return;
    this.entries.delete(caseId);
    const ids = this.byLoose.get(old.summary.looseKey);
    if (!ids) return;
    const rest = ids.filter((id) => id !== caseId);
    if (rest.length) this.byLoose.set(old.summary.looseKey, rest);
    else this.byLoose.delete(old.summary.looseKey);
  }

  /** Every open deadline of every live case, with its case. */
  *openDeadlines(): IterableIterator<{ summary: CaseSummary; deadline: DeadlineRecord }> {
    for (const { summary, open } of this.entries.values()) for (const deadline of open) yield { summary, deadline };
  }

  get(caseId: string): CaseSummary | null {
    return this.entries.get(caseId)?.summary ?? null;
  }

  /**
   * The saved case a printed number names: the exact identity first, else a case whose office is
   * compatible (a caption number without office finds `3:23-cv-04557`); among several compatible
   * ones, the most recently updated.
   */
  findByKeys(key: string, looseKey: string): CaseSummary | null {
    const ids = this.byLoose.get(looseKey);
    if (!ids) return null;
    let best: CaseSummary | null = null;
    for (const id of ids) {
      const s = this.entries.get(id)!.summary;
      if (s.key === key) return s;
      if (sameCase(s.key, key) && (!best || s.updatedAt > best.updatedAt)) best = s;
    }
    return best;
  }

  find(court: string, parts: CaseNumberParts): CaseSummary | null {
    const { key, looseKey } = identityOf(court, parts);
    const found = this.findByKeys(key, looseKey);
    if (found || parts.type !== null || parts.kind !== 'district') return found;
    // A district number printed without its type ("related matters 23-1197"): a saved case of any
    // type with that year and serial (civil first, then criminal, then the rest).
    for (const type of ANY_TYPE_ORDER) {
      const typed = identityOf(court, { ...parts, type });
      const hit = this.findByKeys(typed.key, typed.looseKey);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * Every term of the query must occur in the case's number, title, tags or notes. A term that
   * reads as a case number also matches by identity, so `23-cv-4557` finds `3:23-cv-04557-EMC`.
   */
  search(query: string, parseNumber?: (text: string) => CaseNumberParts | null): CaseSummary[] {
    const q = query.trim().toLowerCase();
    const terms = q ? q.split(/\s+/) : [];
    const numberLoose = new Map<string, string>();
    if (parseNumber) for (const t of terms) {
      const parts = parseNumber(t);
      if (parts) numberLoose.set(t, partsLooseKey(parts));
    }
    const out: CaseSummary[] = [];
    for (const { summary, haystack } of this.entries.values()) {
      const ok = terms.every((t) => {
        if (haystack.includes(t)) return true;
        const loose = numberLoose.get(t);
        return loose !== undefined && summary.looseKey.endsWith(`|${loose}`);
      });
      if (ok) out.push(summary);
    }
    return out.sort(compareForList);
  }
}
