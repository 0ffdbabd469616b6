/**
 * Change broadcast: the background bumps this storage.local key after every write, and every open
 * docket tab and popup listens to storage.onChanged for it. Needs no `tabs` permission.
 */
export const CHANGE_KEY = 'dm:change';

export interface ChangeSignal {
  seq: number;
  caseIds: string[];
  at: string;
}

/** Whether a storage.onChanged event carries the change signal (the listeners' one test). */
export function isChangeSignal(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && CHANGE_KEY in changes;
}
