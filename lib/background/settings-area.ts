/**
 * The settings' home: a key-value area over the profile store (IndexedDB on the extension's
 * origin), not storage.local, which in Firefox (and Chrome before 140) a content script may write
 * as well as read: a compromised court page could otherwise turn sync on, unencrypted, and read
 * every note back out of storage.sync. Only the background reads and writes settings (settings/get,
 * settings/set, sync); whoever changes them through this area tells the listeners (sync follows).
 */
import type { KeyValueArea } from '../store/settings';
import type { ProfileStore } from './profile-store';

export interface SettingsArea extends KeyValueArea {
  /** Calls `listener` after each write; answers the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export function settingsArea(store: Promise<ProfileStore>): SettingsArea {
  const listeners = new Set<() => void>();
  return {
    async get(key) {
      const value = await (await store).get(key);
      return value === undefined ? {} : { [key]: value };
    },
    async set(items) {
      const s = await store;
      for (const [key, value] of Object.entries(items)) await s.set(key, value);
      for (const listener of [...listeners]) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
