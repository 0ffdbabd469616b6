/**
 * Fuzzed imports: 10,000 random and mutated files from a seeded PRNG. No file may crash the
 * importer (every refusal is a UserError saying nothing was imported); a rejected file leaves the
 * stored data byte-identical; an accepted one leaves only records that pass the schema, keeps
 * hostile text as text, and pollutes no prototype. Each file is made by one named mutation of a
 * valid export (or a hand-written file) so the summary shows every kind was tried and both
 * outcomes happened. DM_FUZZ_SEED / DM_FUZZ_RUNS reproduce or widen a run.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UserError } from '../../lib/messages/user-error';
import { exportData, importData } from '../../lib/store/interchange';
import { CaseRecord, DeadlineRecord, NoteRecord, ProductionRecord } from '../../lib/model/schema';
import { manualClock, openRepo } from './helpers';
import { mulberry32 } from '../seeded-random';

beforeEach(() => fakeBrowser.reset());

const NOW = Date.UTC(2026, 10, 22, 12);
const SEED = Number(process.env.DM_FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.DM_FUZZ_RUNS ?? 10_000);
const REPO_RUNS = 250;

type Rnd = () => number;
const pick = <T,>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

const PAYLOADS = [
  '<img src=x onerror="globalThis.__fuzzRan=1">',
  '<script>globalThis.__fuzzRan=1</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return 1")()}}',
  '\u202e\u0000\ud800',
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

const ATOMS: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', 'docket-margin', 'cand', 'CAND', 'zz', '23-cv-04557', '4:21-cv-02632-DMR',
  '2023-02-30', '2024-02-29', '25:00', '13:30', 'hearing', 'party', '\u0000', '\ud800', 'x'.repeat(600),
  '0001732276800000-0000-dabc', '__proto__', [], {}, 2, 1, ...PAYLOADS,
];

function randomValue(rnd: Rnd, depth = 0): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.5) return pick(rnd, ATOMS);
  if (r < 0.75) return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
  const keys = ['format', 'version', 'cases', 'court', 'docketNumber', 'notes', 'text', 'due', 'id', 'stamp', 'pagesReleased', 'deleted', 'tags', ...PROTOTYPE_KEYS];
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(rnd() * 5); i > 0; i--) o[pick(rnd, keys)] = randomValue(rnd, depth + 1);
  return o;
}

/** Every [container, key] in a parsed file, so a mutation can land anywhere in it. */
function slots(node: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (node === null || typeof node !== 'object') return out;
  for (const k of Object.keys(node)) {
    out.push([node as Record<string, unknown>, k]);
    slots((node as Record<string, unknown>)[k], out);
  }
  return out;
}

/** A value of another JSON type than `v` (string → number, array → object, …). */
function otherType(rnd: Rnd, v: unknown): unknown {
  const choices: unknown[] = ['7', 7, true, null, [], {}, [v], { value: v }, String(v)];
  const kind = (x: unknown): string => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  const others = choices.filter((c) => kind(c) !== kind(v));
  return pick(rnd, others);
}

// Out of range but for 1e9, the largest page count a file may hold.
const HUGE = [2 ** 53 + 1, -(2 ** 53) - 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 1e21, 4294967296, 1e9 + 1, 1e9];

