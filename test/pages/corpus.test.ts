/**
 * The real PACER corpus (../shared/corpus/pacer, 170 pages from 84 courts): the page's own case
 * must be right (court and identity) on at least 99% of the pages whose ground truth names one;
 * pages juriscraper calls "not a case" must claim none; multi-case pages must list every case.
 * Prints a table per page type. Skipped, with a message, when the corpus is absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { listed, loadIndex, matchesTruth, readEntry, savedPageArtifact, type PageResult } from './corpus-eval';

const corpus = corpusDir();
const GOAL = 0.99;

describe.skipIf(!corpus)('real PACER pages', () => {
  let results: PageResult[] = [];

  beforeAll(() => {
    results = loadIndex(corpus!).map((entry) => readEntry(corpus!, entry));
  }, 180_000);

  it(`names the page's own case on at least ${GOAL * 100}% of pages that have one`, () => {
    const rows = new Map<string, { hits: number; total: number }>();
    const misses: string[] = [];
    let hits = 0;
    let total = 0;
    for (const r of results) {
      const dn = r.entry.docket_number;
      if (!dn) continue;
      const ok = matchesTruth(r.court, dn, r.reading.primary);
      const row = rows.get(r.entry.page_type) ?? { hits: 0, total: 0 };
      row.total++;
      total++;
      if (ok) {
        row.hits++;
        hits++;
      } else {
        misses.push(`${r.entry.file}: expected ${dn} in ${r.court}, read ${r.reading.primary?.text ?? 'none'} in ${r.reading.court} (${r.reading.pageType})`);
      }
      rows.set(r.entry.page_type, row);
    }
    const table = [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, { hits: h, total: t }]) => `  ${type.padEnd(34)} ${String(h).padStart(3)}/${String(t).padEnd(3)} ${((100 * h) / t).toFixed(1)}%`);
    console.log(
      [`page's own case, by page type (corpus ${corpus}):`, ...table, `  ${'all'.padEnd(34)} ${hits}/${total} ${((100 * hits) / total).toFixed(2)}%`, ...misses.map((m) => `  miss: ${m}`)].join('\n'),
    );
    expect(total).toBeGreaterThan(0);
    expect(hits / total, misses.join('\n')).toBeGreaterThanOrEqual(GOAL);
  });

  it('claims no case on pages juriscraper expects empty (errors, login, not-a-docket)', () => {
    const claimed: string[] = [];
    const artifacts: string[] = [];
    let nulls = 0;
    const empty = results.filter((r) => r.entry.ground_truth === 'juriscraper_expected_empty');
    for (const r of empty) {
      if (!r.reading.primary) {
        nulls++;
        continue;
      }
      // juriscraper also refuses real dockets for how they were saved; those still show their case.
      const artifact = savedPageArtifact(corpus!, r.entry);
      (artifact ? artifacts : claimed).push(`${r.entry.file}: ${r.reading.primary.text}${artifact ? ` (${artifact})` : ''}`);
    }
    console.log(
      [`expected-empty pages: ${nulls}/${empty.length} claim no case`, ...artifacts.map((a) => `  real docket refused by juriscraper for a saving artifact: ${a}`)].join('\n'),
    );
    expect(empty.length).toBeGreaterThan(0);
    expect(claimed, 'error / not-a-docket pages that claimed a case').toEqual([]);
  });

  it('lists every case of a multi-case page, and claims none of them as the page case', () => {
    const multi = results.filter((r) => r.entry.docket_number === null && r.entry.docket_numbers.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const r of multi) {
      expect(listed(r).missing, r.entry.file).toEqual([]);
      expect(r.reading.primary, r.entry.file).toBeNull();
    }
  });

  it('reads the case title the page prints on at least 95% of pages whose ground truth names one', () => {
    // juriscraper normalises names ("USA" → "United States", drops "et al"); compare loosely.
    const loose = (s: string): string =>
      s.toLowerCase().replace(/\bunited states(?: of america)?\b/g, 'usa').replace(/\bet al\b/g, '').replace(/\bvs\b/g, 'v').replace(/[^a-z0-9]+/g, ' ').trim();
    const named = results.filter((r) => r.entry.docket_number && r.entry.case_name && !/unknown case title/i.test(r.entry.case_name));
    const wrong: string[] = [];
    for (const r of named) {
      const a = loose(r.reading.title ?? '');
      const b = loose(r.entry.case_name!);
      if (!a || !(a.includes(b) || b.includes(a))) wrong.push(`${r.entry.file}: ${r.reading.title ?? 'none'} / ${r.entry.case_name}`);
    }
    console.log(`titles: ${named.length - wrong.length}/${named.length}\n${wrong.map((w) => `  ${w}`).join('\n')}`);
    expect((named.length - wrong.length) / named.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every page a court from its host, links or header, matching the ground truth', () => {
    const wrong = results
      .filter((r) => r.court && r.entry.page_type !== 'login_page' && r.reading.court !== r.court)
      .map((r) => `${r.entry.file}: ${r.reading.court} instead of ${r.court}`);
    expect(wrong).toEqual([]);
  });

  it('finds the ground-truth number among the page\'s mentions or primary wherever the page prints it', () => {
    // Every docket_numbers value occurs verbatim in its page (README); the reader must see it.
    const unseen: string[] = [];
    for (const r of results) {
      if (r.entry.page_type.startsWith('possible_case_numbers')) continue;
      for (const dn of r.entry.docket_numbers) {
        const all = [...(r.reading.primary ? [r.reading.primary] : []), ...r.reading.mentions];
        if (!all.some((m) => matchesTruth(r.court, dn, m))) unseen.push(`${r.entry.file}: ${dn}`);
      }
    }
    expect(unseen).toEqual([]);
  });
});

describe.skipIf(corpus)('real PACER pages (corpus absent)', () => {
  it('is skipped', () => {
    console.log(CORPUS_SKIP_MESSAGE);
  });
});
