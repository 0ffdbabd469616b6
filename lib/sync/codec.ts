/**
 * Sync items on the wire. One case group → one head item `c:<name>`, where the name is the case
 * id, or when encrypted an HMAC of it (case ids follow docket numbers, which must not leak):
 *   `{v:1, f, h, d}` with `f` = 'j' (JSON object in `d`), 'z' (Z85 text of deflate-raw JSON) or
 *   'e' (Z85 text of AES-GCM over deflate-raw JSON), and `h` = hash of the payload text.
 * A payload still over the per-item quota is split: the head keeps `{v:1, f, h, n}` (a manifest:
 * chunk count and hash) and chunks `c:<caseId>:<i>` hold `{h, d}`. A chunk set counts only when
 * every chunk is there, carries the manifest's hash and the joined text hashes to it, so a set the
 * browser has delivered half of is ignored until the rest arrives.
 * The `meta` item holds the format version and, when encrypted, the PBKDF2 salt and key check.
 */
import { z } from 'zod';
import { deflate, fromZ85, hashString, inflate, toZ85, utf8 } from './bytes';
import type { Cipher, EncryptionParams } from './crypto';
import { groupJson, groupSignature, parseGroupJson, type CaseGroup } from './group';
import { CHROME_SYNC_QUOTA, itemBytes, utf8Length } from './quota';

export const FORMAT_VERSION = 1;
export const META_KEY = 'meta';
export const CASE_PREFIX = 'c:';
/** Payloads above this many UTF-8 bytes are deflated (when that makes them smaller). */
export const COMPRESS_ABOVE = 1_024;

export const caseItemKey = (name: string): string => `${CASE_PREFIX}${name}`;
export const chunkItemKey = (name: string, i: number): string => `${CASE_PREFIX}${name}:${i}`;
/** The head key a chunk key belongs to (`c:x:3` → `c:x`), or null for a key that is not a chunk's. */
export function chunkOwner(key: string): string | null {
  const m = /^(c:.+):\d{1,3}$/.exec(key);
  return m ? m[1]! : null;
}

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
  headKey: string;
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

function finish(caseId: string, headKey: string, sig: string, encrypted: boolean, items: Record<string, unknown>): EncodedGroup {
  let bytes = 0;
  for (const [k, v] of Object.entries(items)) bytes += itemBytes(k, v);
  return { caseId, headKey, sig, encrypted, items, bytes, count: Object.keys(items).length };
}

/** Split ASCII payload text into chunk items that each fit the per-item quota. */
function chunked(name: string, f: 'z' | 'e', h: string, text: string, itemQuota: number): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const overhead = itemBytes('', { h, d: '' });
  let i = 0;
  for (let at = 0; at < text.length; i++) {
    const room = itemQuota - utf8Length(chunkItemKey(name, i)) - overhead;
    if (room <= 0) throw new Error(`case id too long to chunk: ${name}`);
    items[chunkItemKey(name, i)] = { h, d: text.slice(at, at + room) };
    at += room;
  }
  items[caseItemKey(name)] = { v: FORMAT_VERSION, f, h, n: i };
  return items;
}

/** Encode one case group as sync items (head, or manifest plus chunks). */
export async function encodeGroup(group: CaseGroup, options: CodecOptions = {}): Promise<EncodedGroup> {
  const itemQuota = options.itemQuota ?? CHROME_SYNC_QUOTA.itemBytes;
  const compressAbove = options.compressAbove ?? COMPRESS_ABOVE;
  const json = groupJson(group);
  const sig = groupSignature(group);

  if (options.cipher) {
    const name = await options.cipher.name(group.caseId);
    const key = caseItemKey(name);
    const sealed = toZ85(await options.cipher.encrypt(await deflate(utf8.encode(json))));
    const h = hashString(sealed);
    const head = { v: FORMAT_VERSION, f: 'e', h, d: sealed };
    const items = itemBytes(key, head) <= itemQuota ? { [key]: head } : chunked(name, 'e', h, sealed, itemQuota);
    return finish(group.caseId, key, sig, true, items);
  }

  const key = caseItemKey(group.caseId);
  const done = (items: Record<string, unknown>): EncodedGroup => finish(group.caseId, key, sig, false, items);
  const plain = { v: FORMAT_VERSION, f: 'j', h: hashString(json), d: JSON.parse(json) as unknown };
  const plainBytes = itemBytes(key, plain);
  if (plainBytes <= compressAbove) return done({ [key]: plain });
  const packed = toZ85(await deflate(utf8.encode(json)));
  const h = hashString(packed);
  const zipped = { v: FORMAT_VERSION, f: 'z', h, d: packed };
  const zippedBytes = itemBytes(key, zipped);
  if (plainBytes <= itemQuota && plainBytes <= zippedBytes) return done({ [key]: plain });
  if (zippedBytes <= itemQuota) return done({ [key]: zipped });
  return done(chunked(group.caseId, 'z', h, packed, itemQuota));
}

/** One readable case item found in the area. */
export interface DecodedGroup {
  group: CaseGroup;
  sig: string;
  encrypted: boolean;
  headKey: string;
  /** Head hash: unchanged hash means unchanged content (decode caches on it). */
  h: string;
  keys: string[];
}

export type UnreadableReason = 'incomplete' | 'invalid' | 'locked' | 'newer-format';

