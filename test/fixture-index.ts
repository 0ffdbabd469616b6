/**
 * The project's own fixture pages and what each should read as (test/fixtures/index.json):
 * one description for the unit tests, the scan CLI test and the real-browser harness.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

export interface FixtureEntry {
  file: string;
  /** The real URL the page is served under. */
  url: string;
  court: string | null;
  pageType: string;
  /** The page's own case as printed, or null when the page claims none. */
  primary: string | null;
  title?: string | null;
  /** Other case numbers the page prints. */
  mentions?: string[];
  /** The court of each mention whose court is not the page's (null: a court the page does not name). */
  courts?: Record<string, string | null>;
}

export function fixtures(): FixtureEntry[] {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'index.json'), 'utf8')) as FixtureEntry[];
}

export function fixtureHtml(file: string): string {
  return readFileSync(resolve(FIXTURES_DIR, file), 'utf8');
}
