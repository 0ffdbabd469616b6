/**
 * The push half of a replica cycle, as a plan: which items to write and which to remove so the
 * area holds the chosen case groups (most recently touched first, within the quota), and nothing
 * is replaced that is not ours (foreign keys, items this profile cannot read, chunks of others).
 * Pure: the replica carries it out in at most one remove() and one set().
 */
import { selectWithinBudget } from './budget';
import { CASE_PREFIX, chunkOwner, META_KEY, type DecodedArea, type EncodedGroup } from './codec';
import { itemBytes, type SyncQuota } from './quota';

export interface PushInput {
  /** The whole area as read at the start of the cycle. */
  all: Record<string, unknown>;
  remote: DecodedArea;
  /** This profile's case groups, encoded, most recently touched first. */
  encoded: EncodedGroup[];
  /** The meta item the area should hold. */
  nextMeta: unknown;
  quota: SyncQuota;
  /** Below 1 after a quota error: aim lower than our own measure says. */
  budgetFactor: number;
}

export interface PushPlan {
  toSet: Record<string, unknown>;
  toRemove: string[];
  /** Case ids that did not fit: they stay on this profile only. */
  localOnly: string[];
}

export function planPush({ all, remote, encoded, nextMeta, quota, budgetFactor }: PushInput): PushPlan {
  const ours = new Set(encoded.map((e) => e.headKey));
  // Room left after what is not ours to replace: meta, foreign keys, items we cannot read.
  let reservedBytes = itemBytes(META_KEY, nextMeta);
  let reservedItems = 1;
  const keep = new Set<string>();
  const reserve = (k: string): void => {
    keep.add(k);
    reservedBytes += itemBytes(k, all[k]);
    reservedItems++;
  };
  for (const [headKey, u] of remote.unreadable) {
    if (ours.has(headKey)) continue;
    for (const k of u.keys) if (k in all && !keep.has(k)) reserve(k);
  }
  for (const k of remote.orphans) {
    const owner = chunkOwner(k);
    if (owner !== null && ours.has(owner)) continue;
    reserve(k);
  }
  for (const k of Object.keys(all)) {
    if (k !== META_KEY && !k.startsWith(CASE_PREFIX)) {
      reservedBytes += itemBytes(k, all[k]);
      reservedItems++;
    }
  }
  const selection = selectWithinBudget(encoded, {
    bytes: Math.floor(quota.totalBytes * budgetFactor) - reservedBytes,
    items: quota.maxItems - reservedItems,
  });

  const toSet: Record<string, unknown> = {};
  const wanted = new Set<string>();
  for (const g of selection.chosen) {
    for (const k of Object.keys(g.items)) wanted.add(k);
    const there = remote.groups.get(g.caseId);
    if (!there || there.headKey !== g.headKey || there.sig !== g.sig || there.encrypted !== g.encrypted) Object.assign(toSet, g.items);
  }
  const toRemove = Object.keys(all).filter((k) => k.startsWith(CASE_PREFIX) && !wanted.has(k) && !keep.has(k));
  if (JSON.stringify(all[META_KEY]) !== JSON.stringify(nextMeta)) toSet[META_KEY] = nextMeta;
  return { toSet, toRemove, localOnly: selection.localOnly };
}

/** The area's size once the plan is carried out: items and bytes, as the quota counts them. */
export function usageAfter(all: Record<string, unknown>, plan: Pick<PushPlan, 'toSet' | 'toRemove'>): { items: number; bytes: number } {
  const after: Record<string, unknown> = { ...all, ...plan.toSet };
  for (const k of plan.toRemove) delete after[k];
  let bytes = 0;
  for (const [k, v] of Object.entries(after)) bytes += itemBytes(k, v);
  return { items: Object.keys(after).length, bytes };
}
