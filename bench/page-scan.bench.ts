/**
 * Page-scan cost on the largest real pages of the corpus: readPage against a bare TreeWalker walk
 * over the same document's text nodes, in the same run (ratio; goal ≤ 1.5×), plus how many case
 * numbers per second it finds. Measured three ways:
 * - Chromium, fresh isolated world: as the content script reads a page, once, in a world of its
 *   own where every DOM node it touches needs a new JS wrapper. Each run of the walk and of
 *   readPage gets a new world (CDP Page.createIsolatedWorld); median of 7 of each, interleaved.
 * - Chromium, warm main world: the same page read again and again in one world (wrappers exist,
 *   code is optimised); fastest of 9 interleaved runs. The bare walk is at its cheapest here.
 * - Node on happy-dom (the CLI's DOM, whose DOM getters cost far more than a browser's).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { locateMentions, readPage } from '../lib/pages';
import { parseHtml } from '../scripts/scan';
import { corpusDir, CORPUS_SKIP_MESSAGE } from '../test/corpus';
import { loadIndex, urlFor, type CorpusEntry } from '../test/pages/corpus-eval';
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FRESH_RUNS = 7;
const BARE_IN_WORLD = `(() => { const t = performance.now(); const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += n.data.length; return performance.now() - t; })()`;
const READ_IN_WORLD = `(() => { const t = performance.now(); DocketMarginPages.readPage(document, location.href); return performance.now() - t; })()`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median time of `expression` over FRESH_RUNS new isolated worlds, each given the bundle first. */
async function inFreshWorlds(page: Page, script: string, expressions: string[]): Promise<number[][]> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const times = expressions.map(() => [] as number[]);
  let world = 0;
  for (let round = 0; round < FRESH_RUNS; round++) {
    for (const [i, expression] of expressions.entries()) {
      const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `dm-bench-${world++}` })) as { executionContextId: number };
      await cdp.send('Runtime.evaluate', { expression: script, contextId: executionContextId });
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: number } };
      times[i]!.push(r.result.value);
    }
  }
  await cdp.detach();
  return times;
}

/** In the page: fastest of 9 interleaved runs of the bare walk and readPage, and the numbers located. */
const IN_PAGE = `(() => {
  const bare = () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += n.data.length; return c; };
  // The floor for any reader that must look at the text: the same walk, keeping the text it reads.
  const collect = () => { const w = document.createTreeWalker(document.body, 4); const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n.data); return out.join('').length; };
  let walkMs = Infinity, readMs = Infinity, collectMs = Infinity;
  for (let round = 0; round < 9; round++) {
    let t = performance.now(); bare(); walkMs = Math.min(walkMs, performance.now() - t);
    t = performance.now(); DocketMarginPages.readPage(document, location.href); readMs = Math.min(readMs, performance.now() - t);
    t = performance.now(); collect(); collectMs = Math.min(collectMs, performance.now() - t);
  }
  const reading = DocketMarginPages.readPage(document, location.href);
  return { walkMs, readMs, collectMs, found: DocketMarginPages.locateMentions(document.body, reading).length };
})()`;

async function inChromium(corpus: string, entries: CorpusEntry[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report('Chromium', `not found at ${CHROMIUM}: skipped`);
    return;
  }
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../lib/pages/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'DocketMarginPages',
    write: false,
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    let totalRead = 0;
    let totalWalk = 0;
    let totalFound = 0;
    let freshRead = 0;
    let freshWalk = 0;
    for (const entry of entries) {
      const url = urlFor(entry).replace(/^https:/, 'http:');
      const html = readFileSync(join(corpus, 'pacer', entry.file));
      await page.route('**/*', (route) =>
        route.request().url() === url
          ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
          : route.abort(),
      );
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const [walks, reads] = await inFreshWorlds(page, script, [BARE_IN_WORLD, READ_IN_WORLD]);
      const fw = median(walks!);
      const fr = median(reads!);
      freshWalk += fw;
      freshRead += fr;
      const mb = entry.bytes / 1e6;
      report(`Chromium, fresh isolated world, ${entry.file} (${mb.toFixed(1)} MB): readPage / bare walk`, `${ms(fr)} / ${ms(fw)} = ${(fr / fw).toFixed(2)}×`, '≤ 1.5×');
      await page.addScriptTag({ content: script });
      const r = (await page.evaluate(IN_PAGE)) as { walkMs: number; readMs: number; collectMs: number; found: number };
      await page.unroute('**/*');
      totalRead += r.readMs;
      totalWalk += r.walkMs;
      totalFound += r.found;
      report(`Chromium, warm main world, ${entry.file}: readPage / bare walk`, `${ms(r.readMs)} / ${ms(r.walkMs)} = ${(r.readMs / r.walkMs).toFixed(2)}×`, '≤ 1.5×');
      report(`  only collecting the text (no reading)`, `${ms(r.collectMs)} = ${(r.collectMs / r.walkMs).toFixed(2)}× the bare walk`);
      report(`  readPage throughput`, `${(mb / (r.readMs / 1000)).toFixed(0)} MB of HTML/s, ${r.found} numbers located`);
    }
    report(`Chromium, fresh isolated world, all ${entries.length} pages: readPage / bare walk`, `${(freshRead / freshWalk).toFixed(2)}×`, '≤ 1.5×');
    report(`Chromium, warm main world, all ${entries.length} pages: readPage / bare walk`, `${(totalRead / totalWalk).toFixed(2)}×`, '≤ 1.5×');
    report('Chromium: case numbers per second (readPage)', `${Math.round(totalFound / (totalRead / 1000))}`);
  } finally {
    await browser.close();
  }
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

  await inChromium(corpus, largest);

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
      report(`happy-dom ${entry.file} (${mb} MB): readPage / bare walk`, `${ms(readMs)} / ${ms(walkMs)} = ${(readMs / walkMs).toFixed(2)}×`, '≤ 1.5×');
      report(`  case numbers found`, `${found} (${Math.round(found / (readMs / 1000))}/s)`);
    } finally {
      page.close();
    }
  }
  report(`happy-dom, all ${largest.length} pages: readPage / bare walk`, `${(totalRead / totalWalk).toFixed(2)}×`, '≤ 1.5×');
  report('happy-dom: case numbers per second (readPage)', `${Math.round(totalFound / (totalRead / 1000))}`);
}
