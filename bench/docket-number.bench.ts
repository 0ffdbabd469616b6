/**
 * Case-number finder speed:
 * - throughput (MB/s) on the text of the three largest corpus pages, with their court type;
 * - linear time: 1 MB strings of digits, dashes and colons built to trip backtracking scans,
 *   against 1 MB of real docket text (ratio; goal ≤ 2×).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCaseNumbers, type CourtType } from '../lib/docket-number';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../test/corpus';
import { pageText } from '../test/docket-number/page-text';
import { performance } from 'node:perf_hooks';
import { medianMs, ms, report } from './report';

const MB = 1024 * 1024;

/** `unit` repeated to exactly 1 MB. */
const repeatTo1MB = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Built to make a backtracking scan retry: digits, dashes and colons (and type letters between them). */
const ADVERSARIAL: Array<[string, string]> = [
  ['1:1-1:1-…', '1:1-'],
  ['11-11-11-…', '11-'],
  ['1-cv-1-cv-…', '1-cv-'],
  ['1:11-cv-1-A-1-A-…', '1:11-cv-1-A-1-A-1-A-1-A-1-A-'],
  ['digits only', '1234567890'],
  ['dashes and colons only', '-:-–:—'],
  ['8-09-78585-ast-8-09-…', '8-09-78585-ast-'],
  ['12:1234-cv-…', '12:1234-cv-'],
  ['1:22-cv-12345-ABCD-1-ABCD-…', '1:22-cv-12345-ABCD-1-ABCD-1-ABCD-'],
];

/**
 * Text made of nothing but valid case numbers: the work is proportional to the matches returned
 * (about 150,000 per MB, against a few dozen on a real docket), so it is reported per match and
 * kept out of the backtracking ratio.
 */
const DENSE: Array<[string, string]> = [
  ['11-111 11-111 … (bare, bankruptcy page)', '11-111 '],
  ['Case No. 11-11 … (labelled)', 'Case No. 11-11 '],
  ['1:22-cv-12345 … (typed)', '1:22-cv-12345 '],
];

type Entry = { file: string; court_type: CourtType | null; bytes: number };

/**
 * Fastest of `runs` timings of `a` and of `b`, taken alternately so that load from other processes
 * on a shared machine falls on both sides of the ratio.
 */
function pairedBest(a: () => unknown, b: () => unknown, runs = 9): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  a();
  b();
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    bestA = Math.min(bestA, performance.now() - t);
    t = performance.now();
    b();
    bestB = Math.min(bestB, performance.now() - t);
  }
  return [bestA, bestB];
}

export default async function run(): Promise<void> {
  const dir = corpusDir();
  let real: string | null = null;
  if (!dir) {
    report('throughput on the largest corpus pages', CORPUS_SKIP_MESSAGE);
  } else {
    const pacer = join(dir, 'pacer');
    const entries = (JSON.parse(readFileSync(join(pacer, 'index.json'), 'utf8')) as Entry[])
      .filter((e) => e.file.endsWith('.html'))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3);
    for (const e of entries) {
      const text = pageText(readFileSync(join(pacer, e.file), 'utf8'));
      const t = await medianMs(() => findCaseNumbers(text, { courtType: e.court_type }), 5, 1);
      const found = findCaseNumbers(text, { courtType: e.court_type }).length;
      report(`throughput ${e.file.split('__').pop()} (${(text.length / MB).toFixed(2)} MB text, ${found} found)`, `${(text.length / MB / (t / 1000)).toFixed(1)} MB/s`);
      real ??= text;
    }
  }
  // 1 MB of real docket text: the largest page's text, or a docket-like stand-in without the corpus.
  const baseline = real
    ? repeatTo1MB(real.slice(0, MB))
    : repeatTo1MB('05/01/2019 14 ORDER granting 12 Motion to Dismiss in 3:08-cv-00159-WHA. Signed by Judge Alsup. (whalc1, COURT STAFF) (Filed on 5/1/2019) ');
  const scanBaseline = () => findCaseNumbers(baseline, { courtType: 'bankruptcy' });
  report(`1 MB of ${real ? 'real docket' : 'docket-like (no corpus)'} text`, ms(await medianMs(scanBaseline, 5, 1)));
  let worst = 0;
  for (const [name, unit] of ADVERSARIAL) {
    const text = repeatTo1MB(unit);
    // Bare numbers counted: the costlier mode, since every bare candidate gets a label check.
    const [base, t] = pairedBest(scanBaseline, () => findCaseNumbers(text, { courtType: 'bankruptcy' }));
    worst = Math.max(worst, t / base);
    report(`adversarial 1 MB: ${name}`, `${ms(t)} vs ${ms(base)}  ${(t / base).toFixed(2)}×`);
  }
  report('worst adversarial / real text (fastest of 9, alternated)', `${worst.toFixed(2)}×`, '≤ 2×');
  for (const [name, unit] of DENSE) {
    const text = repeatTo1MB(unit);
    const found = findCaseNumbers(text, { courtType: 'bankruptcy' }).length;
    const t = await medianMs(() => findCaseNumbers(text, { courtType: 'bankruptcy' }), 5, 1);
    report(`match-dense 1 MB: ${name}`, `${ms(t)}, ${found} matches, ${((t * 1000) / found).toFixed(2)} µs/match`);
  }
}
