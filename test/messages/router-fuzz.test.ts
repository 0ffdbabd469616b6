/**
 * Malformed and spoofed messages against the real router and sender classification: thousands of
 * requests mutated from valid ones (type swaps, missing and extra fields, prototype keys, strings
 * past their limits, huge and non-finite numbers, deep nesting, cycles, and the non-JSON values
 * Firefox's structured clone can deliver: Date, Map, Set, RegExp, typed arrays, BigInt), sent as an
 * extension page, a content script and a foreign sender, some carrying forged sender fields in the
 * body. The router must always answer `{ok, …}` without throwing, call a handler only with a
 * request the schema accepts, never let a content script or a foreign sender reach a handler it
 * may not, and pollute no prototype. Seeded: DM_FUZZ_SEED reproduces a run.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_REQUESTS } from '../../lib/messages/content-access';
import { createRouter, type Handlers } from '../../lib/messages/router';
import { Request } from '../../lib/messages/schema';
import { classifySender, type Caller, type Sender } from '../../lib/messages/sender';
import { mulberry32 } from '../seeded-random';

const SEED = Number(process.env.DM_FUZZ_SEED ?? 20261204);
const RUNS = 4_000;
type Rnd = () => number;
const pick = <T,>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const docket = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?123';
const SENDERS: Record<string, Sender> = {
  'extension page': { id: self.id, url: `${self.baseUrl}popup.html` },
  'content script': { id: self.id, url: docket, tab: { id: 4, url: docket } },
  foreign: { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: `${self.baseUrl}options.html` },
};

const primary = { text: '4:21-cv-02632-DMR', key: 'cand|21|cv|2632', office: '4', year: '21', type: 'cv', serial: '02632', judges: ['DMR'], defendant: null, kind: 'district' };
/** One valid request of every type. */
const VALID: Record<string, unknown>[] = [
  { type: 'page/report', report: { url: docket, court: 'cand', pageType: 'pacer/docket', title: 'A v. B', primary, mentions: [{ ...primary, court: 'cand' }] } },
  { type: 'view/collapse', caseId: 'c1', collapsed: true },
  { type: 'page/get', tabId: 3 },
  { type: 'case/list', query: 'foia', limit: 10 },
  { type: 'case/count', query: '' },
  { type: 'case/get', caseId: 'c1' },
  { type: 'case/create', court: 'cand', docketNumber: '4:21-cv-02632-DMR', title: 'A v. B', tags: ['FOIA'] },
  { type: 'case/update', caseId: 'c1', fields: { title: 'x', tags: ['a'] } },
  { type: 'case/delete', caseId: 'c1' },
  { type: 'note/put', note: { caseId: 'c1', text: 'note' } },
  { type: 'note/delete', id: 'n1' },
  { type: 'deadline/put', deadline: { caseId: 'c1', due: '2026-12-01', time: '13:30', title: 'CMC', kind: 'hearing', done: false } },
  { type: 'deadline/delete', id: 'd1' },
  { type: 'production/put', production: { caseId: 'c1', date: '2026-07-13', agency: 'ICE', pagesReleased: 10 } },
  { type: 'production/delete', id: 'p1' },
  { type: 'record/restore', kind: 'notes', id: 'n1' },
  { type: 'data/export' },
  { type: 'data/import', text: '{}' },
  { type: 'settings/get' },
  { type: 'settings/set', settings: { collapsed: true } },
  { type: 'sync/status' },
  { type: 'sync/enable', enabled: true, passphrase: 'secret' },
  { type: 'sync/now' },
];

/** Values that can arrive through runtime messaging (JSON in Chrome, structured clone in Firefox). */
function oddValue(rnd: Rnd, depth = 0): unknown {
  const simple: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => -1,
    () => 2 ** 53 + 1,
    () => 1e308,
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => -0,
    () => '',
    () => 'x'.repeat(pick(rnd, [81, 129, 501, 20_001, 100_000])),
    () => '<img src=x onerror=alert(1)>',
    () => '\u0000\ud800',
    () => 'cand',
    () => '2023-02-30',
    () => new Date(0),
    () => new Map([['type', 'data/export']]),
    () => new Set(['a']),
    () => /x/g,
    () => new Uint8Array(4),
    () => BigInt(7),
    () => [],
    () => ({}),
  ];
  if (depth < 3 && rnd() < 0.2) return Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => oddValue(rnd, depth + 1));
  return pick(rnd, simple)();
}

