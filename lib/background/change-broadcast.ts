/**
 * Turns repository changes into the change broadcast (lib/messages/change.ts): the `dm:change`
 * signal in storage.session for extension pages, and a notice naming no case to every tab that
 * reported a page, through tabs.sendMessage (which needs no `tabs` permission).
 */
import { CHANGE_KEY, CHANGE_NOTICE, type ChangeSignal } from '../messages/change';

export interface SignalArea {
  set(items: Record<string, unknown>): Promise<void>;
}

export interface BroadcastTargets {
  /** storage.session: read only by the extension's own pages. */
  area: SignalArea;
  /** The tabs whose content scripts reported a page (TabReports). */
  tabs: () => Promise<number[]>;
  /** tabs.sendMessage. */
  notify: (tabId: number, message: typeof CHANGE_NOTICE) => Promise<unknown>;
  now?: () => number;
}

export function createChangeBroadcaster(targets: BroadcastTargets): (caseIds: string[]) => Promise<void> {
  const now = targets.now ?? Date.now;
  // Seeded from the clock so the sequence keeps rising across service-worker restarts.
  let seq = now();
  return async (caseIds) => {
    seq = Math.max(seq + 1, now());
    const signal: ChangeSignal = { seq, caseIds, at: new Date(now()).toISOString() };
    await targets.area.set({ [CHANGE_KEY]: signal });
    // A tab that moved to another site, or closed meanwhile, has no listener: nothing to tell it.
    await Promise.all((await targets.tabs()).map((tabId) => targets.notify(tabId, CHANGE_NOTICE).catch(() => undefined)));
  };
}
