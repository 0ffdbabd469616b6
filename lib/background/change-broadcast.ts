/**
 * Turns repository changes into the `dm:change` signal in storage.local (lib/messages/change.ts):
 * every docket tab and popup listens with storage.onChanged, so no `tabs` permission is needed.
 */
import { CHANGE_KEY, type ChangeSignal } from '../messages/change';

export interface SignalArea {
  set(items: Record<string, unknown>): Promise<void>;
}

export function createChangeBroadcaster(area: SignalArea, now: () => number = Date.now): (caseIds: string[]) => Promise<void> {
  // Seeded from the clock so the sequence keeps rising across service-worker restarts.
  let seq = now();
  return async (caseIds) => {
    seq = Math.max(seq + 1, now());
    const signal: ChangeSignal = { seq, caseIds, at: new Date(now()).toISOString() };
    await area.set({ [CHANGE_KEY]: signal });
  };
}
