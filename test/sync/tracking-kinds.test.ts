/**
 * Expected volumes, paces and FOIA requests through sync: they travel in their case's item and
 * come back exactly; a group without any is written exactly as before they existed, so profiles on
 * an older build read it and nothing is uploaded again; a group an older build wrote reads with none.
 */
import { describe, expect, it } from 'vitest';
import { decodeArea, encodeGroup } from '../../lib/sync/codec';
import { aesCipher, deriveKey, newSalt } from '../../lib/sync/crypto';
import { groupByCase, groupJson, groupSignature, parseGroupJson, type CaseGroup } from '../../lib/sync/group';
import { caseFields, expectedFields, MemoryRecords, noteFields, paceFields, productionFields, requestFields } from './memory-records';

const CASE = 'case:cand:21-cv-02632';

function profile(): MemoryRecords {
  let t = Date.UTC(2026, 0, 1);
  return new MemoryRecords('devA', () => (t += 1000));
}

const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
const sorted = (g: CaseGroup): CaseGroup => ({
  ...g,
  notes: byId(g.notes),
  deadlines: byId(g.deadlines),
  productions: byId(g.productions),
  expected: byId(g.expected),
  paces: byId(g.paces),
  requests: byId(g.requests),
});

function tracked(): CaseGroup {
  const r = profile();
  r.write('cases', caseFields(CASE));
  r.write('productions', { ...productionFields('p1', CASE, 500), referredTo: 'CBP', exemptions: ['(b)(6)', '(b)(7)(C)'], sourceQuote: 'ICE processed 500 pages' });
  r.write('expected', expectedFields('e1', CASE, 2947));
  r.write('expected', { ...expectedFields('e2', CASE, 46), component: 'Policy', approximate: false, sourceQuote: '' });
  r.write('paces', paceFields('r1', CASE, 500));
  r.write('requests', requestFields('q1', CASE, '2018-ICFO-26258'));
  r.write('requests', { ...requestFields('q2', CASE, ''), submitted: null, agency: '' });
  return sorted(groupByCase(r.snapshot()).get(CASE)!);
}

describe('the FOIA tracking kinds in sync', () => {
  it('come back exactly from a plain item, defaults and all', async () => {
    const g = tracked();
    const enc = await encodeGroup(g);
    const back = (await decodeArea(enc.items)).groups.get(CASE)!.group;
    expect(sorted(back)).toEqual(g);
    expect(groupSignature(back)).toBe(groupSignature(g));
  });

  it('come back exactly from an encrypted item', async () => {
    const key = await deriveKey('correct horse battery staple', newSalt(), 100_000);
    const cipher = aesCipher(key);
    const g = tracked();
    const enc = await encodeGroup(g, { cipher });
    expect(JSON.stringify(enc.items)).not.toContain('ICFO');
    expect(sorted((await decodeArea(enc.items, cipher)).groups.get(CASE)!.group)).toEqual(g);
  });

  it('leave out what their schemas default (the quota is small)', () => {
    const wire = JSON.parse(groupJson(tracked())) as { e: Record<string, unknown>[]; q: Record<string, unknown>[] };
    expect(wire.e.find((e) => e.id === 'e2')).not.toHaveProperty('approximate');
    expect(wire.e.find((e) => e.id === 'e2')).not.toHaveProperty('sourceQuote');
    expect(wire.q.find((q) => q.id === 'q2')).not.toHaveProperty('submitted');
  });

  it('change the signature when one of them changes', () => {
    const g = tracked();
    const edited = { ...g, paces: [{ ...g.paces[0]!, stamp: `${g.paces[0]!.stamp}x` }] };
    expect(groupSignature(edited)).not.toBe(groupSignature(g));
  });

  it('a group without them is written exactly as the first wire format wrote it', () => {
    const r = profile();
    r.write('cases', caseFields(CASE));
    r.write('notes', noteFields('n1', CASE, 'hello'));
    r.write('productions', productionFields('p1', CASE, 10));
    const wire = JSON.parse(groupJson(groupByCase(r.snapshot()).get(CASE)!)) as Record<string, unknown>;
    expect(Object.keys(wire).sort()).toEqual(['c', 'd', 'i', 'n', 'p']);
    // The new production fields hold their defaults and so are not on the wire either.
    expect(Object.keys((wire.p as Record<string, unknown>[])[0]!)).not.toEqual(expect.arrayContaining(['referredTo']));
  });

  it('a group an older build wrote (no e, r, q) reads with none of them', () => {
    const old = JSON.stringify({ i: CASE, c: null, d: [], n: [], p: [{ id: 'p1', stamp: '1767225600000-0000-devA', date: '2026-01-01', pagesReviewed: 5 }] });
    const g = parseGroupJson(CASE, old);
    expect([g.expected, g.paces, g.requests]).toEqual([[], [], []]);
    expect(g.productions[0]).toMatchObject({ pagesReviewed: 5, referredTo: '', exemptions: [], sourceQuote: '' });
  });

  it('a bad record in them makes the item unreadable, not half-applied', () => {
    const bad = JSON.stringify({ i: CASE, c: null, d: [], n: [], p: [], r: [{ id: 'r1', stamp: '1767225600000-0000-devA', perMonth: -5, from: '2026-01-01' }] });
    expect(() => parseGroupJson(CASE, bad)).toThrow();
  });
});
