/**
 * axe-core in real Chromium: 0 violations on every view of the popup (add-from-page, the case
 * editor with its forms open and a validation message showing, the case list) in light and dark
 * schemes, and on the options page.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, sendFromExtensionPage, type ExtensionBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Violations of WCAG 2.1 A/AA and best practices, as one readable line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, not a <script> tag: extension pages' CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function inBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const v of await axeViolations(page)) found.push(`[${colorScheme}] ${v}`);
  }
  return found;
}

describe('accessibility (axe-core)', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('popup: add-from-page view, case editor with forms open and an error showing, case list', async () => {
    // An extension page in a tab can report a page for its own tab id, as a content script does.
    // (Its own URL, so tabIdOf cannot confuse it with the other options tab.)
    const reporter = await b.context.newPage();
    await reporter.goto(`chrome-extension://${b.extensionId}/options.html?as-reporter`);
    const tabId = await b.tabIdOf(reporter);
    const report = {
      url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1',
      court: 'cand',
      pageType: 'docket',
      title: 'Doe v. Immigration and Customs Enforcement',
      primary: { text: '3:23-cv-04557-EMC', key: '23|cv|4557|3', office: '3', year: '23', type: 'cv', serial: '04557', judges: ['EMC'], defendant: null, kind: 'district' },
      mentions: [],
    };
    const reported = await sendFromExtensionPage<{ ok: boolean }>(reporter, { type: 'page/report', report });
    expect(reported.ok, JSON.stringify(reported)).toBe(true);

    const popup = await b.openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    const add = popup.getByRole('button', { name: /^Add .* to Docket Margin$/ });
    await add.waitFor();
    const problems = (await inBothSchemes(popup)).map((v) => `add view: ${v}`);

    await add.click();
    await popup.locator('#note-new').waitFor();
    await popup.locator('#note-new').fill('A note');
    await popup.keyboard.press('Enter');
    await popup.getByText('A note', { exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Add deadline' }).click();
    await popup.locator('#deadline-title').fill('Reply brief');
    await popup.keyboard.press('Enter'); // no date: a validation message appears in place
    await popup.locator('#deadline-due-error').waitFor();
    await popup.getByRole('button', { name: 'Add release' }).click();
    await popup.locator('#production-date').waitFor();
    problems.push(...(await inBothSchemes(popup)).map((v) => `editor: ${v}`));

    await popup.getByRole('button', { name: 'All cases' }).click();
    await popup.getByRole('button', { name: /3:23-cv-04557-EMC/ }).waitFor();
    problems.push(...(await inBothSchemes(popup)).map((v) => `case list: ${v}`));
    expect(problems).toEqual([]);
  });

  it('options page', async () => {
    const options = await b.openOptions();
    await options.waitForLoadState('load');
    expect(await inBothSchemes(options)).toEqual([]);
  });

  it('the check itself finds a planted violation (an unlabelled field)', async () => {
    const popup = await b.openPopup();
    await popup.locator('#case-search').waitFor();
    await popup.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
    expect((await axeViolations(popup)).join('\n')).toMatch(/^label \(critical\)/m);
  });
});
