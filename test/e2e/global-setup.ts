/**
 * Builds the production extension once before the real-browser tests (the dev build registers
 * content scripts at run time and widens permissions, so tests never use it).
 * Set DM_SKIP_BUILD=1 to reuse an existing .output/chrome-mv3.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const out = resolve(root, '.output/chrome-mv3/manifest.json');
  if (process.env.DM_SKIP_BUILD === '1' && existsSync(out)) return;
  // NODE_ENV as `npm run build` has it: vitest sets 'test', under which the Preact preset compiles
  // JSX in development mode (jsxDEV, with source paths), so the tests would load another bundle.
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
