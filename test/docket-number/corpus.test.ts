/**
 * Every case number the ground truth names for a corpus page must be found in that page's text,
 * with the page's court type deciding bare numbers, and must carry the ground truth's identity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCaseNumbers, parseCaseNumber, partsKey, type CourtType } from '../../lib/docket-number';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { pageText } from './page-text';

interface Entry {
  file: string;
  court_type: CourtType | null;
  page_type: string;
  docket_numbers: string[];
  extra: Record<string, unknown>;
}

const dir = corpusDir();

describe('corpus: page case numbers are found', () => {
  if (!dir) {
    it.skip(CORPUS_SKIP_MESSAGE, () => {});
    return;
  }
  const pacer = join(dir, 'pacer');
  const entries = (JSON.parse(readFileSync(join(pacer, 'index.json'), 'utf8')) as Entry[]).filter((e) => e.docket_numbers.length > 0);

  it('finds every ground-truth docket number on its page, with the right identity', () => {
    const misses: string[] = [];
    let total = 0;
    for (const entry of entries) {
      const raw = readFileSync(join(pacer, entry.file), 'utf8');
      // The XML answers carry their numbers in attributes; scanning the raw XML keeps them.
      const text = entry.file.endsWith('.xml') ? raw : pageText(raw);
      const keys = new Set(findCaseNumbers(text, { courtType: entry.court_type }).map((m) => m.key));
      for (const number of entry.docket_numbers) {
        total++;
        const parts = parseCaseNumber(number, entry.court_type);
        if (!parts || !keys.has(partsKey(parts, entry.court_type))) misses.push(`${entry.file}: ${number}`);
      }
    }
    const rate = (100 * (total - misses.length)) / total;
    console.log(`corpus docket numbers found: ${total - misses.length}/${total} (${rate.toFixed(1)}%)`);
    expect(misses).toEqual([]);
  });

  it('never reads a date, time, phone number or ZIP+4 code printed on a real page as a case number', () => {
    // Found independently of the finder, on every page of the corpus, with each page's court type.
    const NOT_CASE_NUMBERS: Array<[string, RegExp]> = [
      ['date', /(?<![\d/-])\d{1,2}[-/]\d{1,2}[-/](?:\d{4}|\d{2})(?![\d/-])/g],
      ['ISO date', /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g],
      ['time', /\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:AM|PM|am|pm|a\.m\.|p\.m\.)/g],
      ['phone', /(?:\(\d{3}\)\s?|(?<!\d)\d{3}[-.\s])\d{3}[-.]\d{4}(?!\d)/g],
      ['ZIP+4', /(?<![\d-])\d{5}-\d{4}(?![\d-])/g],
    ];
    const all = (JSON.parse(readFileSync(join(pacer, 'index.json'), 'utf8')) as Entry[]).filter((e) => e.file.endsWith('.html'));
    const counts: Record<string, number> = {};
    const overlaps: string[] = [];
    for (const entry of all) {
      const text = pageText(readFileSync(join(pacer, entry.file), 'utf8'));
      const matches = findCaseNumbers(text, { courtType: entry.court_type });
      for (const [name, re] of NOT_CASE_NUMBERS) {
        for (const neg of text.matchAll(re)) {
          counts[name] = (counts[name] ?? 0) + 1;
          const a = neg.index;
          const b = a + neg[0].length;
          const hit = matches.find((m) => m.start < b && a < m.end);
          if (hit) overlaps.push(`${entry.file}: ${name} ${JSON.stringify(neg[0])} read as ${JSON.stringify(hit.text)}`);
        }
      }
    }
    console.log(`corpus negatives checked: ${JSON.stringify(counts)}`);
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBeGreaterThan(1000);
    expect(overlaps.slice(0, 20)).toEqual([]);
  });

  it('parses the judge initials the ground truth gives for the page case', () => {
    let checked = 0;
    for (const entry of entries) {
      const initials = entry.extra.federal_dn_judge_initials_assigned;
      const [number] = entry.docket_numbers;
      if (typeof initials !== 'string' || !number || entry.docket_numbers.length !== 1) continue;
      const raw = readFileSync(join(pacer, entry.file), 'utf8');
      const text = entry.file.endsWith('.xml') ? raw : pageText(raw);
      const key = partsKey(parseCaseNumber(number, entry.court_type)!, entry.court_type);
      const judges = findCaseNumbers(text, { courtType: entry.court_type }).filter((m) => m.key === key).flatMap((m) => m.judges);
      // Some pages print the number bare and the initials elsewhere; when they are printed attached, they must be read.
      if (judges.length > 0) {
        checked++;
        expect(judges, entry.file).toContain(initials);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
