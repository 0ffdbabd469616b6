/**
 * Where the real-page corpus lives (`../shared/corpus` beside the checkout). Tests that need it
 * call `corpusDir()` and skip with "skipped: corpus not found" when it is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.env.DOCKET_MARGIN_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus'));

export function corpusDir(): string | null {
  return existsSync(resolve(CORPUS_DIR, 'pacer/index.json')) ? CORPUS_DIR : null;
}

export const CORPUS_SKIP_MESSAGE = `skipped: corpus not found at ${CORPUS_DIR}`;