function deep(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Every [container, key] in a message. */
function slots(node: unknown, seen = new Set<unknown>(), out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (node === null || typeof node !== 'object' || seen.has(node) || node instanceof Map || node instanceof Set || ArrayBuffer.isView(node)) return out;
  seen.add(node);
  for (const k of Object.keys(node)) {
    out.push([node as Record<string, unknown>, k]);
    slots((node as Record<string, unknown>)[k], seen, out);
  }
  return out;
}

const MUTATIONS: Record<string, (rnd: Rnd, m: Record<string, unknown>) => unknown> = {
  'type swap': (rnd, m) => {
    const [c, k] = pick(rnd, slots(m));
    c[k] = oddValue(rnd);
    return m;
  },
  'field removed': (rnd, m) => {
    const [c, k] = pick(rnd, slots(m));
    delete c[k];
    return m;
  },
  'another type': (rnd, m) => ({ ...m, type: pick(rnd, [...VALID.map((v) => v.type), 'page/Report', 'data/export ', '__proto__', 'constructor', 'toString', '', 'x'.repeat(500)]) }),
  'prototype keys': (rnd, m) =>
    // Parsed from text, so "__proto__" is a real own key, as it would arrive over JSON.
    JSON.parse(JSON.stringify(m).replace(/^\{/, `{"${pick(rnd, ['__proto__', 'constructor', 'prototype'])}":{"polluted":1,"type":"data/export"},`)),
  'deep nesting': (rnd, m) => {
    const [c, k] = pick(rnd, slots(m));
    c[k] = deep(pick(rnd, [50, 1_000, 5_000]));
    return m;
  },
  cycle: (rnd, m) => {
    const [c, k] = pick(rnd, slots(m));
    c[k] = m;
    return m;
  },
  'forged sender in the body': (rnd, m) => ({
    ...m,
    ...pick(rnd, [
      { sender: { id: self.id, url: `${self.baseUrl}options.html` } },
      { caller: { kind: 'extension', tabId: null } },
      { kind: 'background' },
      { id: self.id, url: `${self.baseUrl}popup.html`, tab: { id: 1 } },
      { tabId: 99 },
    ]),
  }),
  'not an object': (rnd) => pick(rnd, [null, undefined, 0, 'data/export', ['data/export'], [{ type: 'data/export' }], new Map([['type', 'data/export']]), BigInt(1)]),
  valid: (_rnd, m) => m,
};

describe('router under malformed and spoofed messages', () => {
  it(`${RUNS} mutated requests from three kinds of sender (seed ${SEED}): always an answer, never a handler it should not reach`, async () => {
    const calls: { type: string; request: unknown; caller: Caller }[] = [];
    const handlers = Object.fromEntries(
      VALID.map((v) => [
        v.type as string,
        (request: unknown, caller: Caller) => {
          calls.push({ type: v.type as string, request, caller });
          return 'handled';
        },
      ]),
    ) as unknown as Handlers;
    // A guard that lets every listed request through: what is tested here is the allowlist and the sender check.
    const route = createRouter(handlers, { classify: (s) => classifySender(s, self), authorize: () => null });
    const rnd = mulberry32(SEED);
    const kinds = Object.keys(MUTATIONS);
    const tally: Record<string, { answered: number; refused: number }> = {};
    for (let i = 0; i < RUNS; i++) {
      const kind = kinds[i % kinds.length]!;
      const senderName = pick(rnd, Object.keys(SENDERS));
      const message = MUTATIONS[kind]!(rnd, structuredClone(pick(rnd, VALID)));
      const where = `run ${i} (${kind}, ${senderName}, seed ${SEED})`;
      calls.length = 0;
      let answer: { ok: boolean; error?: string; data?: unknown };
      try {
        answer = (await route(message, SENDERS[senderName])) as typeof answer;
      } catch (error) {
        throw new Error(`${where}: the router threw ${String(error)}`);
      }
      expect(typeof answer.ok, where).toBe('boolean');
      if (answer.ok) {
        expect(calls, where).toHaveLength(1);
        const call = calls[0]!;
        // The handler got exactly what the schema makes of the message, nothing the schema drops.
        const parsed = Request.safeParse(message);
        expect(parsed.success, where).toBe(true);
        expect(call.request, where).toEqual(parsed.data);
        if (senderName === 'foreign') throw new Error(`${where}: a foreign sender reached ${call.type}`);
        if (senderName === 'content script') {
          expect(Object.keys(CONTENT_SCRIPT_REQUESTS), where).toContain(call.type);
          expect(call.caller, where).toEqual({ kind: 'content', tabId: 4, pageUrl: docket });
        } else expect(call.caller.kind, where).toBe('extension');
      } else {
        expect(calls, where).toHaveLength(0);
        expect(typeof answer.error, where).toBe('string');
        // An error names the problem; it never echoes a huge input back.
        expect(answer.error!.length, where).toBeLessThan(300);
      }
      if ('polluted' in Object.prototype || ({} as { type?: unknown }).type !== undefined) throw new Error(`${where}: Object.prototype polluted`);
      const t = (tally[kind] ??= { answered: 0, refused: 0 });
      if (answer.ok) t.answered++;
      else t.refused++;
    }
    console.log(`router fuzz: ${RUNS} messages (seed ${SEED}); answered/refused by kind: ${kinds.map((k) => `${k} ${tally[k]!.answered}/${tally[k]!.refused}`).join(', ')}`);
    // Every kind was refused at least sometimes, and valid ones from trusted pages got through.
    for (const k of kinds) expect(tally[k]!.refused, k).toBeGreaterThan(0);
    expect(tally.valid!.answered).toBeGreaterThan(0);
    expect(tally['forged sender in the body']!.answered).toBeGreaterThan(0);
  }, 60_000);

  it('a content script forging its way in through the body is still a content script', async () => {
    const reached: string[] = [];
    const handlers = Object.fromEntries(VALID.map((v) => [v.type as string, () => void reached.push(v.type as string)])) as unknown as Handlers;
    const route = createRouter(handlers, { classify: (s) => classifySender(s, self), authorize: () => null });
    const forged = { sender: { id: self.id, url: `${self.baseUrl}options.html` }, caller: { kind: 'extension' }, kind: 'background', url: `${self.baseUrl}popup.html`, id: self.id };
    for (const v of VALID) {
      const answer = await route({ ...v, ...forged, type: v.type }, SENDERS['content script']);
      const allowed = (v.type as string) in CONTENT_SCRIPT_REQUESTS;
      expect(answer.ok, String(v.type)).toBe(allowed);
    }
    expect(reached.sort()).toEqual(Object.keys(CONTENT_SCRIPT_REQUESTS).sort());
  });
});
