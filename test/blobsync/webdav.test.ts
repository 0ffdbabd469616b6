/**
 * The WebDAV store against a real WebDAV server on 127.0.0.1 (Debian's rclone serve webdav, over
 * a temporary folder), and the engine through it: two devices of one user and a colleague
 * converge. Answers rclone never gives (429, 503 with Retry-After, 507, a hung request) come from
 * a small proxy in front of it that passes everything else through.
 */
import { readdirSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobSyncEngine } from '../../lib/blobsync/engine';
import { MemoryStateStore } from '../../lib/blobsync/state';
import { retryAfterMs, WebDavStore } from '../../lib/blobsync/webdav';
import { parseMultistatus } from '../../lib/blobsync/webdav-xml';
import { caseFields } from '../sync/memory-records';
import { contents, ITERATIONS } from './devices';
import { MemoryRecords } from '../sync/memory-records';
import { freePort, RCLONE_PASS, RCLONE_USER, rcloneAvailable, startRclone, type RcloneServer } from './rclone-server';

const X = 'case:cand|21|cv|2632|4';
// In CI rclone is installed by .ci/run, so its absence fails the suite there instead of skipping it.
const haveRclone = rcloneAvailable() || Boolean(process.env.CI);
if (!haveRclone) console.log('skipped: rclone not found (apt-get install -y rclone; .ci/run installs it)');

type Fault = (req: { method: string; url: string }) => { status: number; headers?: Record<string, string> } | 'hang' | null;

