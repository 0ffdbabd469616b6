/**
 * The `npm run suggest -- --batch` line format: one JSON object per input line,
 * {"id","court","filed":"YYYY-MM-DD","text"}, answered by one line per input line, in order:
 * {"id","suggestions":[{"date","time","kind","action","title"[,"relative":true]}]}. A line that is
 * not such an object is answered with its id (when it has one) and an "error" saying what is wrong,
 * and an empty list, so output lines stay one per input line. Validated with zod (CLI and tests only).
 */
import { z } from 'zod';
import { suggestDeadlines, type Suggestion } from './index';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  court: z.string().max(20).nullish(),
  filed: z.string().regex(ISO_DATE, 'filed must be YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'filed is not a real date'),
  text: z.string().max(200_000),
});
export type BatchLine = z.infer<typeof BatchLine>;

export interface OutputSuggestion {
  date: string;
  time: string | null;
  kind: Suggestion['kind'];
  action: Suggestion['action'];
  title: string;
  relative?: true;
}

export interface BatchAnswer {
  id: string | number | null;
  suggestions: OutputSuggestion[];
  error?: string;
}

export function outputSuggestion(s: Suggestion): OutputSuggestion {
  const out: OutputSuggestion = { date: s.date, time: s.time, kind: s.kind, action: s.action, title: s.title };
  if (s.relative) out.relative = true;
  return out;
}

function idOf(raw: unknown): string | number | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/** The answer to one input line (never throws). */
export function answerLine(line: string): BatchAnswer {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, suggestions: [], error: line.trim() ? 'not JSON' : 'empty line' };
  }
  const parsed = BatchLine.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : 'line';
    return { id: idOf(raw), suggestions: [], error: `${field}: ${issue.message}` };
  }
  const { id, court, filed, text } = parsed.data;
  try {
    return { id, suggestions: suggestDeadlines({ text, court: court ?? null, filed }).map(outputSuggestion) };
  } catch (error) {
    return { id, suggestions: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** Input lines of a batch file: every line, except the empty one after a final newline. */
export function batchLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
