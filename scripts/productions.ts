/**
 * `npm run productions`: read status-report text with the same reader the popup's "Paste from a
 * status report" uses.
 *
 *   npm run -s productions -- --batch IN.jsonl     one {"id","text","date":"YYYY-MM-DD"|null} per line ("-" reads stdin)
 *   npm run -s productions -- --text "…" [--date YYYY-MM-DD]
 *
 * Prints one line per input line, in order, on stdout and nothing else:
 * {"id","rows":[{"kind","agency","component","date","pages":{"processed","releasedInFull",
 * "releasedInPart","withheldInFull","referred","identified"},"perMonth","approximate"}]}.
 * A line that cannot be read gives {"id","rows":[],"error"} (id null when it has none) and the
 * exit code is 1; the other lines are still read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { batchRow } from '../lib/productions/reader/proposed-row';
import { readStatusReport } from '../lib/productions/reader/read';
import { IsoDate } from '../lib/model/schema';

const InputLine = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  text: z.string(),
  date: IsoDate.nullable().optional(),
});

export interface OutputLine {
  id: string | number | null;
  rows: ReturnType<typeof batchRow>[];
  error?: string;
}

/** One input line to one output line; never throws. */
export function readLine(line: string): OutputLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, rows: [], error: line.trim() ? 'not JSON' : 'empty line' };
  }
  const id = json && typeof json === 'object' && 'id' in json && (typeof json.id === 'string' || typeof json.id === 'number') ? json.id : null;
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { id, rows: [], error: `${issue.path.join('.') || 'line'}: ${issue.message}` };
  }
  try {
    return { id: parsed.data.id, rows: readStatusReport(parsed.data.text, parsed.data.date ?? null).map(batchRow) };
  } catch (error) {
    return { id, rows: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** The lines of a JSONL file; a final newline does not make one more line. */
export function jsonLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function main(args: string[]): number {
  // Only our JSON lines go to stdout: anything a library logs goes to stderr.
  console.log = console.error;
  console.info = console.error;
  console.warn = console.error;
  console.debug = console.error;
  const write = (line: OutputLine): boolean => process.stdout.write(`${JSON.stringify(line)}\n`);
  const usage = 'usage: productions --batch IN.jsonl | --text TEXT [--date YYYY-MM-DD]';
  const at = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const batch = at('--batch');
  const text = at('--text');
  if (batch === undefined && text === undefined) {
    console.error(usage);
    return 2;
  }
  if (text !== undefined) {
    const out = readLine(JSON.stringify({ id: 'text', text, date: at('--date') ?? null }));
    write(out);
    return out.error ? 1 : 0;
  }
  let content: string;
  try {
    content = readFileSync(batch === '-' ? 0 : batch!, 'utf8');
  } catch (error) {
    console.error(`productions: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let failed = 0;
  jsonLines(content).forEach((line, n) => {
    const out = readLine(line);
    if (out.error) {
      failed++;
      console.error(`productions: line ${n + 1}: ${out.error}`);
    }
    write(out);
  });
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
