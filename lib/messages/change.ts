/**
 * Change broadcast: after every write the background tells whoever shows data that it changed.
 * - Extension pages (popup, options) listen to storage.onChanged for CHANGE_KEY in
 *   storage.session, which only the extension's own pages can read (Chrome and Firefox alike).
 * - Content scripts get CHANGE_NOTICE through tabs.sendMessage, sent only to the tabs that reported
 *   a page (no `tabs` permission needed). It names no case: a docket tab learns only that something
 *   changed, and asks again for what its page may see.
 */
export const CHANGE_KEY = 'dm:change';

export interface ChangeSignal {
  seq: number;
  caseIds: string[];
  at: string;
}

/** Whether a storage.onChanged event carries the change signal (the extension pages' one test). */
export function isChangeSignal(changes: Record<string, unknown>, area: string): boolean {
  return area === 'session' && CHANGE_KEY in changes;
}

export const CHANGE_NOTICE = { type: 'docket-margin/changed' } as const;

/**
 * Whether a message a content script received is the background's change notice. Only our
 * extension's own contexts can send one (sender.id is ours), and of those only a sender outside
 * any tab is the background: an extension page opened in a tab carries sender.tab.
 */
export function isChangeNotice(message: unknown, sender: { id?: string; tab?: unknown }, runtimeId: string | undefined): boolean {
  return (
    runtimeId !== undefined &&
    sender.id === runtimeId &&
    sender.tab === undefined &&
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === CHANGE_NOTICE.type
  );
}
