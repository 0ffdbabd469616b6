/**
 * Builds the production Firefox add-on once before the real-Firefox tests, with NODE_ENV as
 * `npm run build:firefox` has it (vitest's 'test' would compile Preact's JSX in development mode).
 * Set DM_SKIP_BUILD=1 to reuse an existing .output/firefox-mv2.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const out = resolve(root, '.output/firefox-mv2/manifest.json');
  if (process.env.DM_SKIP_BUILD === '1' && existsSync(out)) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
