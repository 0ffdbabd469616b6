/**
 * What the options page shows about sync. Plain types (no zod): the options UI imports them.
 * A type alias (not an interface) so it also satisfies `Record<string, unknown>` answers.
 */
export type SyncStatus = {
  enabled: boolean;
  /** Items are encrypted with this profile's passphrase key. */
  encrypted: boolean;
  /** The synced data is encrypted and this profile lacks the passphrase: nothing is read or written. */
  locked: boolean;
  /** ISO time of the last completed sync, or null. */
  lastSyncAt: string | null;
  itemsUsed: number;
  bytesUsed: number;
  quotaBytes: number;
  quotaItems: number;
  /** Cases that did not fit in the browser's sync quota: kept on this profile only. */
  localOnlyCases: { id: string; docketNumber: string }[];
  lastError: string | null;
};
