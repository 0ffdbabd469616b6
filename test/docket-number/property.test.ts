import { describe, expect, it } from 'vitest';
import { findCaseNumbers, parseCaseNumber } from '../../lib/docket-number';
import { mulberry32 as rng, randomString } from '../seeded-random';

const ALPHABET = '0123456789-:–—‑ .,#/()abcvrkpCVRJSMDLNo\u00a0\n';
const REAL = ['4:21-cv-02632-DMR', '1:03-cv-10051-SAS-DCF', '1:14-cr-10363-RGS-1', '6:15cv997', 'C 18-03050 JCS',
  'CV-17-3923-PHX-DLR', '09-80591-JAC', '8-09-78585-ast', 'Case No. 17-15589', 'MDL No. 2168', '2:09-ap-00844-SSC'];

const randomText = (next: () => number, length: number): string => randomString(next, ALPHABET, length);

function mutate(next: () => number, s: string): string {
  const chars = [...s];
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const op = next();
    const ch = ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '-';
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, ch);
    else chars[Math.min(at, chars.length - 1)] = ch;
  }
  return chars.join('');
}

function checkInvariants(input: string): void {
  for (const courtType of ['district', 'bankruptcy', 'appellate', 'special', null] as const) {
    const matches = findCaseNumbers(input, { courtType });
    let last = -1;
    for (const m of matches) {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.serial).toMatch(/^\d+$/);
      expect(m.key).toContain(String(Number(m.serial)));
      last = m.end;
    }
    parseCaseNumber(input, courtType);
  }
}

describe('property: random input never throws and matches are exact and ordered', () => {
  it('random text', () => {
    const next = rng(20261122);
    for (let i = 0; i < 2000; i++) checkInvariants(randomText(next, 1 + Math.floor(next() * 80)));
  });

  it('random mutations of real numbers, alone and inside text', () => {
    const next = rng(7);
    for (let i = 0; i < 3000; i++) {
      const real = REAL[Math.floor(next() * REAL.length)]!;
      const mutated = mutate(next, real);
      checkInvariants(mutated);
      checkInvariants(`${randomText(next, 5)} ${mutated}${randomText(next, 5)}`);
    }
  });

  it('an unmutated real number inside random text is still found', () => {
    const next = rng(99);
    for (let i = 0; i < 500; i++) {
      const real = REAL[Math.floor(next() * REAL.length)]!;
      const text = `${randomText(next, 10)} ${real} ${randomText(next, 10)}`;
      const found = findCaseNumbers(text, { courtType: 'bankruptcy' }).some((m) => real.endsWith(m.text) || m.text.startsWith(real.replace(/^Case No\. /, '')));
      expect(found, JSON.stringify(text)).toBe(true);
    }
  });
});
