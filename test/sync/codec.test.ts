import { describe, expect, it } from 'vitest';
import { fromBase64, fromZ85, hashString, toBase64, toZ85 } from '../../lib/sync/bytes';
import { caseItemKey, chunkItemKey, decodeArea, encodeGroup, META_KEY } from '../../lib/sync/codec';
import { deriveKey, aesCipher, newSalt } from '../../lib/sync/crypto';
import { groupByCase, groupJson, groupSignature, type CaseGroup } from '../../lib/sync/group';
import { CHROME_SYNC_QUOTA, itemBytes, utf8Length } from '../../lib/sync/quota';
import { caseFields, MemoryRecords, noteFields, productionFields } from './memory-records';

const CASE = 'case:cand:21-cv-02632';

function profile(): MemoryRecords {
  let t = Date.UTC(2026, 0, 1);
  return new MemoryRecords('devA', () => (t += 1000));
}

function groupOf(r: MemoryRecords, caseId = CASE): CaseGroup {
  return sorted(groupByCase(r.snapshot()).get(caseId)!);
}

/** Records in id order (the wire form sorts them), for comparing groups. */
function sorted(g: CaseGroup | undefined): CaseGroup {
  const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...g!, notes: byId(g!.notes), deadlines: byId(g!.deadlines), productions: byId(g!.productions) };
}

/** Text that deflate cannot shrink much (pseudo-random letters), so values must be chunked. */
function noisy(n: number, seed = 7): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode(33 + ((x >>> 16) % 90));
  }
  return s;
}

async function roundTrip(g: CaseGroup, items: Record<string, unknown>): Promise<CaseGroup | undefined> {
  const area = await decodeArea(items);
  const got = area.groups.get(g.caseId)?.group;
  return got && sorted(got);
}

describe('measuring items', () => {
  it('counts UTF-8 bytes of key plus JSON value, not string length', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('✓')).toBe(3);
    expect(utf8Length('𝄞')).toBe(4);
    // "é" as JSON is "\"é\"": 2 quotes + 2 bytes; the key "k" is 1.
    expect(itemBytes('k', 'é')).toBe(5);
    expect(itemBytes('c:ü', { a: '✓' })).toBe(4 + new TextEncoder().encode(JSON.stringify({ a: '✓' })).length);
  });

  it('base64 round-trips every byte value and rejects non-base64', () => {
    const bytes = Uint8Array.from({ length: 259 }, (_, i) => (i * 37) % 256);
    for (const n of [0, 1, 2, 3, 4, 257, 259]) {
      const slice = bytes.slice(0, n);
      expect(toBase64(slice)).toBe(Buffer.from(slice).toString('base64'));
      expect([...fromBase64(toBase64(slice))]).toEqual([...slice]);
    }
    expect(() => fromBase64('ab$=')).toThrow();
    expect(() => fromBase64('abc')).toThrow();
  });

  it('Z85 round-trips every length and byte value, costs 5 characters per 4 bytes, and is JSON-safe', () => {
    const bytes = Uint8Array.from({ length: 523 }, (_, i) => (i * 151 + 7) % 256);
    for (let n = 0; n <= 9; n++) expect([...fromZ85(toZ85(bytes.slice(0, n)))]).toEqual([...bytes.slice(0, n)]);
    const text = toZ85(bytes);
    expect([...fromZ85(text)]).toEqual([...bytes]);
    expect(text.length).toBe(1 + Math.ceil(523 / 4) * 5);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(toZ85(Uint8Array.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]))).toBe('0HelloWorld');
    for (const bad of ['', '4abcde', '0abcd', '0"bcde', '0#####']) expect(() => fromZ85(bad), bad).toThrow();
  });

  it('hashes tell versions apart', () => {
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('same')).toBe(hashString('same'));
  });
});

