/**
 * The dumb store the engine syncs through: one flat folder of immutable files, listed, read,
 * created and deleted. Nothing here locks; a conditional write is only a defence (each device
 * writes files no other device names), so a server that ignores the conditions stays correct.
 */

export interface BlobInfo {
  name: string;
  /** Opaque version tag of the file's current bytes (an HTTP ETag, or a counter in memory). */
  etag: string;
  size: number;
}

/** Create only if absent (`ifNoneMatch: '*'`), or replace only the version we read (`ifMatch`). */
export type PutCondition = { ifNoneMatch: '*' } | { ifMatch: string };

export interface BlobStore {
  /** Every file in the folder (the engine's whole view of the store). */
  list(): Promise<BlobInfo[]>;
  /** The file's bytes, or null when it does not exist (any more). */
  get(name: string): Promise<{ bytes: Uint8Array; etag: string } | null>;
  /** Throws BlobStoreError 'precondition' when the condition fails. */
  put(name: string, bytes: Uint8Array, condition: PutCondition): Promise<{ etag: string }>;
  /** Deleting a file that is already gone is not an error. */
  delete(name: string): Promise<void>;
}

export type BlobErrorKind =
  | 'precondition'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'quota'
  | 'rate'
  | 'timeout'
  | 'offline'
  | 'server'
  | 'protocol';

export class BlobStoreError extends Error {
  constructor(
    readonly kind: BlobErrorKind,
    message: string,
    /** For 'rate' (and 503): how long the server asked us to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'BlobStoreError';
  }
}

export function isPrecondition(error: unknown): boolean {
  return error instanceof BlobStoreError && error.kind === 'precondition';
}
