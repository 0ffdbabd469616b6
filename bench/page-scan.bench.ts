/**
 * Page-scan cost on the largest real pages of the corpus: readPage against a bare TreeWalker walk
 * over the same document's text nodes, in the same run (ratio; goal ≤ 1.5×), plus how many case
 * numbers per second it finds. Fastest of 9 interleaved runs each. Measured in Node on happy-dom documents (the CLI's DOM); the
 * real-browser figure is in the overlay bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateMentions, readPage } from '../lib/pages';
import { parseHtml } from '../scripts/scan';
import { corpusDir, CORPUS_SKIP_MESSAGE } from '../test/corpus';
import { loadIndex, urlFor } from '../test/pages/corpus-eval';
import { ms, report } from './report';

const PAGES = 5;
const SHOW_TEXT = 4;

/** The floor: visit every text node under body once and touch its data. */
function bareWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

export default async function run(): Promise<void> {
  const corpus = corpusDir();
  if (!corpus) {
    report('page scan', CORPUS_SKIP_MESSAGE);
    return;
  }
  const largest = loadIndex(corpus)
    .filter((e) => e.file.endsWith('.html'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, PAGES);

  let totalRead = 0;
  let totalWalk = 0;
  let totalFound = 0;
  for (const entry of largest) {
    const url = urlFor(entry);
    const page = parseHtml(readFileSync(join(corpus, 'pacer', entry.file), 'utf8'), url);
    try {
      const doc = page.document;
      // Interleaved, fastest of many runs each: the machine is shared, and the minimum is the
      // figure least disturbed by other work.
      let walkMs = Infinity;
      let readMs = Infinity;
      for (let round = 0; round < 9; round++) {
        let t = performance.now();
        bareWalk(doc);
        walkMs = Math.min(walkMs, performance.now() - t);
        t = performance.now();
        readPage(doc, url);
        readMs = Math.min(readMs, performance.now() - t);
      }
      const reading = readPage(doc, url);
      const found = locateMentions(doc.body, reading).length;
      totalRead += readMs;
      totalWalk += walkMs;
      totalFound += found;
      const mb = (entry.bytes / 1e6).toFixed(1);
      report(`${entry.file} (${mb} MB): readPage / bare walk`, `${ms(readMs)} / ${ms(walkMs)} = ${(readMs / walkMs).toFixed(2)}×`, '≤ 1.5×');
      report(`  case numbers found`, `${found} (${Math.round(found / (readMs / 1000))}/s)`);
    } finally {
      page.close();
    }
  }
  report(`all ${largest.length} pages: readPage / bare walk`, `${(totalRead / totalWalk).toFixed(2)}×`, '≤ 1.5×');
  report('case numbers per second (readPage)', `${Math.round(totalFound / (totalRead / 1000))}`);
}
