/**
 * Optional end-to-end encryption of sync items: passphrase → PBKDF2 (SHA-256) → 256 bits, the
 * AES-GCM-256 key, and from it (SHA-256 with a label) the HMAC key that names items.
 * The salt, iteration count and a key-check value live in the sync area's `meta` item, so every
 * profile derives the same key from the same passphrase, and a profile with a wrong or missing
 * passphrase can tell (the check does not decrypt) before it reads or writes anything.
 *
 * Both keys are non-extractable CryptoKeys: the profile keeps them in IndexedDB (structured
 * clone), and no code, ours included, can read their bytes back out. The raw bits exist only
 * while the keys are made.
 */
import { fromBase64, toBase64, utf8 } from './bytes';

export const PBKDF2_ITERATIONS = 250_000;
const IV_BYTES = 12;
const KEY_CHECK_TEXT = 'docket-margin sync key check v1';

/** What the codec needs to seal and open item payloads. */
export interface Cipher {
  encrypt(plain: Uint8Array): Promise<Uint8Array>;
  /** Throws when the key is wrong or the data was tampered with. */
  decrypt(sealed: Uint8Array): Promise<Uint8Array>;
  /**
   * An opaque, stable item name for a case id. Case ids follow the docket number, so they may not
   * appear in item keys; a keyed hash (HMAC) cannot be reversed by guessing docket numbers.
   */
  name(caseId: string): Promise<string>;
}

/** A profile's sync key: both parts non-extractable. */
export interface SyncKey {
  /** AES-GCM-256: seals and opens item payloads. */
  aes: CryptoKey;
  /** HMAC-SHA-256: names items (a separate key, so one key is never used for two algorithms). */
  names: CryptoKey;
}

export interface EncryptionParams {
  /** base64 of 16 random bytes. */
  salt: string;
  iterations: number;
  /** base64 of AES-GCM(key, KEY_CHECK_TEXT): decrypts only with the right key. */
  check: string;
}

export function newSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** The key for a passphrase and salt. */
export async function deriveKey(passphrase: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<SyncKey> {
  const base = await crypto.subtle.importKey('raw', utf8.encode(passphrase) as BufferSource, 'PBKDF2', false, ['deriveBits']);
  // The same 256 bits as deriveKey(…, AES-GCM 256) gave earlier versions: the same key, the same item names.
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt) as BufferSource, iterations }, base, 256);
  return keyFromBytes(new Uint8Array(bits));
}

/**
 * The key from its raw AES bytes, as earlier versions kept them (base64, in storage.local): the
 * migration turns them into a SyncKey once (lib/background/local-migration.ts).
 */
export async function keyFromLegacyExport(raw: string): Promise<SyncKey> {
  const bytes = fromBase64(raw);
  if (bytes.length !== 32) throw new Error('a sync key has 32 bytes');
  return keyFromBytes(bytes);
}

async function keyFromBytes(raw: Uint8Array): Promise<SyncKey> {
  try {
    const aes = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const material = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...raw, ...utf8.encode('docket-margin item names')])));
    const names = await crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    material.fill(0);
    return { aes, names };
  } finally {
    raw.fill(0);
  }
}

/** Whether a value read back from storage is a SyncKey (two non-extractable CryptoKeys of the right kinds). */
export function isSyncKey(value: unknown): value is SyncKey {
  if (typeof value !== 'object' || value === null) return false;
  const { aes, names } = value as Partial<SyncKey>;
  const ok = (k: unknown, algorithm: string): boolean => typeof CryptoKey !== 'undefined' && k instanceof CryptoKey && !k.extractable && k.algorithm.name === algorithm;
  return ok(aes, 'AES-GCM') && ok(names, 'HMAC');
}

/** Sealed form: 12-byte random IV, then the AES-GCM ciphertext with its tag. */
export function aesCipher(key: SyncKey): Cipher {
  const names = new Map<string, string>();
  return {
    async name(caseId) {
      let out = names.get(caseId);
      if (out === undefined) {
        const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key.names, utf8.encode(caseId) as BufferSource));
        out = toBase64(mac.subarray(0, 15)).replace(/\+/g, '-').replace(/\//g, '_');
        names.set(caseId, out);
      }
      return out;
    },
    async encrypt(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key.aes, plain as BufferSource));
      const out = new Uint8Array(IV_BYTES + sealed.length);
      out.set(iv);
      out.set(sealed, IV_BYTES);
      return out;
    },
    async decrypt(data) {
      if (data.length < IV_BYTES + 16) throw new Error('sealed data too short');
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.subarray(0, IV_BYTES) as BufferSource }, key.aes, data.subarray(IV_BYTES) as BufferSource);
      return new Uint8Array(plain);
    },
  };
}

export async function makeKeyCheck(key: SyncKey): Promise<string> {
  return toBase64(await aesCipher(key).encrypt(utf8.encode(KEY_CHECK_TEXT)));
}

/** True when `key` opens the key-check value (so it is the key the other profiles use). */
export async function verifyKeyCheck(key: SyncKey, check: string): Promise<boolean> {
  try {
    return utf8.decode(await aesCipher(key).decrypt(fromBase64(check))) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}

/** Fresh parameters for a passphrase: a new salt, and the check value for the derived key. */
export async function newEncryption(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ key: SyncKey; params: EncryptionParams }> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, params: { salt, iterations, check: await makeKeyCheck(key) } };
}
