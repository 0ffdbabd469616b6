/** The status a profile shows before sync is turned on: one starting point for the sync UI tests. */
import type { SyncStatus } from '../../lib/sync/status';

export const SYNC_OFF: SyncStatus = {
  enabled: false,
  encrypted: false,
  locked: false,
  lastSyncAt: null,
  itemsUsed: 0,
  bytesUsed: 0,
  quotaBytes: 102_400,
  quotaItems: 512,
  localOnlyCases: [],
  lastError: null,
};
