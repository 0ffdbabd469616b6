/**
 * Sync items on the wire. One case group → one head item `c:<caseId>`:
 *   `{v:1, f, h, d}` with `f` = 'j' (JSON object in `d`), 'z' (base64 of deflate-raw JSON) or
 *   'e' (base64 of AES-GCM over deflate-raw JSON), and `h` = hash of the payload text.
 * A payload still over the per-item quota is split: the head keeps `{v:1, f, h, n}` (a manifest:
 * chunk count and hash) and chunks `c:<caseId>:<i>` hold `{h, d}`. A chunk set counts only when
 * every chunk is there, carries the manifest's hash and the joined text hashes to it, so a set the
 * browser has delivered half of is ignored until the rest arrives.
 * The `meta` item holds the format version and, when encrypted, the PBKDF2 salt and key check.
 */
import { z } from 'zod';
import { deflate, fromBase64, hashString, inflate, toBase64, utf8 } from './bytes';
import type { Cipher, EncryptionParams } from './crypto';
import { groupJson, groupSignature, parseGroupJson, type CaseGroup } from './group';
import { CHROME_SYNC_QUOTA, itemBytes, utf8Length } from './quota';

export const FORMAT_VERSION = 1;
export const META_KEY = 'meta';
export const CASE_PREFIX = 'c:';
/** Payloads above this many UTF-8 bytes are deflated (when that makes them smaller). */
export const COMPRESS_ABOVE = 1_024;

export const caseItemKey = (caseId: string): string => `${CASE_PREFIX}${caseId}`;
export const chunkItemKey = (caseId: string, i: number): string => `${CASE_PREFIX}${caseId}:${i}`;

export interface SyncMeta {
  v: number;
  enc?: EncryptionParams;
}

const MetaSchema = z.object({
  v: z.number().int().min(1),
  enc: z
    .object({ salt: z.string().min(1).max(64), iterations: z.number().int().min(100_000).max(10_000_000), check: z.string().min(1).max(256) })
    .optional(),
});

export function parseMeta(value: unknown): SyncMeta | null {
  const r = MetaSchema.safeParse(value);
  return r.success ? r.data : null;
}

const HeadSchema = z.object({
  v: z.number().int().min(1),
  f: z.enum(['j', 'z', 'e']),
  h: z.string().min(1).max(32),
  d: z.unknown().optional(),
  n: z.number().int().min(1).max(512).optional(),
});
const ChunkSchema = z.object({ h: z.string().min(1).max(32), d: z.string() });

export interface EncodedGroup {
  caseId: string;
  /** groupSignature(): which record versions this holds. */
  sig: string;
  encrypted: boolean;
  items: Record<string, unknown>;
  bytes: number;
  count: number;
}

export interface CodecOptions {
  cipher?: Cipher | null;
  itemQuota?: number;
  compressAbove?: number;
}

function finish(caseId: string, sig: string, encrypted: boolean, items: Record<string, unknown>): EncodedGroup {
  let bytes = 0;
  for (const [k, v] of Object.entries(items)) bytes += itemBytes(k, v);
  return { caseId, sig, encrypted, items, bytes, count: Object.keys(items).length };
}

/** Split ASCII payload text into chunk items that each fit the per-item quota. */
function chunked(caseId: string, f: 'z' | 'e', h: string, text: string, itemQuota: number): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const overhead = itemBytes('', { h, d: '' });
  let i = 0;
  for (let at = 0; at < text.length; i++) {
    const room = itemQuota - utf8Length(chunkItemKey(caseId, i)) - overhead;
    if (room <= 0) throw new Error(`case id too long to chunk: ${caseId}`);
    items[chunkItemKey(caseId, i)] = { h, d: text.slice(at, at + room) };
    at += room;
  }
  items[caseItemKey(caseId)] = { v: FORMAT_VERSION, f, h, n: i };
  return items;
}

/** Encode one case group as sync items (head, or manifest plus chunks). */
export async function encodeGroup(group: CaseGroup, options: CodecOptions = {}): Promise<EncodedGroup> {
  const itemQuota = options.itemQuota ?? CHROME_SYNC_QUOTA.itemBytes;
  const compressAbove = options.compressAbove ?? COMPRESS_ABOVE;
  const key = caseItemKey(group.caseId);
  const json = groupJson(group);
  const sig = groupSignature(group);

  if (options.cipher) {
    const sealed = toBase64(await options.cipher.encrypt(await deflate(utf8.encode(json))));
    const h = hashString(sealed);
    const head = { v: FORMAT_VERSION, f: 'e', h, d: sealed };
    const items = itemBytes(key, head) <= itemQuota ? { [key]: head } : chunked(group.caseId, 'e', h, sealed, itemQuota);
    return finish(group.caseId, sig, true, items);
  }

  const plain = { v: FORMAT_VERSION, f: 'j', h: hashString(json), d: JSON.parse(json) as unknown };
  const plainBytes = itemBytes(key, plain);
  if (plainBytes <= compressAbove) return finish(group.caseId, sig, false, { [key]: plain });
  const packed = toBase64(await deflate(utf8.encode(json)));
  const h = hashString(packed);
  const zipped = { v: FORMAT_VERSION, f: 'z', h, d: packed };
  const zippedBytes = itemBytes(key, zipped);
  if (plainBytes <= itemQuota && plainBytes <= zippedBytes) return finish(group.caseId, sig, false, { [key]: plain });
  if (zippedBytes <= itemQuota) return finish(group.caseId, sig, false, { [key]: zipped });
  return finish(group.caseId, sig, false, chunked(group.caseId, 'z', h, packed, itemQuota));
}

