/**
 * Who sent a message. The browser fills runtime.onMessage's `sender` in its own process from the
 * frame the message came from, so a page (even one whose renderer is compromised) cannot forge
 * its `id`, `url` or `tab`; it can forge everything in the message itself. Pure: the background
 * passes its own id and base URL.
 */

/** The fields of runtime.MessageSender we read. */
export interface Sender {
  /** The sending extension's id (ours for our own pages and content scripts). */
  id?: string;
  /** The sending frame's URL: an extension page's own URL, or the web page a content script runs in. */
  url?: string;
  /** The tab, for any sender in a tab: content scripts, and extension pages opened as tabs. */
  tab?: { id?: number; url?: string };
}

/** What the background knows of itself: `runtime.id` and `runtime.getURL('')` (`chrome-extension://<id>/`). */
export interface ExtensionSelf {
  id: string;
  baseUrl: string;
}

/**
 * The caller as the router sees it:
 * - `background`: the service worker calling its own router (no sender at all);
 * - `extension`: one of our pages (popup, options), served from our own origin;
 * - `content`: one of our content scripts, inside a web page: the least trusted part;
 * - `foreign`: anything that does not carry our extension id.
 */
export type Caller =
  | { kind: 'background' }
  | { kind: 'extension'; tabId: number | null }
  | { kind: 'content'; tabId: number | null; pageUrl: string | null }
  | { kind: 'foreign' };

export const BACKGROUND: Caller = { kind: 'background' };

const tabIdOf = (sender: Sender): number | null => {
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 ? id : null;
};

/**
 * An extension page is a sender with our id whose URL is on our own origin; a sender with our
 * id and any other URL (a court page, or none) is a content script. A popup opened in a tab has
 * `sender.tab` too, so the tab alone decides nothing: the URL does.
 */
export function classifySender(sender: Sender, self: ExtensionSelf): Caller {
  if (sender.id !== self.id || !self.id) return { kind: 'foreign' };
  const url = typeof sender.url === 'string' ? sender.url : null;
  const base = self.baseUrl.endsWith('/') ? self.baseUrl : `${self.baseUrl}/`;
  if (url !== null && base.length > 1 && url.startsWith(base)) return { kind: 'extension', tabId: tabIdOf(sender) };
  const tabUrl = typeof sender.tab?.url === 'string' ? sender.tab.url : null;
  return { kind: 'content', tabId: tabIdOf(sender), pageUrl: url ?? tabUrl };
}
