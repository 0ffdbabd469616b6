/**
 * Segment and snapshot files: the records of one case, deflated, then sealed with that case's
 * content key (AES-GCM, the file name as associated data). Layout: `DMB1`, the 8-character key
 * id, then the sealed bytes. A file cut short, altered, renamed, sealed with a key we do not hold
 * or holding records of another case opens as null: the engine ignores it and never applies it.
 */
import { z } from 'zod';
import { CaseRecord, DeadlineRecord, ExpectedRecord, NoteRecord, PaceRecord, ProductionRecord, RequestRecord, type RecordSet } from '../model/schema';
import { deflate, inflate, utf8 } from '../sync/bytes';
import { KEY_ID_LENGTH, seal, unseal } from './keys';
import type { Vector } from './vector';

const MAGIC = 'DMB1';
const HEADER = MAGIC.length + KEY_ID_LENGTH;

export interface FilePayload {
  caseId: string;
  records: RecordSet;
  /** Snapshots only: the segments whose content the snapshot holds. */
  vector?: Vector;
}

const Payload = z.object({
  v: z.literal(1),
  caseId: z.string().min(1).max(128),
  vv: z.record(z.string().regex(/^[a-z2-7]{12}$/), z.number().int().min(0).max(1e9)).optional(),
  r: z.object({
    cases: z.array(CaseRecord).max(1),
    notes: z.array(NoteRecord).max(20_000),
    deadlines: z.array(DeadlineRecord).max(20_000),
    productions: z.array(ProductionRecord).max(20_000),
    // Files written before these kinds existed have none.
    expected: z.array(ExpectedRecord).max(20_000).default([]),
    paces: z.array(PaceRecord).max(20_000).default([]),
    requests: z.array(RequestRecord).max(20_000).default([]),
  }),
});

export async function sealPayload(name: string, keyId: string, key: CryptoKey, payload: FilePayload): Promise<Uint8Array> {
  const json = JSON.stringify({ v: 1, caseId: payload.caseId, ...(payload.vector ? { vv: payload.vector } : {}), r: payload.records });
  const sealed = await seal(key, await deflate(utf8.encode(json)), `${MAGIC}|${name}`);
  const out = new Uint8Array(HEADER + sealed.length);
  out.set(utf8.encode(MAGIC + keyId));
  out.set(sealed, HEADER);
  return out;
}

/** The key id a file says it is sealed with, or null when it is not one of ours. */
export function sealedKeyId(bytes: Uint8Array): string | null {
  if (bytes.length < HEADER) return null;
  const head = String.fromCharCode(...bytes.subarray(0, HEADER));
  return head.startsWith(MAGIC) && /^[a-z2-7]{8}$/.test(head.slice(MAGIC.length)) ? head.slice(MAGIC.length) : null;
}

/** The payload, or null for anything that does not authenticate and validate as this case's file. */
export async function openPayload(name: string, bytes: Uint8Array, key: CryptoKey, caseId: string | null): Promise<FilePayload | null> {
  try {
    const plain = await inflate(await unseal(key, bytes.subarray(HEADER), `${MAGIC}|${name}`));
    const p = Payload.parse(JSON.parse(utf8.decode(plain)));
    if (caseId !== null && p.caseId !== caseId) return null;
    const r = p.r;
    if (r.cases.some((c) => c.id !== p.caseId)) return null;
    if ([...r.notes, ...r.deadlines, ...r.productions, ...r.expected, ...r.paces, ...r.requests].some((x) => x.caseId !== p.caseId)) return null;
    return { caseId: p.caseId, records: r, ...(p.vv ? { vector: p.vv } : {}) };
  } catch {
    return null;
  }
}
