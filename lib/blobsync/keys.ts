/**
 * Keys, all WebCrypto. A user's ring key (random, wrapped with the user's passphrase through
 * PBKDF2) names that user's case spaces and wraps their case keys, so every device of the user
 * finds the same cases. Each case has a random content key per epoch; a key file wraps the keys of
 * every epoch up to its own, either for a ring or with a case passphrase the team shares out of
 * band (version 1 of sharing). Every wrap is AES-GCM bound to its file name, so a wrap moved to
 * another name (or another case) does not open.
 */
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from '../sync/bytes';
import { base32, randomId, SPACE_ID_LENGTH } from './names';

export const PBKDF2_ITERATIONS = 250_000;
const IV_BYTES = 12;
export const KEY_ID_LENGTH = 8;

const buf = (b: Uint8Array): BufferSource => b as BufferSource;

/** A case's content key for one epoch. `id` travels in every file it seals. */
export interface ContentKey {
  id: string;
  epoch: number;
  raw: Uint8Array;
}

export interface Ring {
  id: string;
  raw: Uint8Array;
}

export function newContentKey(epoch: number): ContentKey {
  return { id: randomId(KEY_ID_LENGTH), epoch, raw: crypto.getRandomValues(new Uint8Array(32)) };
}

/**
 * A personal space's first content key, derived from the ring and the space id: two devices of
 * one user that open the same space at once (neither has seen the other's key file yet) make the
 * same key, so every file either writes opens with the keys a colleague later receives.
 */
export async function spaceContentKey(ring: Ring, space: string): Promise<ContentKey> {
  const base = await crypto.subtle.importKey('raw', buf(ring.raw), 'HKDF', false, ['deriveBits']);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: buf(utf8.encode(`docket-margin blobsync space key v1|${space}`)) },
      base,
      40 * 8,
    ),
  );
  return { id: base32(bits.subarray(32), KEY_ID_LENGTH), epoch: 0, raw: bits.slice(0, 32) };
}

export function newRing(): Ring {
  return { id: randomId(12), raw: crypto.getRandomValues(new Uint8Array(32)) };
}

/** A key derived from `raw` for one purpose (HKDF-SHA-256), so no key serves two algorithms. */
async function hkdf(raw: Uint8Array, info: string, algorithm: AesKeyGenParams | HmacImportParams, usages: KeyUsage[]): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', buf(raw), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: buf(utf8.encode(info)) },
    base,
    algorithm,
    false,
    usages,
  );
}

const AES = { name: 'AES-GCM', length: 256 } as const;

export function fileKey(key: ContentKey): Promise<CryptoKey> {
  return hkdf(key.raw, 'docket-margin blobsync file key v1', AES, ['encrypt', 'decrypt']);
}

export function ringWrapKey(ring: Ring): Promise<CryptoKey> {
  return hkdf(ring.raw, 'docket-margin blobsync ring wrap v1', AES, ['encrypt', 'decrypt']);
}

/** The space id of a case for a ring: every device of the user derives the same one. */
export async function spaceIdFor(ring: Ring, caseId: string): Promise<string> {
  const mac = await hkdf(ring.raw, 'docket-margin blobsync space ids v1', { name: 'HMAC', hash: 'SHA-256' }, ['sign']);
  return base32(new Uint8Array(await crypto.subtle.sign('HMAC', mac, buf(utf8.encode(caseId)))), SPACE_ID_LENGTH);
}

export async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', buf(utf8.encode(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, base, AES, false, ['encrypt', 'decrypt']);
}

/** Sealed form: 12-byte IV then ciphertext and tag; `aad` (the file name) is authenticated too. */
export async function seal(key: CryptoKey, plain: Uint8Array, aad: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: buf(utf8.encode(aad)) }, key, buf(plain)));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv);
  out.set(ct, IV_BYTES);
  return out;
}

/** Throws on a wrong key, a different name, a cut-off or altered file. */
export async function unseal(key: CryptoKey, sealed: Uint8Array, aad: string): Promise<Uint8Array> {
  if (sealed.length < IV_BYTES + 16) throw new Error('sealed data too short');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: buf(sealed.subarray(0, IV_BYTES)), additionalData: buf(utf8.encode(aad)) },
    key,
    buf(sealed.subarray(IV_BYTES)),
  );
  return new Uint8Array(plain);
}

// ---- ring files -------------------------------------------------------------------------------