/** Each mutation takes a valid file's text and returns the text to import. */
const MUTATIONS: Record<string, (rnd: Rnd, text: string) => string> = {
  random: (rnd) => JSON.stringify(randomValue(rnd)) ?? 'undefined',
  truncation: (rnd, text) => text.slice(0, Math.floor(rnd() * text.length)),
  'byte flips': (rnd, text) => {
    const bytes = new TextEncoder().encode(text);
    for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) bytes[Math.floor(rnd() * bytes.length)]! ^= 1 << Math.floor(rnd() * 8);
    return new TextDecoder().decode(bytes);
  },
  'text splices': (rnd, text) => {
    const at = Math.floor(rnd() * text.length);
    if (rnd() < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 20));
    const junk = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join('');
    return text.slice(0, at) + junk + text.slice(at);
  },
  'type swaps': (rnd, text) => mutateParsed(rnd, text, (c, k) => (c[k] = otherType(rnd, c[k]))),
  'huge numbers': (rnd, text) => {
    const doc = JSON.parse(text) as unknown;
    const numeric = slots(doc).filter(([c, k]) => typeof c[k] === 'number');
    const [c, k] = numeric.length ? pick(rnd, numeric) : pick(rnd, slots(doc));
    c[k] = pick(rnd, HUGE);
    // JSON has no Infinity: write one as an overflowing literal, which JSON.parse reads as Infinity.
    return rnd() < 0.2 ? JSON.stringify(doc).replace(/:(-?\d+)([,}])/, ':1e400$2') : JSON.stringify(doc);
  },
  'deep nesting': (rnd, text) => {
    const depth = pick(rnd, [64, 1_000, 10_000]);
    const deep = `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
    // Either in place of a field's value, or as the whole file.
    if (rnd() < 0.3) return deep;
    return text.replace(/"(text|title|docketNumber|due|tags)":/, (m) => `${m}${deep},"_":`);
  },
  'prototype keys': (rnd, text) => {
    const key = pick(rnd, PROTOTYPE_KEYS);
    const payload = pick(rnd, ['{"polluted":1}', '{"prototype":{"polluted":1}}', '"x"', '[]', 'null']);
    // Textually, so JSON.parse meets a real "__proto__" key (an object literal would set the prototype instead).
    const where = pick(rnd, ['{', '"cases":[{', '"notes":[{', '"deadlines":[{']);
    const i = text.indexOf(where);
    if (i < 0) return `{"${key}":${payload},${text.slice(1)}`;
    return `${text.slice(0, i + where.length)}"${key}":${payload},${text.slice(i + where.length)}`;
  },
  'html payloads': (rnd, text) =>
    mutateParsed(rnd, text, (c, k) => {
      if (typeof c[k] === 'string') c[k] = rnd() < 0.5 ? pick(rnd, PAYLOADS) : `${c[k] as string}${pick(rnd, PAYLOADS)}`;
      else c[k] = pick(rnd, PAYLOADS);
    }),
  'structure edits': (rnd, text) =>
    mutateParsed(rnd, text, (c, k) => {
      const op = rnd();
      if (op < 0.35) delete c[k];
      else if (op < 0.6 && Array.isArray(c[k]) && (c[k] as unknown[]).length) (c[k] as unknown[]).push(structuredClone((c[k] as unknown[])[0]));
      else if (op < 0.8 && typeof c[k] === 'number') c[k] = -(c[k] as number) - 1;
      else c[k] = randomValue(rnd);
    }),
};

/** Parse, apply `edit` to 1-3 random slots, print again. */
function mutateParsed(rnd: Rnd, text: string, edit: (container: Record<string, unknown>, key: string) => void): string {
  const doc = JSON.parse(text) as unknown;
  for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) {
    const all = slots(doc);
    if (!all.length) break;
    const [c, k] = pick(rnd, all);
    edit(c, k);
  }
  return JSON.stringify(doc) ?? '';
}

const SCHEMAS = { cases: CaseRecord, notes: NoteRecord, deadlines: DeadlineRecord, productions: ProductionRecord };

describe('fuzzed imports', () => {
  it(`${RUNS} random and mutated files (seed ${SEED}): no crash, rejected files change nothing`, async () => {
    const clock = manualClock();
    // A fresh store every REPO_RUNS files: the accepted ones would otherwise grow it, and every
    // check after a file reads the whole store.
    const freshRepo = async () => {
      const repo = await openRepo(clock.now);
      const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE', tags: ['FOIA'] });
      await repo.putNote({ caseId: c.id, text: 'note' });
      await repo.putDeadline({ caseId: c.id, due: '2026-12-01', time: '13:30', title: 'CMC', kind: 'hearing', done: false });
      await repo.putProduction({ caseId: c.id, date: '2026-07-13', agency: 'ICE', component: 'HSI', pagesReviewed: 9, pagesReleased: 1, pagesReleasedInPart: 2, pagesWithheldInFull: 3, pagesReferred: 0, note: '' });
      return repo;
    };
    let repo = await freshRepo();
    const seedFile = (await exportData(repo, NOW)).text;
    const handWritten = JSON.stringify({
      format: 'docket-margin',
      version: 1,
      cases: [{ court: 'nyed', docketNumber: '1:22-cv-00010', tags: ['x'], notes: [{ text: 'x' }], deadlines: [{ due: '2026-01-01', title: 't' }], productions: [{ date: '2026-01-01', pagesReleased: 3 }] }],
    });
    const rnd = mulberry32(SEED);
    const kinds = Object.keys(MUTATIONS);
    const tally = Object.fromEntries(kinds.map((k) => [k, { accepted: 0, rejected: 0 }]));
    let snapshot = JSON.stringify(await repo.getAllRecords());
    for (let i = 0; i < RUNS; i++) {
      if (i > 0 && i % REPO_RUNS === 0) {
        repo.close();
        repo = await freshRepo();
        snapshot = JSON.stringify(await repo.getAllRecords());
      }
      const kind = kinds[i % kinds.length]!;
      const text = MUTATIONS[kind]!(rnd, rnd() < 0.5 ? seedFile : handWritten);
      let error: unknown = null;
      try {
        await importData(repo, text, NOW);
      } catch (e) {
        error = e;
      }
      const where = `run ${i} (${kind}, seed ${SEED})`;
      if (({} as Record<string, unknown>).polluted !== undefined || 'polluted' in Object.prototype) throw new Error(`${where}: Object.prototype polluted by ${text.slice(0, 200)}`);
      if ((globalThis as { __fuzzRan?: unknown }).__fuzzRan !== undefined) throw new Error(`${where}: a payload ran`);
      const now = JSON.stringify(await repo.getAllRecords());
      if (error) {
        tally[kind]!.rejected++;
        if (!(error instanceof UserError)) throw new Error(`${where}: crashed with ${String(error)} on ${text.slice(0, 200)}`);
        expect(error.message).toMatch(/^Nothing was imported: /);
        if (now !== snapshot) throw new Error(`${where}: a rejected file changed stored data: ${text.slice(0, 200)}`);
      } else {
        tally[kind]!.accepted++;
        const all = JSON.parse(now) as Record<keyof typeof SCHEMAS, unknown[]>;
        for (const k of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])
          for (const r of all[k]) {
            if (!SCHEMAS[k].safeParse(r).success) throw new Error(`${where}: accepted file stored an invalid ${k} record: ${JSON.stringify(r).slice(0, 200)}`);
            if (Object.getPrototypeOf(r) !== Object.prototype) throw new Error(`${where}: a stored ${k} record has another prototype`);
          }
        snapshot = now;
      }
      clock.advance(10);
    }
    const accepted = kinds.reduce((n, k) => n + tally[k]!.accepted, 0);
    const rejected = RUNS - accepted;
    console.log(
      `fuzzed imports: ${RUNS} files, ${accepted} accepted, ${rejected} rejected (seed ${SEED}); by kind (accepted/rejected): ` +
        kinds.map((k) => `${k} ${tally[k]!.accepted}/${tally[k]!.rejected}`).join(', '),
    );
    // Both paths must actually be exercised, or the fuzzer is not testing anything.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(rejected).toBeGreaterThan(RUNS / 4);
    for (const k of ['random', 'truncation', 'byte flips', 'text splices', 'type swaps', 'huge numbers', 'deep nesting', 'html payloads', 'structure edits'])
      expect(tally[k]!.rejected, `${k} files rejected`).toBeGreaterThan(0);
    // Mutations that may keep the file valid must get through sometimes: HTML is text, a deleted
    // optional field is fine, 1e9 pages is in range, and prototype keys are unknown keys, dropped.
    for (const k of ['html payloads', 'structure edits', 'huge numbers', 'prototype keys']) expect(tally[k]!.accepted, `${k} files accepted`).toBeGreaterThan(0);
  }, 180_000);
});