describe('case groups', () => {
  it('spell the same records the same way whatever their key order', () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    r.write('notes', noteFields('n1', CASE, 'first'));
    const g = groupOf(r);
    const shuffled: CaseGroup = {
      ...g,
      case: Object.fromEntries(Object.entries(g.case!).reverse()) as CaseGroup['case'],
      notes: g.notes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as (typeof g.notes)[number]),
    };
    expect(groupJson(shuffled)).toBe(groupJson(g));
    expect(groupSignature(shuffled)).toBe(groupSignature(g));
    r.write('notes', { ...(r.get('notes', 'n1') as ReturnType<typeof noteFields>), text: 'second' });
    expect(groupSignature(groupOf(r))).not.toBe(groupSignature(g));
  });
});

describe('encoding a case group', () => {
  it('leaves schema defaults and derivable fields off the wire and restores them on reading', async () => {
    const r = profile();
    r.write('cases', { ...caseFields(CASE), title: '', tags: [] });
    r.write('notes', noteFields('n1', CASE, 'kept'));
    r.write('notes', { ...noteFields('n2', CASE, 'deleted'), deleted: true });
    r.write('productions', { ...productionFields('p1', CASE, 0), pagesReleased: 0, pagesReleasedInPart: 0, pagesWithheldInFull: 0 });
    const g = groupOf(r);
    const wire = groupJson(g);
    expect(wire).not.toContain('"deleted":false');
    expect(wire).toContain('"deleted":true');
    expect(wire).not.toContain('"caseId"');
    expect(wire).not.toContain('"deviceId"');
    expect(wire).not.toContain('"pagesReleased"');
    expect(wire).not.toContain('"tags"');
    expect(await roundTrip(g, (await encodeGroup(g)).items)).toEqual(g);
  });

  it('keeps a small case as one plain JSON item', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    r.write('notes', noteFields('n1', CASE, 'Call AUSA about the Vaughn index — ✓ é'));
    const g = groupOf(r);
    const enc = await encodeGroup(g);
    expect(Object.keys(enc.items)).toEqual([caseItemKey(CASE)]);
    expect((enc.items[caseItemKey(CASE)] as { f: string }).f).toBe('j');
    expect(enc.bytes).toBe(itemBytes(caseItemKey(CASE), enc.items[caseItemKey(CASE)]));
    expect(await roundTrip(g, enc.items)).toEqual(g);
  });

  it('deflates a case above 1 KB when that is smaller', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    for (let i = 0; i < 12; i++) r.write('productions', productionFields(`p${i}`, CASE, 100 * i));
    const g = groupOf(r);
    expect(utf8Length(groupJson(g))).toBeGreaterThan(1024);
    const enc = await encodeGroup(g);
    const head = enc.items[caseItemKey(CASE)] as { f: string; d: string };
    expect(head.f).toBe('z');
    expect(enc.bytes).toBeLessThan(utf8Length(groupJson(g)) / 2);
    expect(await roundTrip(g, enc.items)).toEqual(g);
  });

  it('splits what is still over 8,192 bytes into chunks that each fit, and reads them back', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    r.write('notes', noteFields('big', CASE, noisy(19_000)));
    r.write('notes', noteFields('accents', CASE, 'é✓𝄞'.repeat(900)));
    const g = groupOf(r);
    const enc = await encodeGroup(g);
    const head = enc.items[caseItemKey(CASE)] as { n: number; h: string };
    expect(head.n).toBeGreaterThanOrEqual(3);
    expect(enc.count).toBe(head.n + 1);
    for (const [k, v] of Object.entries(enc.items)) {
      expect(new TextEncoder().encode(k).length + new TextEncoder().encode(JSON.stringify(v)).length).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.itemBytes);
    }
    // All but the last chunk are filled to the limit: no item budget wasted.
    expect(itemBytes(chunkItemKey(CASE, 0), enc.items[chunkItemKey(CASE, 0)])).toBe(CHROME_SYNC_QUOTA.itemBytes);
    expect(await roundTrip(g, enc.items)).toEqual(g);
  });

  it('ignores a half-written chunk set until it is complete', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    r.write('notes', noteFields('big', CASE, noisy(19_000)));
    const v1 = await encodeGroup(groupOf(r));
    r.write('notes', noteFields('big', CASE, noisy(19_000, 99)));
    const v2 = await encodeGroup(groupOf(r));
    const missing = { ...v2.items };
    delete missing[chunkItemKey(CASE, 1)];
    let area = await decodeArea(missing);
    expect(area.groups.has(CASE)).toBe(false);
    expect(area.unreadable.get(caseItemKey(CASE))?.reason).toBe('incomplete');

    // New manifest, one chunk still from the old version: also incomplete, not garbage.
    area = await decodeArea({ ...v2.items, [chunkItemKey(CASE, 1)]: v1.items[chunkItemKey(CASE, 1)] });
    expect(area.unreadable.get(caseItemKey(CASE))?.reason).toBe('incomplete');

    area = await decodeArea({ ...missing, [chunkItemKey(CASE, 1)]: v2.items[chunkItemKey(CASE, 1)] });
    expect(sorted(area.groups.get(CASE)?.group)).toEqual(groupOf(r));
  });

  it('reports invalid and encrypted items instead of throwing, and names stale chunks', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    const ok = await encodeGroup(groupOf(r));
    const bad = { v: 1, f: 'j', h: 'x', d: { i: 'bad', c: { id: 'case:other' }, n: [], d: [], p: [] } };
    const negative = { v: 1, f: 'j', h: 'y', d: { i: 'neg', c: null, n: [], d: [], p: [{ id: 'p', stamp: '0001767225600000-0000-devA', date: '2026-01-01', pagesReviewed: -4 }] } };
    const area = await decodeArea({
      ...ok.items,
      'c:bad': bad,
      'c:neg': negative,
      'c:enc': { v: 1, f: 'e', h: 'z', d: 'AAAA' },
      'c:gone:3': { h: 'q', d: 'abc' },
      'c:future': { v: 9, f: 'j', h: 'f', d: {} },
      [META_KEY]: { v: 1 },
    });
    expect(sorted(area.groups.get(CASE)?.group)).toEqual(groupOf(r));
    expect(area.unreadable.get('c:bad')?.reason).toBe('invalid');
    expect(area.unreadable.get('c:neg')?.reason).toBe('invalid');
    expect(area.unreadable.get('c:enc')?.reason).toBe('locked');
    expect(area.unreadable.get('c:future')?.reason).toBe('newer-format');
    expect(area.orphans).toEqual(['c:gone:3']);
    expect(area.meta).toEqual({ v: 1 });
  });

  it('with a cipher, holds only ciphertext and reads back only with the key', async () => {
    const r = profile();
    r.write('cases', caseFields(CASE, 'Secret v. Agency'));
    r.write('notes', noteFields('n1', CASE, 'privileged strategy note'));
    const g = groupOf(r);
    const key = await deriveKey('passphrase one', newSalt(), 100_000);
    const enc = await encodeGroup(g, { cipher: aesCipher(key) });
    const text = JSON.stringify(enc.items);
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('privileged');
    expect(text).not.toContain('21-cv');
    expect(Object.keys(enc.items)).toEqual([enc.headKey]);
    expect((enc.items[enc.headKey] as { f: string }).f).toBe('e');
    // Stable name: the same case is the same item on every profile with the key.
    expect((await encodeGroup(g, { cipher: aesCipher(key) })).headKey).toBe(enc.headKey);
    expect(sorted((await decodeArea(enc.items, aesCipher(key))).groups.get(CASE)?.group)).toEqual(g);
    const wrong = await deriveKey('passphrase two', newSalt(), 100_000);
    const unread = await decodeArea(enc.items, aesCipher(wrong));
    expect(unread.groups.size).toBe(0);
    expect(unread.unreadable.get(enc.headKey)?.reason).toBe('invalid');
    expect((await decodeArea(enc.items, null)).unreadable.get(enc.headKey)?.reason).toBe('locked');
  });
});
