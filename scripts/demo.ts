/**
 * `npm run demo`: builds the extension, starts Chromium with it, loads a sample set of annotations
 * (scripts/demo/sample-annotations.json, through the same Import the options page uses) and opens
 * the project's own sample docket pages under their real hostnames.
 * With a display ($DISPLAY) the window stays open until you press Ctrl+C; without one it runs
 * headless and writes screenshots to demo-screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startPageServer, SERVED_HOST_PATTERNS } from '../test/e2e/page-server';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output/chrome-mv3');
const shotsDir = resolve(root, 'demo-screenshots');
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';

interface Fixture { file: string; url: string; primary: string | null; pageType: string }

async function main(): Promise<void> {
  console.log('Building the extension (npm run build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  const server = await startPageServer();
  // The project's fixture pages when present; otherwise the one hand-written sample docket.
  const index = resolve(root, 'test/fixtures/index.json');
  const shown: Fixture[] = existsSync(index)
    ? (JSON.parse(readFileSync(index, 'utf8')) as Fixture[]).filter((f) => f.primary !== null)
    : [{ file: '../../scripts/demo/sample-docket.html', url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?372150', primary: '4:21-cv-02632-DMR', pageType: 'district_docket' }];
  for (const f of shown) server.serve(f.url, readFileSync(resolve(root, 'test/fixtures', f.file)));

  const profile = resolve(root, '.output/demo-profile');
  rmSync(profile, { recursive: true, force: true });
  const rules = SERVED_HOST_PATTERNS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Load the sample annotations through the extension's own import path.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const sample = readFileSync(resolve(root, 'scripts/demo/sample-annotations.json'), 'utf8');
  const result = await options
    .evaluate(
    (text) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'data/import', text }),
      sample,
    )
    .catch((error: unknown) => ({ ok: false, error: String(error) }));
  console.log('Sample annotations:', JSON.stringify(result));

  if (!headed) mkdirSync(shotsDir, { recursive: true });
  const pages = [];
  for (const f of shown) {
    const page = await context.newPage();
    await page.goto(f.url.replace(/^https:/, 'http:'), { waitUntil: 'load' });
    await page.locator('[data-docket-margin]').first().waitFor({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    if (!headed) {
      const name = f.file.replace(/^[./]+/, '').replace(/[/.]/g, '_').replace(/_html$/, '');
      await page.screenshot({ path: resolve(shotsDir, `${name}.png`) });
    }
    pages.push(page);
  }
  if (!headed) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: resolve(shotsDir, 'popup_case_list.png') });
    await options.screenshot({ path: resolve(shotsDir, 'options.png') });
    console.log(`Screenshots of ${shown.length} docket pages, the popup and the options page are in ${shotsDir}`);
    await context.close();
    await server.close();
    return;
  }
  console.log('Chromium is open with Docket Margin and sample dockets. Press Ctrl+C to quit.');
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