describe.skipIf(!haveRclone)('WebDAV store on rclone serve webdav', () => {
  let server: RcloneServer;
  let proxy: Server;
  let proxyRoot: string;
  let fault: Fault = () => null;

  beforeAll(async () => {
    server = await startRclone();
    const port = await freePort();
    proxy = createServer((req, res) => {
      const f = fault({ method: req.method ?? '', url: req.url ?? '' });
      if (f === 'hang') return; // never answers
      if (f) {
        req.resume();
        res.writeHead(f.status, f.headers).end();
        return;
      }
      const up = httpRequest({ host: '127.0.0.1', port: server.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', r));
    proxyRoot = `http://127.0.0.1:${port}/`;
  });

  afterAll(async () => {
    proxy?.closeAllConnections();
    await new Promise((r) => proxy?.close(r));
    await server?.stop();
  });

  const store = (folder: string, extra: Partial<ConstructorParameters<typeof WebDavStore>[0]> = {}): WebDavStore =>
    new WebDavStore({ url: `${server.root}${folder}`, user: RCLONE_USER, password: RCLONE_PASS, ...extra });

  it('creates a missing folder (MKCOL), then writes, lists, reads and deletes files', async () => {
    const s = store('sync-a');
    expect(await s.list()).toEqual([]);
    expect(statSync(join(server.dir, 'sync-a')).isDirectory()).toBe(true);
    const bytes = new Uint8Array([1, 2, 3, 250]);
    await s.put('aaaa.bbbb.s1', bytes, { ifNoneMatch: '*' });
    const listed = await s.list();
    expect(listed.map((f) => [f.name, f.size])).toEqual([['aaaa.bbbb.s1', 4]]);
    expect(listed[0]!.etag).toMatch(/\S/);
    expect(await s.get('aaaa.bbbb.s1')).toMatchObject({ bytes });
    expect(await s.get('missing')).toBeNull();
    await s.delete('aaaa.bbbb.s1');
    await s.delete('aaaa.bbbb.s1'); // already gone: not an error
    expect(await s.list()).toEqual([]);
    expect((await s.testConnection()).files).toBe(0);
  });

  it('says clearly when the app password is wrong (401) or the parent folder is missing (409)', async () => {
    const wrong = new WebDavStore({ url: `${server.root}sync-a`, user: RCLONE_USER, password: 'wrong' });
    await expect(wrong.list()).rejects.toMatchObject({ kind: 'auth', message: expect.stringMatching(/user name or app password/) });
    const orphan = store('no/such/parent');
    await expect(orphan.list()).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('offline and timeouts are errors of their own kind', async () => {
    const dead = new WebDavStore({ url: `http://127.0.0.1:${await freePort()}/x`, user: 'u', password: 'p' });
    await expect(dead.list()).rejects.toMatchObject({ kind: 'offline' });
    fault = () => 'hang';
    const slow = new WebDavStore({ url: `${proxyRoot}sync-a`, user: RCLONE_USER, password: RCLONE_PASS, timeoutMs: 300 });
    await expect(slow.list()).rejects.toMatchObject({ kind: 'timeout' });
    fault = () => null;
  });

  it('waits out 429 and 503 as Retry-After asks, gives up past the limit, and reports 507', async () => {
    const waits: number[] = [];
    let refusals = 2;
    fault = (r) => (r.method === 'PROPFIND' && refusals-- > 0 ? { status: refusals ? 429 : 503, headers: { 'Retry-After': '2' } } : null);
    const s = new WebDavStore({ url: `${proxyRoot}sync-a`, user: RCLONE_USER, password: RCLONE_PASS, sleep: async (ms) => void waits.push(ms) });
    expect(await s.list()).toBeDefined();
    expect(waits).toEqual([2000, 2000]);
    fault = () => ({ status: 503, headers: { 'Retry-After': '3600' } });
    await expect(s.list()).rejects.toMatchObject({ kind: 'rate', retryAfterMs: 3_600_000 });
    fault = (r) => (r.method === 'PUT' ? { status: 507 } : null);
    await expect(s.put('f', new Uint8Array([1]), { ifNoneMatch: '*' })).rejects.toMatchObject({ kind: 'quota', message: expect.stringMatching(/out of space/) });
    fault = (r) => (r.method === 'PUT' ? { status: 412 } : null);
    await expect(s.put('f', new Uint8Array([1]), { ifNoneMatch: '*' })).rejects.toMatchObject({ kind: 'precondition' });
    fault = () => null;
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
  });

  it('two devices of one user and a colleague converge through the server', async () => {
    let t = Date.UTC(2026, 5, 1);
    const now = (): number => t;
    const dev = async (name: string): Promise<{ records: MemoryRecords; engine: BlobSyncEngine }> => {
      const records = new MemoryRecords(`dev${name}`, now);
      const engine = await BlobSyncEngine.open({ store: store('team'), local: records, state: new MemoryStateStore(), iterations: ITERATIONS, compactAfter: 3 });
      return { records, engine };
    };
    const a = await dev('a');
    const b = await dev('b');
    const c = await dev('c');
    await a.engine.setupRing('alice passphrase', { create: true });
    await b.engine.setupRing('alice passphrase', { create: false });
    await c.engine.setupRing('carol passphrase', { create: true });
    a.records.write('cases', caseFields(X, 'Shared on the NAS'));
    for (let i = 0; i < 5; i++) a.records.write('notes', { id: `n${i}`, caseId: X, deleted: false, text: `note ${i}`, createdAt: 'x', editedAt: 'x' });
    await a.engine.shareCase(X, 'team passphrase');
    expect(await c.engine.join('team passphrase')).toBe(1);
    t += 1000;
    c.records.write('notes', { id: 'from-c', caseId: X, deleted: false, text: 'colleague', createdAt: 'x', editedAt: 'x' });
    b.records.write('notes', { id: 'n0', caseId: X, deleted: true, text: 'note 0', createdAt: 'x', editedAt: 'x' });
    for (let round = 0; round < 3; round++) for (const d of [a, b, c]) await d.engine.sync();
    const want = contents(a.records.snapshot(), [X]);
    expect(contents(b.records.snapshot(), [X])).toBe(want);
    expect(contents(c.records.snapshot(), [X])).toBe(want);
    expect(a.records.get('notes', 'n0')).toMatchObject({ deleted: true });
    // what the server holds: our names only, no case text
    const names = readdirSync(join(server.dir, 'team'));
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) expect(n).toMatch(/^[a-z2-7]{12}\.r$|^[a-z2-7]{20}\.[a-z2-7]{12}\.[kcs]\d+$/);
  });
});

describe('multistatus reader', () => {
  it('reads any prefix, entities and collections, and stays linear on a hostile answer', () => {
    const xml =
      '<?xml version="1.0"?><multistatus xmlns="DAV:"><response><href>/f/</href><propstat><prop><resourcetype><collection/></resourcetype></prop></propstat></response>' +
      '<d:response xmlns:d="DAV:"><d:href>/f/a%20b&amp;c</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag><d:getcontentlength>12</d:getcontentlength><d:resourcetype/></d:prop></d:propstat></d:response></multistatus>';
    expect(parseMultistatus(xml)).toEqual([
      { href: '/f/', etag: null, size: 0, collection: true },
      { href: '/f/a%20b&c', etag: '"e1"', size: 12, collection: false },
    ]);
    const hostile = '<a'.repeat(200_000) + '<response><href>' + 'x'.repeat(100_000);
    const t0 = performance.now();
    parseMultistatus(hostile);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
