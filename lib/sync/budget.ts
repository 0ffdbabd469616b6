/**
 * Which case groups fit in storage.sync. Most recently touched first; a group that does not fit
 * is skipped (a smaller, older one may still fit) and reported as local only. Nothing is dropped
 * locally: IndexedDB keeps every case, the quota only limits what other profiles receive.
 */
import type { EncodedGroup } from './codec';

export interface Budget {
  bytes: number;
  items: number;
}

export interface Selection {
  chosen: EncodedGroup[];
  /** Case ids kept on this profile only, most recently touched first. */
  localOnly: string[];
  bytes: number;
  items: number;
}

/** `groups` must already be ordered most recently touched first. */
export function selectWithinBudget(groups: readonly EncodedGroup[], budget: Budget): Selection {
  const out: Selection = { chosen: [], localOnly: [], bytes: 0, items: 0 };
  for (const g of groups) {
    if (out.bytes + g.bytes <= budget.bytes && out.items + g.count <= budget.items) {
      out.chosen.push(g);
      out.bytes += g.bytes;
      out.items += g.count;
    } else {
      out.localOnly.push(g.caseId);
    }
  }
  return out;
}