/** One readable case item found in the area. */
export interface DecodedGroup {
  group: CaseGroup;
  sig: string;
  encrypted: boolean;
  /** Head hash: unchanged hash means unchanged content (decode caches on it). */
  h: string;
  keys: string[];
}

export type UnreadableReason = 'incomplete' | 'invalid' | 'locked' | 'newer-format';

export interface DecodedArea {
  meta: SyncMeta | null;
  groups: Map<string, DecodedGroup>;
  /** Case items that exist but cannot be used now; their keys are left alone. */
  unreadable: Map<string, { reason: UnreadableReason; keys: string[]; error?: string }>;
  /** Keys under the case prefix that belong to no head (stale chunks). */
  orphans: string[];
  bytes: number;
  count: number;
}

/** Decoded groups by case id and head hash, so an unchanged item is not inflated or parsed again. */
export type DecodeCache = Map<string, DecodedGroup>;

async function payloadJson(f: 'j' | 'z' | 'e', d: unknown, cipher: Cipher | null | undefined): Promise<string> {
  if (f === 'j') return JSON.stringify(d);
  if (typeof d !== 'string') throw new Error('payload is not text');
  const bytes = fromBase64(d);
  if (f === 'z') return utf8.decode(await inflate(bytes));
  if (!cipher) throw new Error('encrypted');
  return utf8.decode(await inflate(await cipher.decrypt(bytes)));
}

/** Read every case item of a storage.sync snapshot. Never throws on bad items: it reports them. */
export async function decodeArea(all: Record<string, unknown>, cipher?: Cipher | null, cache?: DecodeCache): Promise<DecodedArea> {
  const out: DecodedArea = { meta: parseMeta(all[META_KEY]), groups: new Map(), unreadable: new Map(), orphans: [], bytes: 0, count: 0 };
  const claimed = new Set<string>();
  for (const [key, value] of Object.entries(all)) {
    out.bytes += itemBytes(key, value);
    out.count++;
    if (!key.startsWith(CASE_PREFIX)) continue;
    const head = HeadSchema.safeParse(value);
    if (!head.success) continue; // a chunk (claimed below) or foreign junk (reported as an orphan)
    const caseId = key.slice(CASE_PREFIX.length);
    const { f, h, n } = head.data;
    const keys = [key];
    claimed.add(key);
    for (let i = 0; n !== undefined && i < n; i++) {
      keys.push(chunkItemKey(caseId, i));
      claimed.add(chunkItemKey(caseId, i));
    }
    if (head.data.v > FORMAT_VERSION) {
      out.unreadable.set(caseId, { reason: 'newer-format', keys });
      continue;
    }
    const cached = cache?.get(caseId);
    if (cached && cached.h === h && cached.encrypted === (f === 'e')) {
      out.groups.set(caseId, { ...cached, keys });
      continue;
    }
    let d: unknown = head.data.d;
    if (n !== undefined) {
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const chunk = ChunkSchema.safeParse(all[chunkItemKey(caseId, i)]);
        if (!chunk.success || chunk.data.h !== h) break;
        parts.push(chunk.data.d);
      }
      d = parts.join('');
      if (parts.length !== n || hashString(d as string) !== h) {
        out.unreadable.set(caseId, { reason: 'incomplete', keys });
        continue;
      }
    }
    if (f === 'e' && !cipher) {
      out.unreadable.set(caseId, { reason: 'locked', keys });
      continue;
    }
    try {
      const json = await payloadJson(f, d, cipher);
      const group = parseGroupJson(caseId, json);
      const decoded: DecodedGroup = { group, sig: groupSignature(group), encrypted: f === 'e', h, keys };
      cache?.set(caseId, decoded);
      out.groups.set(caseId, decoded);
    } catch (error) {
      out.unreadable.set(caseId, { reason: 'invalid', keys, error: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const key of Object.keys(all)) {
    if (key.startsWith(CASE_PREFIX) && !claimed.has(key)) out.orphans.push(key);
  }
  return out;
}
