/**
 * The finder runs its full regex only on lines where the cheap candidate regex hits. That is an
 * optimisation, never a change in what is found: here the windowed scan is compared with one run
 * of the full regex over the whole text, on random text made of the characters numbers are made
 * of, on real numbers in random text, and on the text of every corpus page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCaseNumbers, firstCaseNumberCandidate } from '../../lib/docket-number';
import { scanCaseNumbers } from '../../lib/docket-number/find';
import { CANDIDATE_LEAD, candidateRegex } from '../../lib/docket-number/pattern';
import { PREFIX_CASE_TYPES } from '../../lib/docket-number/case-types';
import type { CourtType } from '../../lib/docket-number/identity';
import { corpusDir, CORPUS_SKIP_MESSAGE } from '../corpus';
import { mulberry32 as rng, randomString } from '../seeded-random';
import { pageText } from './page-text';

const COURT_TYPES: (CourtType | null)[] = ['district', 'bankruptcy', 'appellate', null];
const ALPHABET = '0123456789-:–—‑ .,#/()abcvrkpCVRIMSJDLNoaseiv\u00a0\n';
const REAL = ['4:21-cv-02632-DMR', '12:2016-cr-01152', '6:15cv997', '2017cv12', 'C 18-03050 JCS', 'CRIM-17-3923-PHX-DLR',
  'MISC 18-12', 'Mag 19-2211', '14 Civ. 7524 (WFK)', '09-80591-JAC', '8-09-78585-ast', 'Case No. 17-15589', 'MDL No. 2168',
  'M.D.L. 2168', 'Civil Action No. 2017-2229', '2:09-ap-00844-SSC'];

function same(text: string): void {
  for (const courtType of COURT_TYPES) {
    for (const bare of [false, true]) {
      const windowed = scanCaseNumbers(text, courtType, bare);
      const whole = scanCaseNumbers(text, courtType, bare, { everywhere: true });
      expect(windowed, JSON.stringify(text.slice(0, 200))).toEqual(whole);
    }
  }
}

const randomText = (next: () => number, length: number): string => randomString(next, ALPHABET, length);

describe('candidate windows find exactly what a whole-text scan finds', () => {
  it('the lead reaches back over the longest prefix type, its separator and a year digit', () => {
    const longest = Math.max(...Object.keys(PREFIX_CASE_TYPES).map((p) => p.length));
    expect(CANDIDATE_LEAD).toBeGreaterThanOrEqual(longest + 2);
    // Every real form has a candidate hit within the lead of its first character.
    for (const real of REAL) {
      const number = real.replace(/^(Case No\.|Civil Action No\.) /, '');
      const re = candidateRegex();
      const hit = re.exec(number);
      expect(hit, number).not.toBeNull();
      expect(hit!.index, number).toBeLessThanOrEqual(CANDIDATE_LEAD);
    }
  });

  it('random text of number characters, lines of every length', () => {
    const next = rng(4242);
    for (let i = 0; i < 3000; i++) same(randomText(next, 1 + Math.floor(next() * 160)));
  });

  it('real numbers among random text and line breaks', () => {
    const next = rng(17);
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      for (let j = 0; j < 6; j++) parts.push(next() < 0.5 ? REAL[Math.floor(next() * REAL.length)]! : randomText(next, Math.floor(next() * 12)));
      same(parts.join(next() < 0.5 ? ' ' : ''));
    }
  });

  it('bounds at line starts and skipped number-free lines change nothing else', () => {
    const next = rng(99);
    let skipped = 0;
    for (let i = 0; i < 1500; i++) {
      const lines = Array.from({ length: 2 + Math.floor(next() * 8) }, () =>
        next() < 0.4 ? REAL[Math.floor(next() * REAL.length)]! + randomText(next, Math.floor(next() * 6)) : randomText(next, Math.floor(next() * 30)).replace(/\n/g, ' '),
      );
      const text = lines.join('\n');
      const starts = [0];
      for (const l of lines) starts.push(starts[starts.length - 1]! + l.length + 1);
      starts[starts.length - 1] = text.length;
      const pick = () => starts[Math.floor(next() * starts.length)]!;
      const [from, to] = [pick(), pick()].sort((a, b) => a - b) as [number, number];
      // Skip some lines that hold no candidate, as the page index skips blocks it has tested.
      const skip: number[] = [];
      lines.forEach((l, k) => {
        if (firstCaseNumberCandidate(l) < 0 && next() < 0.7) skip.push(starts[k]!, starts[k]! + l.length);
      });
      skipped += skip.length / 2;
      for (const courtType of COURT_TYPES) {
        const want = findCaseNumbers(text, { courtType }).filter((m) => m.start >= from && m.start < to);
        expect(findCaseNumbers(text, { courtType, from, to, skip }), JSON.stringify({ text, from, to, skip })).toEqual(want);
      }
    }
    expect(skipped).toBeGreaterThan(1000);
  });

  it('a number at the end of the line before `from` is left to the scan before', () => {
    const text = 'x 15cv9\n4:21-cv-02632';
    expect(findCaseNumbers(text).map((m) => m.text)).toEqual(['15cv9', '4:21-cv-02632']);
    expect(findCaseNumbers(text, { from: 8 }).map((m) => m.text)).toEqual(['4:21-cv-02632']);
    expect(findCaseNumbers(text, { to: 8 }).map((m) => m.text)).toEqual(['15cv9']);
  });

  it('the text of every corpus page', (ctx) => {
    const dir = corpusDir();
    if (!dir) {
      console.log(CORPUS_SKIP_MESSAGE);
      ctx.skip();
      return;
    }
    const pacer = join(dir, 'pacer');
    const entries = JSON.parse(readFileSync(join(pacer, 'index.json'), 'utf8')) as { file: string }[];
    let pages = 0;
    for (const e of entries) {
      const html = readFileSync(join(pacer, e.file), 'utf8');
      // Line breaks where the markup has them, as the page reader's text has them at blocks.
      same(pageText(html.replace(/<(?:tr|td|br|p|div|li)\b/gi, '\n$&')));
      pages++;
    }
    expect(pages).toBe(entries.length);
  });
});
