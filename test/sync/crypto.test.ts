import { describe, expect, it } from 'vitest';
import { utf8 } from '../../lib/sync/bytes';
import { fromBase64, toBase64 } from '../../lib/sync/bytes';
import { aesCipher, deriveKey, isSyncKey, keyFromLegacyExport, makeKeyCheck, newEncryption, newSalt, PBKDF2_ITERATIONS, verifyKeyCheck } from '../../lib/sync/crypto';

/** How versions before the key moved to IndexedDB derived, exported and used the key (extractable AES, HMAC from its bytes). */
async function legacyKey(passphrase: string, salt: string, iterations: number): Promise<{ exported: string; seal(text: string): Promise<Uint8Array>; name(id: string): Promise<string> }> {
  const base = await crypto.subtle.importKey('raw', utf8.encode(passphrase) as BufferSource, 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt) as BufferSource, iterations }, base, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  const material = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...raw, ...utf8.encode('docket-margin item names')])));
  const hmac = await crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return {
    exported: toBase64(raw),
    async seal(text) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, utf8.encode(text) as BufferSource));
      return new Uint8Array([...iv, ...sealed]);
    },
    async name(id) {
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, utf8.encode(id) as BufferSource));
      return toBase64(mac.subarray(0, 15)).replace(/\+/g, '-').replace(/\//g, '_');
    },
  };
}

const FAST = 100_000;

describe('passphrase encryption', () => {
  it('uses at least 200,000 PBKDF2 iterations by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(200_000);
  });

  it('derives the same key from the same passphrase and salt, another from another salt', async () => {
    const salt = newSalt();
    const a = aesCipher(await deriveKey('correct horse', salt, FAST));
    const b = aesCipher(await deriveKey('correct horse', salt, FAST));
    const c = aesCipher(await deriveKey('correct horse', newSalt(), FAST));
    const sealed = await a.encrypt(utf8.encode('x'));
    expect(utf8.decode(await b.decrypt(sealed))).toBe('x');
    await expect(c.decrypt(sealed)).rejects.toThrow();
    expect(await a.name('case:1')).toBe(await b.name('case:1'));
    expect(await a.name('case:1')).not.toBe(await c.name('case:1'));
  });

  it('keys are non-extractable: nothing, ours included, can read their bytes', async () => {
    const key = await deriveKey('correct horse', newSalt(), FAST);
    expect(isSyncKey(key)).toBe(true);
    expect(key.aes.extractable).toBe(false);
    expect(key.names.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key.aes)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', key.names)).rejects.toThrow();
    expect(isSyncKey({ aes: key.aes, names: key.aes })).toBe(false);
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    expect(isSyncKey({ aes: extractable, names: key.names })).toBe(false);
    expect(isSyncKey('a2V5')).toBe(false);
  });

  it('is the key earlier versions derived: their ciphertext opens, their item names stay, their exported key imports', async () => {
    const salt = newSalt();
    const old = await legacyKey('correct horse', salt, FAST);
    for (const key of [await deriveKey('correct horse', salt, FAST), await keyFromLegacyExport(old.exported)]) {
      const cipher = aesCipher(key);
      expect(utf8.decode(await cipher.decrypt(await old.seal('Vaughn index due')))).toBe('Vaughn index due');
      expect(await cipher.name('case:cand:21-cv-2632')).toBe(await old.name('case:cand:21-cv-2632'));
    }
    await expect(keyFromLegacyExport(toBase64(new Uint8Array(16)))).rejects.toThrow(/32 bytes/);
  });

  it('round-trips bytes, with a fresh IV each time, and refuses a wrong key or tampering', async () => {
    const salt = newSalt();
    const right = aesCipher(await deriveKey('correct horse', salt, FAST));
    const wrong = aesCipher(await deriveKey('wrong horse', salt, FAST));
    const plain = utf8.encode('Vaughn index due 7/21 — call AUSA ✓');
    const sealed = await right.encrypt(plain);
    expect(utf8.decode(await right.decrypt(sealed))).toBe('Vaughn index due 7/21 — call AUSA ✓');
    expect([...(await right.encrypt(plain))]).not.toEqual([...sealed]);
    await expect(wrong.decrypt(sealed)).rejects.toThrow();
    const tampered = sealed.slice();
    tampered[tampered.length - 1]! ^= 1;
    await expect(right.decrypt(tampered)).rejects.toThrow();
  });

  it('key check tells the right key from a wrong one', async () => {
    const { key, params } = await newEncryption('correct horse', FAST);
    expect(await verifyKeyCheck(key, params.check)).toBe(true);
    expect(await verifyKeyCheck(await deriveKey('correct horse', params.salt, FAST), params.check)).toBe(true);
    expect(await verifyKeyCheck(await deriveKey('Correct horse', params.salt, FAST), params.check)).toBe(false);
    expect(await verifyKeyCheck(key, await makeKeyCheck(await deriveKey('x', params.salt, FAST)))).toBe(false);
    expect(await verifyKeyCheck(key, 'not base64!')).toBe(false);
  });

  it('a key works again after a structured clone, as IndexedDB stores it', async () => {
    const { key, params } = await newEncryption('correct horse', FAST);
    const again = structuredClone(key);
    expect(isSyncKey(again)).toBe(true);
    expect(await verifyKeyCheck(again, params.check)).toBe(true);
  });

  it('names items opaquely: stable for one key, different for another, never the case id', async () => {
    const salt = newSalt();
    const a = aesCipher(await deriveKey('correct horse', salt, FAST));
    const b = aesCipher(await deriveKey('other', salt, FAST));
    const id = 'case:cand:21-cv-2632';
    const name = await a.name(id);
    expect(name).toBe(await a.name(id));
    expect(name).not.toBe(await a.name('case:cand:21-cv-2633'));
    expect(name).not.toBe(await b.name(id));
    expect(name).not.toContain('cand:21-cv');
    expect(name).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});
