/**
 * Optional end-to-end encryption of sync items: passphrase → PBKDF2 (SHA-256) → AES-GCM-256.
 * The salt, iteration count and a key-check value live in the sync area's `meta` item, so every
 * profile derives the same key from the same passphrase, and a profile with a wrong or missing
 * passphrase can tell (the check does not decrypt) before it reads or writes anything.
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

/** The AES key for a passphrase and salt (extractable, so the profile can keep it in storage.local). */
export async function deriveKey(passphrase: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', utf8.encode(passphrase) as BufferSource, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt) as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw) as BufferSource, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** Sealed form: 12-byte random IV, then the AES-GCM ciphertext with its tag. */
export function aesCipher(key: CryptoKey): Cipher {
  let namer: Promise<CryptoKey> | null = null;
  const names = new Map<string, string>();
  // A separate HMAC key derived from the AES key, so one key is never used for two algorithms.
  const nameKey = async (): Promise<CryptoKey> => {
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
    const material = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...raw, ...utf8.encode('docket-margin item names')])));
    return crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  };
  return {
    async name(caseId) {
      let out = names.get(caseId);
      if (out === undefined) {
        namer ??= nameKey();
        const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await namer, utf8.encode(caseId) as BufferSource));
        out = toBase64(mac.subarray(0, 15)).replace(/\+/g, '-').replace(/\//g, '_');
        names.set(caseId, out);
      }
      return out;
    },
    async encrypt(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as BufferSource));
      const out = new Uint8Array(IV_BYTES + sealed.length);
      out.set(iv);
      out.set(sealed, IV_BYTES);
      return out;
    },
    async decrypt(data) {
      if (data.length < IV_BYTES + 16) throw new Error('sealed data too short');
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.subarray(0, IV_BYTES) as BufferSource }, key, data.subarray(IV_BYTES) as BufferSource);
      return new Uint8Array(plain);
    },
  };
}

export async function makeKeyCheck(key: CryptoKey): Promise<string> {
  return toBase64(await aesCipher(key).encrypt(utf8.encode(KEY_CHECK_TEXT)));
}

/** True when `key` opens the key-check value (so it is the key the other profiles use). */
export async function verifyKeyCheck(key: CryptoKey, check: string): Promise<boolean> {
  try {
    return utf8.decode(await aesCipher(key).decrypt(fromBase64(check))) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}

/** Fresh parameters for a passphrase: a new salt, and the check value for the derived key. */
export async function newEncryption(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ key: CryptoKey; params: EncryptionParams }> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, params: { salt, iterations, check: await makeKeyCheck(key) } };
}