const B64 = z.string().max(4_096).regex(/^[A-Za-z0-9+/]*={0,2}$/);

const RingFile = z.object({ v: z.literal(1), salt: B64, iterations: z.number().int().min(1).max(10_000_000), data: B64 });

export async function ringFileBytes(ring: Ring, name: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const data = await seal(await passphraseKey(passphrase, salt, iterations), ring.raw, `DMR1|${name}`);
  return utf8.encode(JSON.stringify({ v: 1, salt: toBase64(salt), iterations, data: toBase64(data) }));
}

/** The ring a ring file holds, or null when the passphrase does not open it (or it is not one). */
export async function openRingFile(bytes: Uint8Array, name: string, ringId: string, passphrase: string): Promise<Ring | null> {
  try {
    const f = RingFile.parse(JSON.parse(utf8.decode(bytes)));
    const key = await passphraseKey(passphrase, fromBase64(f.salt), f.iterations);
    const raw = await unseal(key, fromBase64(f.data), `DMR1|${name}`);
    return raw.length === 32 ? { id: ringId, raw } : null;
  } catch {
    return null;
  }
}

// ---- key files --------------------------------------------------------------------------------

const Wrap = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ring'), ring: z.string().regex(/^[a-z2-7]{12}$/) }),
  z.object({ type: z.literal('pass'), salt: B64, iterations: z.number().int().min(1).max(10_000_000) }),
]);
const KeyFile = z.object({ v: z.literal(1), epoch: z.number().int().min(0).max(1e6), wrap: Wrap, data: B64 });
export type KeyFileHeader = z.infer<typeof KeyFile>;

const WrappedKeys = z.object({
  keys: z
    .array(z.object({ id: z.string().regex(/^[a-z2-7]{8}$/), epoch: z.number().int().min(0).max(1e6), raw: B64 }))
    .min(1)
    .max(1_000),
});

export type KeySecret = { type: 'ring'; ring: Ring } | { type: 'pass'; passphrase: string; iterations?: number };

/** A key file wrapping `keys` (every epoch up to the newest) for a ring or a passphrase. */
export async function keyFileBytes(keys: ContentKey[], name: string, secret: KeySecret): Promise<Uint8Array> {
  const epoch = Math.max(...keys.map((k) => k.epoch));
  const plain = utf8.encode(JSON.stringify({ keys: keys.map((k) => ({ id: k.id, epoch: k.epoch, raw: toBase64(k.raw) })) }));
  let wrap: KeyFileHeader['wrap'];
  let key: CryptoKey;
  if (secret.type === 'ring') {
    wrap = { type: 'ring', ring: secret.ring.id };
    key = await ringWrapKey(secret.ring);
  } else {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iterations = secret.iterations ?? PBKDF2_ITERATIONS;
    wrap = { type: 'pass', salt: toBase64(salt), iterations };
    key = await passphraseKey(secret.passphrase, salt, iterations);
  }
  const data = await seal(key, plain, `DMK1|${name}|${epoch}`);
  return utf8.encode(JSON.stringify({ v: 1, epoch, wrap, data: toBase64(data) }));
}

/** The unauthenticated header: who a key file is wrapped for and its epoch. Null if it is not one. */
export function readKeyFileHeader(bytes: Uint8Array): KeyFileHeader | null {
  try {
    return KeyFile.parse(JSON.parse(utf8.decode(bytes)));
  } catch {
    return null;
  }
}

/** The keys a key file wraps, with the AES key its wrap needs; null when that key does not open it. */
export async function openKeyFile(header: KeyFileHeader, name: string, wrapKey: CryptoKey): Promise<ContentKey[] | null> {
  try {
    const plain = await unseal(wrapKey, fromBase64(header.data), `DMK1|${name}|${header.epoch}`);
    const parsed = WrappedKeys.parse(JSON.parse(utf8.decode(plain)));
    const keys = parsed.keys.map((k) => ({ id: k.id, epoch: k.epoch, raw: fromBase64(k.raw) }));
    return keys.every((k) => k.raw.length === 32) ? keys : null;
  } catch {
    return null;
  }
}

export function encodeKey(k: ContentKey): { id: string; epoch: number; raw: string } {
  return { id: k.id, epoch: k.epoch, raw: toBase64(k.raw) };
}

export function decodeKey(k: { id: string; epoch: number; raw: string }): ContentKey {
  return { id: k.id, epoch: k.epoch, raw: fromBase64(k.raw) };
}
