/**
 * The popup in real Chromium with the built extension: open a real (fixture) docket page, open the
 * popup for that tab, add the page's case, add a note and a deadline by keyboard, and see both in
 * the page's overlay without reloading it. A screenshot of the popup is kept in test-results/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  fixtureHtml,
  fixtures,
  launchExtensionBrowser,
  overlayTexts,
  reportingTabId,
  screenshot,
  sendFromExtensionPage,
  type ExtensionBrowser,
} from './harness';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

const activeId = (p: Page): Promise<string> => p.evaluate(() => document.activeElement?.id ?? '');
const activeName = (p: Page): Promise<string> =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}` : '';
  });

/** Press Tab until the focused element satisfies `done`: proves it is reachable by keyboard. */
async function tabTo(p: Page, done: (name: string, id: string) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (done(await activeName(p), await activeId(p))) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`not reachable by Tab within ${limit} presses (last: ${await activeName(p)})`);
}

describe('popup', () => {
  let b: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    ext = await b.openOptions();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('adds the page’s case, a note and a deadline by keyboard; the overlay shows both without reload', async () => {
    const f = fixtures().find((x) => x.file.startsWith('pacer/') && x.court === 'cand' && x.primary);
    expect(f, 'a cand PACER docket with a primary case in test/fixtures/index.json').toBeTruthy();
    const docket = await b.openPage(f!.url, fixtureHtml(f!.file));
    // The content script reports its page; the popup asks the background for that report.
    const tabId = await reportingTabId(b, ext, f!.url);

    const popup = await b.openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    const add = popup.getByRole('button', { name: /^Add .* to Docket Margin$/ });
    await add.waitFor();
    await eventually(async () => (await activeName(popup)).startsWith('BUTTON:Add '), 'focus on the Add button');
    await popup.keyboard.press('Enter');

    // The case opens with focus in the note field: type, Enter saves.
    await eventually(async () => (await activeId(popup)) === 'note-new', 'focus in the note field');
    const note = `Agency promised rolling productions (e2e ${Date.now()})`;
    await popup.keyboard.type(note);
    await popup.keyboard.press('Enter');
    await popup.getByText(note).waitFor();
    expect(await popup.inputValue('#note-new')).toBe('');

    // Tab to "Add deadline", Enter opens the form with focus on the date.
    await tabTo(popup, (name) => name === 'BUTTON:Add deadline');
    await popup.keyboard.press('Enter');
    await eventually(async () => (await activeId(popup)) === 'deadline-due', 'focus on the deadline date');
    await popup.locator('#deadline-due').fill('2030-01-15');
    await tabTo(popup, (_, id) => id === 'deadline-title');
    await popup.keyboard.type('Joint case management statement');
    await popup.keyboard.press('Enter');
    await popup.getByText('Joint case management statement', { exact: true }).waitFor();
    await screenshot(popup, 'popup-case-editor');

    const saved = await sendFromExtensionPage<Ok<{ court: string; noteCount: number; nextDeadlines: { title: string }[] }[]>>(ext, {
      type: 'case/list',
      query: 'e2e',
    });
    expect(saved.ok && saved.data).toEqual([
      expect.objectContaining({ court: 'cand', noteCount: 1, nextDeadlines: [expect.objectContaining({ title: 'Joint case management statement' })] }),
    ]);

    const text = await eventually(async () => {
      const t = (await overlayTexts(docket)).join(' | ');
      return t.includes(note) && t.includes('Joint case management statement') ? t : null;
    }, 'the note and the deadline in the page’s overlay');
    expect(text).toContain(note);

    // Opening the popup again for that tab goes straight to the saved case, note field focused.
    const again = await b.openPopup(tabId);
    await again.getByText(note).waitFor();
    await eventually(async () => (await activeId(again)) === 'note-new', 'focus in the note field on reopen');
    await again.close();
    await popup.close();
  });

  it('opens on the case list without a tab, searches note text, and Escape cancels an edit', async () => {
    const popup = await b.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    await eventually(async () => (await activeId(popup)) === 'case-search', 'focus in the search field');
    await popup.keyboard.type('rolling productions');
    const row = popup.getByRole('button', { name: /Joint case management statement/ });
    await row.waitFor();
    await screenshot(popup, 'popup-case-list');
    await row.click();
    await popup.getByRole('button', { name: 'Edit note' }).click();
    await eventually(async () => (await activeId(popup)).startsWith('note-edit-'), 'focus in the note editor');
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('should not be saved');
    await popup.keyboard.press('Escape');
    await popup.getByText(/Agency promised rolling productions/).waitFor();
    expect(await popup.getByText('should not be saved').count()).toBe(0);
    await popup.close();
  });
});