export interface DecodedArea {
  meta: SyncMeta | null;
  /** Readable case items by case id. */
  groups: Map<string, DecodedGroup>;
  /** Readable items for a case already in `groups` (stored under a second name). */
  extra: DecodedGroup[];
  /** Case items that exist but cannot be used now, by head key; their keys are left alone. */
  unreadable: Map<string, { reason: UnreadableReason; keys: string[]; error?: string }>;
  /** Keys under the case prefix that belong to no head (stale chunks). */
  orphans: string[];
  bytes: number;
  count: number;
}

/** Decoded groups by head key and hash, so an unchanged item is not inflated or parsed again. */
export type DecodeCache = Map<string, DecodedGroup>;

async function payloadJson(f: 'j' | 'z' | 'e', d: unknown, cipher: Cipher | null | undefined): Promise<string> {
  if (f === 'j') return JSON.stringify(d);
  if (typeof d !== 'string') throw new Error('payload is not text');
  const bytes = fromZ85(d);
  if (f === 'z') return utf8.decode(await inflate(bytes));
  if (!cipher) throw new Error('encrypted');
  return utf8.decode(await inflate(await cipher.decrypt(bytes)));
}

/** Read every case item of a storage.sync snapshot. Never throws on bad items: it reports them. */
export async function decodeArea(all: Record<string, unknown>, cipher?: Cipher | null, cache?: DecodeCache): Promise<DecodedArea> {
  const out: DecodedArea = { meta: parseMeta(all[META_KEY]), groups: new Map(), extra: [], unreadable: new Map(), orphans: [], bytes: 0, count: 0 };
  const claimed = new Set<string>();
  const pending: Promise<DecodedGroup | { key: string; keys: string[]; error: string }>[] = [];
  // The same case under two names (plain and encrypted, during a switch): both are read and merged.
  const add = (d: DecodedGroup): void => {
    if (out.groups.has(d.group.caseId)) out.extra.push(d);
    else out.groups.set(d.group.caseId, d);
  };
  for (const [key, value] of Object.entries(all)) {
    out.bytes += itemBytes(key, value);
    out.count++;
    if (!key.startsWith(CASE_PREFIX)) continue;
    const head = HeadSchema.safeParse(value);
    if (!head.success) continue; // a chunk (claimed below) or foreign junk (reported as an orphan)
    const name = key.slice(CASE_PREFIX.length);
    const { f, h, n } = head.data;
    const keys = [key];
    claimed.add(key);
    for (let i = 0; n !== undefined && i < n; i++) {
      keys.push(chunkItemKey(name, i));
      claimed.add(chunkItemKey(name, i));
    }
    if (head.data.v > FORMAT_VERSION) {
      out.unreadable.set(key, { reason: 'newer-format', keys });
      continue;
    }
    const cached = cache?.get(key);
    if (cached && cached.h === h && cached.encrypted === (f === 'e')) {
      add({ ...cached, keys });
      continue;
    }
    let d: unknown = head.data.d;
    if (n !== undefined) {
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const chunk = ChunkSchema.safeParse(all[chunkItemKey(name, i)]);
        if (!chunk.success || chunk.data.h !== h) break;
        parts.push(chunk.data.d);
      }
      d = parts.join('');
      if (parts.length !== n || hashString(d as string) !== h) {
        out.unreadable.set(key, { reason: 'incomplete', keys });
        continue;
      }
    }
    if (f === 'e' && !cipher) {
      out.unreadable.set(key, { reason: 'locked', keys });
      continue;
    }
    // Inflating and decrypting run concurrently; results are added in key order below.
    const payload = d;
    pending.push(
      (async (): Promise<DecodedGroup | { key: string; keys: string[]; error: string }> => {
        try {
          const json = await payloadJson(f, payload, cipher);
          const group = parseGroupJson(f === 'e' ? null : name, json);
          if (f === 'e' && caseItemKey(await cipher!.name(group.caseId)) !== key) throw new Error('item name does not match its case');
          const decoded: DecodedGroup = { group, sig: groupSignature(group), encrypted: f === 'e', headKey: key, h, keys };
          cache?.set(key, decoded);
          return decoded;
        } catch (error) {
          return { key, keys, error: error instanceof Error ? error.message : String(error) };
        }
      })(),
    );
  }
  for (const r of await Promise.all(pending)) {
    if ('group' in r) add(r);
    else out.unreadable.set(r.key, { reason: 'invalid', keys: r.keys, error: r.error });
  }
  for (const key of Object.keys(all)) {
    if (key.startsWith(CASE_PREFIX) && !claimed.has(key)) out.orphans.push(key);
  }
  return out;
}

/**
 * The area as an encrypted area must be read: sealed items only. A plain item there is either a
 * leftover of the switch to encryption (its profile pushes its data again, sealed, once it has the
 * passphrase) or was planted by whoever can write the area without the key (a compromised sync
 * account; in Firefox, a court page through the content script's storage.sync). Left out, it is
 * never merged, and the next push removes it.
 */
export function sealedOnly(area: DecodedArea): DecodedArea {
  const groups = new Map<string, DecodedGroup>();
  const extra: DecodedGroup[] = [];
  for (const d of [...area.groups.values(), ...area.extra]) {
    if (!d.encrypted) continue;
    if (groups.has(d.group.caseId)) extra.push(d);
    else groups.set(d.group.caseId, d);
  }
  return { ...area, groups, extra };
}
