/**
 * `npm run scan`: read saved court pages with the same reader the content script uses.
 *
 *   npm run -s scan -- --url URL FILE        one page, read as if served at URL
 *   npm run -s scan -- --batch LIST.tsv      one `URL<TAB>PATH` per line
 *
 * Prints one JSON object per page, in input order, on stdout:
 * {"url","file","court","pageType","primary","mentions"}. Nothing else goes to stdout (warnings go
 * to stderr). A page that cannot be read gives {"url","file","error"}; the rest are still read
 * and the exit code is 1. Files are read as UTF-8 whatever their <meta charset> says (the corpus
 * is UTF-8; PACER's declared charsets are often wrong).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { readPage, type PageMention } from '../lib/pages';
import { reportedNumber } from '../lib/pages/reported';

/** A parsed page and how to release it. Scripts, styles, frames and navigation never run. */
export interface ParsedPage {
  document: Document;
  close(): void;
}

export function parseHtml(html: string, url: string): ParsedPage {
  const window = new Window({
    url: /^https?:/.test(url) ? url : 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: () => void window.happyDOM.close(),
  };
}

/** The fields every reported case number carries (the same as the content script reports). */
function caseJson(m: PageMention | null, withCourt: boolean): Record<string, unknown> | null {
  if (!m) return null;
  return withCourt ? { ...reportedNumber(m), court: m.court } : reportedNumber(m);
}

export function scanFile(url: string, file: string): Record<string, unknown> {
  const html = readFileSync(file, 'utf8');
  const page = parseHtml(html, url);
  try {
    const reading = readPage(page.document, url);
    return {
      url,
      file,
      court: reading.court,
      pageType: reading.pageType,
      primary: caseJson(reading.primary, false),
      mentions: reading.mentions.map((m) => caseJson(m, true)),
    };
  } finally {
    page.close();
  }
}

interface Job {
  url: string;
  file: string;
}

function jobsFrom(args: string[]): Job[] {
  const jobs: Job[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--url') {
      const url = args[++i];
      const file = args[++i];
      if (!url || !file) throw new Error('--url needs a URL and a FILE');
      jobs.push({ url, file });
    } else if (arg === '--batch') {
      const list = args[++i];
      if (!list) throw new Error('--batch needs a LIST.tsv');
      // Paths in the list are taken as written (relative ones from the current directory).
      for (const line of readFileSync(list, 'utf8').split(/\r?\n/)) {
        if (!line.trim() || line.startsWith('#')) continue;
        const tab = line.indexOf('\t');
        if (tab < 0) throw new Error(`batch line without a tab: ${line}`);
        jobs.push({ url: line.slice(0, tab).trim(), file: line.slice(tab + 1).trim() });
      }
    } else {
      throw new Error(`unknown argument ${arg ?? ''}; usage: scan --url URL FILE | --batch LIST.tsv`);
    }
  }
  if (!jobs.length) throw new Error('usage: scan --url URL FILE | --batch LIST.tsv');
  return jobs;
}

function main(args: string[]): number {
  // Only our JSON lines go to stdout: anything a library logs goes to stderr.
  const write = (s: string): boolean => process.stdout.write(s);
  console.log = console.error;
  console.info = console.error;
  console.warn = console.error;
  console.debug = console.error;

  let jobs: Job[];
  try {
    jobs = jobsFrom(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  let failed = 0;
  for (const job of jobs) {
    let line: Record<string, unknown>;
    try {
      line = scanFile(job.url, job.file);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`scan: ${job.file}: ${message}`);
      line = { url: job.url, file: job.file, error: message };
    }
    write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
