/**
 * `npm run productions -- --batch` as the held-back evaluation runs it: one JSON line per input
 * line, in order, exactly the batch format's fields, nothing else on stdout, bad lines answered with
 * an error and the rest still read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, readLine } from '../../scripts/productions';
import { TUNING } from '../../lib/productions/reader/status-report.examples';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dm-productions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(input: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(work, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, input);
  const r = spawnSync('npx', ['tsx', 'scripts/productions.ts', '--batch', file], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('productions --batch', () => {
  it('answers every line in order with exactly the batch fields, and nothing else on stdout', () => {
    const examples = TUNING.slice(0, 12);
    const input = examples.map((e, n) => JSON.stringify({ id: `s${n}`, text: e.text, date: e.date })).join('\n') + '\n';
    const r = run(input);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(examples.length);
    lines.forEach((line, n) => {
      const out = JSON.parse(line) as { id: string; rows: Record<string, unknown>[] };
      expect(Object.keys(out)).toEqual(['id', 'rows']);
      expect(out.id).toBe(`s${n}`);
      expect(out.rows).toEqual(examples[n]!.rows);
      for (const row of out.rows) {
        expect(Object.keys(row)).toEqual(['kind', 'agency', 'component', 'date', 'pages', 'perMonth', 'approximate']);
        expect(Object.keys(row.pages as object)).toEqual(['processed', 'releasedInFull', 'releasedInPart', 'withheldInFull', 'referred', 'identified']);
      }
    });
  });

  it('gives a bad line its own line with an error, reads the rest, and exits 1', () => {
    const r = run(['{"id":"a","text":"ICE shall process 500 pages per month.","date":null}', 'not json', '', '{"id":2,"text":"x","date":"2023-02-30"}', '{"id":"z","text":"CBP released 4 pages in full.","date":"2023-01-01"}'].join('\n'));
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; rows: unknown[]; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', null, null, 2, 'z']);
    expect(lines.map((l) => Boolean(l.error))).toEqual([false, true, true, true, false]);
    expect(lines[3]!.error).toMatch(/date/);
    expect(lines[4]!.rows).toHaveLength(1);
    expect(r.stderr).toMatch(/line 2/);
  });
});

describe('readLine and jsonLines', () => {
  it('reads a line without a date as undated', () => {
    expect(readLine('{"id":"x","text":"ICE released 4 pages in full."}').rows[0]).toMatchObject({ date: null, pages: { releasedInFull: 4 } });
  });
  it('rejects a line whose text is not a string', () => {
    expect(readLine('{"id":"x","text":5}')).toMatchObject({ id: 'x', rows: [], error: expect.stringMatching(/^text:/) });
  });
  it('does not count a final newline as a line, but keeps blank lines inside', () => {
    expect(jsonLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(jsonLines('a\r\nb')).toEqual(['a', 'b']);
  });
});
