/**
 * A real WebDAV server on 127.0.0.1 for tests and the benchmark: Debian's `rclone serve webdav`
 * over a fresh temporary folder, on a free port, with one user. (.ci/run installs rclone when it
 * is missing.) rclone 1.60 answers PROPFIND, GET, PUT, DELETE and MKCOL with ETags, but does not
 * enforce If-Match / If-None-Match: the engine does not depend on them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RCLONE_USER = 'paralegal';
export const RCLONE_PASS = 'app-password-1';

export function rcloneAvailable(): boolean {
  return spawnSync('rclone', ['version'], { stdio: 'ignore' }).status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RcloneServer {
  /** http://127.0.0.1:<port>/ : the served root. */
  root: string;
  dir: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRclone(): Promise<RcloneServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dm-webdav-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'rclone',
    ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', RCLONE_USER, '--pass', RCLONE_PASS, '--config', '/dev/null', '-q'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const root = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${RCLONE_USER}:${RCLONE_PASS}`).toString('base64')}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`rclone exited: ${stderr}`);
    try {
      const res = await fetch(root, { method: 'PROPFIND', headers: { Depth: '0', Authorization: auth } });
      await res.body?.cancel();
      if (res.status === 207) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`rclone did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    root,
    dir,
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
