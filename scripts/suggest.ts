/**
 * `npm run suggest`: deadlines read from docket entries, with the reader the extension uses.
 *
 *   npm run -s suggest -- --batch IN.jsonl     one {"id","court","filed","text"} per line
 *   npm run -s suggest -- --url URL FILE       a saved docket or history page
 *
 * --batch prints one line per input line, in order: {"id","suggestions":[…]} (lib/deadlines/suggest/batch.ts);
 * a bad line is answered with an "error" field (and said on stderr) and the exit code stays 0.
 * --url prints one line for the page: {"url","file","court","entries":[{"index","number","filed","suggestions"}]},
 * each suggestion with the quote it was read from. Nothing else goes to stdout (library logs go to stderr).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerLine, batchLines, outputSuggestion } from '../lib/deadlines/suggest/batch';
import { suggestDeadlines } from '../lib/deadlines/suggest';
import { readPage } from '../lib/pages';
import { readEntries } from '../lib/pages/entries';
import { parseHtml } from './scan';

export function suggestPage(url: string, file: string): Record<string, unknown> {
  const page = parseHtml(readFileSync(file, 'utf8'), url);
  try {
    const court = readPage(page.document, url).court;
    const entries = readEntries(page.document, url).map((e) => ({
      index: e.index,
      number: e.number,
      filed: e.filed,
      suggestions: suggestDeadlines({ text: e.text, court, filed: e.filed }).map((s) => ({ ...outputSuggestion(s), quote: s.quote })),
    }));
    return { url, file, court, entries };
  } finally {
    page.close();
  }
}

const USAGE = 'usage: suggest --batch IN.jsonl | --url URL FILE';

function main(args: string[]): number {
  const write = (s: string): boolean => process.stdout.write(s);
  console.log = console.error;
  console.info = console.error;
  console.warn = console.error;
  console.debug = console.error;

  const [mode, a, b] = args;
  if (mode === '--batch' && a) {
    let content: string;
    try {
      content = readFileSync(a, 'utf8');
    } catch (error) {
      console.error(`suggest: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    // Bad lines are answered in band (an "error" field) and said on stderr; the run itself succeeds.
    for (const line of batchLines(content)) {
      const answer = answerLine(line);
      if (answer.error) console.error(`suggest: line for id ${String(answer.id)}: ${answer.error}`);
      write(`${JSON.stringify(answer)}\n`);
    }
    return 0;
  }
  if (mode === '--url' && a && b) {
    try {
      write(`${JSON.stringify(suggestPage(a, b))}\n`);
      return 0;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`suggest: ${b}: ${message}`);
      write(`${JSON.stringify({ url: a, file: b, error: message })}\n`);
      return 1;
    }
  }
  console.error(USAGE);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
