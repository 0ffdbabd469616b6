import { describe, expect, it } from 'vitest';
import { parseName, randomId, ringFileName, spaceFileName } from '../../lib/blobsync/names';
import { absorb, dominatedBy, emptyCoverage, isCovered, markMerged } from '../../lib/blobsync/vector';

describe('store file names', () => {
  it('round-trips the names the engine writes', () => {
    const space = randomId(20);
    const writer = randomId(12);
    expect(parseName(spaceFileName('segment', space, writer, 12))).toEqual({ kind: 'segment', name: `${space}.${writer}.s12`, space, writer, n: 12 });
    expect(parseName(spaceFileName('snapshot', space, writer, 1))?.kind).toBe('snapshot');
    expect(parseName(spaceFileName('key', space, writer, 3))?.kind).toBe('key');
    expect(parseName(ringFileName('abcdefghijk2'))).toEqual({ kind: 'ring', name: 'abcdefghijk2.r', ring: 'abcdefghijk2' });
  });

  it('leaves alone what it did not write: conflict copies, upper case, leading zeros, stray files', () => {
    const base = `${'a'.repeat(20)}.${'b'.repeat(12)}`;
    for (const name of [`${base}.s1 (1)`, `${base}.s1-conflict`, `${base.toUpperCase()}.s1`, `${base}.s01`, `${base}.s0`, 'desktop.ini', '.DS_Store', `${base}.x1`])
      expect(parseName(name)).toBeNull();
  });
});

describe('version vectors', () => {
  it('covers a run only when it has no gap, whatever the order segments arrive in', () => {
    const c = emptyCoverage();
    markMerged(c, 'w', 2);
    expect(c.covered.w).toBe(0);
    expect(isCovered(c, 'w', 2)).toBe(true);
    expect(isCovered(c, 'w', 1)).toBe(false);
    markMerged(c, 'w', 1);
    expect(c.covered.w).toBe(2);
    expect(c.ahead.w).toBeUndefined();
  });

  it('absorbs a snapshot vector and keeps segments merged beyond it', () => {
    const c = emptyCoverage();
    markMerged(c, 'w', 5);
    absorb(c, { w: 4, v: 2 });
    expect(c.covered).toEqual({ w: 5, v: 2 });
    expect(dominatedBy({ w: 3 }, { w: 3, v: 1 })).toBe(true);
    expect(dominatedBy({ w: 4 }, { w: 3, v: 9 })).toBe(false);
  });
});
