/**
 * What each tab's content script last reported, kept in storage.session so the popup can ask for
 * it (page/get) even after the service worker was stopped and restarted. Session storage is
 * cleared when the browser closes; closed tabs are forgotten as they close.
 */
import { PageReport } from '../messages/schema';

export interface SessionArea {
  /** One key, or every item (null). */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'dm:tab:';
const keyFor = (tabId: number): string => `${PREFIX}${tabId}`;

export class TabReports {
  constructor(private readonly area: SessionArea) {}

  async save(tabId: number, report: PageReport): Promise<void> {
    await this.area.set({ [keyFor(tabId)]: report });
  }

  /** The tab's last report, or null; a stored value that no longer validates counts as none. */
  async load(tabId: number): Promise<PageReport | null> {
    const raw = (await this.area.get(keyFor(tabId)))[keyFor(tabId)];
    const parsed = PageReport.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }

  /** The tabs with a report: where the change notice goes. */
  async tabIds(): Promise<number[]> {
    const ids: number[] = [];
    for (const key of Object.keys(await this.area.get(null))) {
      if (!key.startsWith(PREFIX)) continue;
      const id = Number(key.slice(PREFIX.length));
      if (Number.isInteger(id) && id >= 0) ids.push(id);
    }
    return ids;
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(keyFor(tabId));
  }
}

/** For browsers without storage.session: lives as long as the service worker. */
export function memoryArea(): SessionArea {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      if (key === null) return Object.fromEntries(map);
      return map.has(key) ? { [key]: map.get(key) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    async remove(key) {
      map.delete(key);
    },
  };
}
