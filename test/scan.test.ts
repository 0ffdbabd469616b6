/**
 * `npm run scan` as a user runs it: the CLI on our fixture pages, one JSON object per page on
 * stdout in input order, nothing else on stdout, unreadable files reported and the rest still read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, FIXTURES_DIR } from './fixture-index';

const ROOT = resolve(import.meta.dirname, '..');
const INDEX = fixtures();
const work = mkdtempSync(join(tmpdir(), 'dm-scan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scan(args: string[]): { status: number | null; lines: Record<string, unknown>[]; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.length)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

interface Case {
  text: string;
  office: string | null;
  year: string;
  type: string | null;
  serial: string;
  judges: string[];
  key: string;
  court?: string | null;
}

function checkCase(c: Case): void {
  expect(typeof c.text).toBe('string');
  expect(c.year).toMatch(/^\d\d$/);
  expect(c.serial).toMatch(/^\d+$/);
  if (c.type !== null) expect(c.type).toMatch(/^[a-z]+$/);
  if (c.office !== null) expect(c.office).toMatch(/^\d+$/);
  expect(Array.isArray(c.judges)).toBe(true);
  expect(typeof c.key).toBe('string');
}

describe('npm run scan', () => {
  it('--batch reads every fixture, in order, with the readings the index expects', () => {
    const list = join(work, 'list.tsv');
    writeFileSync(list, INDEX.map((f) => `${f.url}\t${resolve(FIXTURES_DIR, f.file)}`).join('\n') + '\n');
    const r = scan(['--batch', list]);
    expect(r.status, r.stderr).toBe(0);
    // Nothing but JSON lines on stdout.
    expect(r.stdout.trim().split('\n')).toHaveLength(INDEX.length);
    expect(r.lines.map((l) => l.url)).toEqual(INDEX.map((f) => f.url));
    r.lines.forEach((line, i) => {
      const f = INDEX[i]!;
      expect(Object.keys(line).sort()).toEqual(['court', 'file', 'mentions', 'pageType', 'primary', 'url']);
      expect(line.court).toBe(f.court);
      expect(line.pageType).toBe(f.pageType);
      const primary = line.primary as Case | null;
      expect(primary?.text ?? null).toBe(f.primary);
      if (primary) checkCase(primary);
      const mentions = line.mentions as Case[];
      for (const m of mentions) checkCase(m);
      expect(mentions.map((m) => m.text).sort()).toEqual([...(f.mentions ?? [])].sort());
    });
  }, 120_000);

  it('--url reads one page as if served there, with the parts split out', () => {
    const f = INDEX.find((x) => x.file === 'pacer/cand-docket.html')!;
    const r = scan(['--url', f.url, resolve(FIXTURES_DIR, f.file)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.primary).toMatchObject({ text: '4:21-cv-02632-DMR', office: '4', year: '21', type: 'cv', serial: '02632', judges: ['DMR'] });
    // The same file read under another court's URL belongs to that court.
    const other = scan(['--url', 'http://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?1', resolve(FIXTURES_DIR, f.file)]);
    expect(other.lines[0]!.court).toBe('nysd');
  }, 120_000);

  it('reports an unreadable file as an error line, keeps going, and exits non-zero', () => {
    const f = INDEX[0]!;
    const list = join(work, 'broken.tsv');
    writeFileSync(list, `${f.url}\t${join(work, 'missing.html')}\n${f.url}\t${resolve(FIXTURES_DIR, f.file)}\n`);
    const r = scan(['--batch', list]);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatchObject({ url: f.url, file: join(work, 'missing.html') });
    expect(typeof r.lines[0]!.error).toBe('string');
    expect((r.lines[1]!.primary as Case).text).toBe(f.primary);
    expect(r.stderr).toContain('missing.html');
  }, 120_000);

  it('reads files as UTF-8 whatever their meta charset says', () => {
    const page = join(work, 'latin.html');
    writeFileSync(page, '<html><head><meta charset="iso-8859-1"></head><body>CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA<br>Peña v. Müller</body></html>', 'utf8');
    const r = spawnSync('npx', ['tsx', '-e', `import('./scripts/scan.ts').then((m) => { const { parseHtml } = m; const p = parseHtml(require('node:fs').readFileSync(${JSON.stringify(page)}, 'utf8'), 'http://ecf.cand.uscourts.gov/'); process.stdout.write(p.document.body.textContent); })`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toContain('Peña v. Müller');
    const s = scan(['--url', 'http://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1', page]);
    expect((s.lines[0]!.primary as Case).text).toBe('3:08-cv-00159-WHA');
  }, 120_000);

  it('says how to call it when the arguments are wrong', () => {
    const r = scan(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage/);
  }, 60_000);
});
