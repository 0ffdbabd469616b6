/**
 * `npm run bench`: runs every bench/*.bench.ts in name order and prints their figures.
 * Each module default-exports `run(): Promise<void>` and prints with `report()` from ./report.
 * Pass names to run only some: `npm run bench -- store sync`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  try {
    await mod.default();
  } catch (error) {
    console.log(`  FAILED: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  }
}
