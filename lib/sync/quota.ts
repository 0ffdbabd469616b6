/**
 * storage.sync's limits (Chrome's numbers; Firefox's are the same or looser) and how an item is
 * measured against them: key plus JSON value, in UTF-8 bytes, as Chrome counts QUOTA_BYTES_PER_ITEM.
 */
export interface SyncQuota {
  /** QUOTA_BYTES: every item together. */
  totalBytes: number;
  /** QUOTA_BYTES_PER_ITEM: key + JSON.stringify(value). */
  itemBytes: number;
  /** MAX_ITEMS. */
  maxItems: number;
  /** MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR: each set() or remove() call is one operation. */
  writesPerMinute: number;
  writesPerHour: number;
}

export const CHROME_SYNC_QUOTA: SyncQuota = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

const encoder = new TextEncoder();

/** UTF-8 length of a string, without allocating for pure-ASCII text (base64, most keys). */
export function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return encoder.encode(s).length;
  }
  return s.length;
}

/** Bytes an item costs against the quota: UTF-8 of the key plus UTF-8 of JSON.stringify(value). */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

/** What kind of storage.sync failure an error is; decides how the replica backs off. */
export type SyncErrorKind = 'quota' | 'rate-minute' | 'rate-hour' | 'other';

export function classifySyncError(error: unknown): SyncErrorKind {
  const text = error instanceof Error ? error.message : String(error);
  if (text.includes('MAX_WRITE_OPERATIONS_PER_HOUR')) return 'rate-hour';
  if (text.includes('MAX_WRITE_OPERATIONS_PER_MINUTE')) return 'rate-minute';
  if (text.includes('QUOTA_BYTES') || text.includes('MAX_ITEMS')) return 'quota';
  return 'other';
}
