import { describe, expect, it } from 'vitest';
import { utf8 } from '../../lib/sync/bytes';
import { aesCipher, deriveKey, exportKey, importKey, makeKeyCheck, newEncryption, newSalt, PBKDF2_ITERATIONS, verifyKeyCheck } from '../../lib/sync/crypto';

const FAST = 100_000;

describe('passphrase encryption', () => {
  it('uses at least 200,000 PBKDF2 iterations by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(200_000);
  });

  it('derives the same key from the same passphrase and salt, another from another salt', async () => {
    const salt = newSalt();
    const a = await exportKey(await deriveKey('correct horse', salt, FAST));
    const b = await exportKey(await deriveKey('correct horse', salt, FAST));
    const c = await exportKey(await deriveKey('correct horse', newSalt(), FAST));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
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

  it('a stored key works again after export and import', async () => {
    const { key, params } = await newEncryption('correct horse', FAST);
    const again = await importKey(await exportKey(key));
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
