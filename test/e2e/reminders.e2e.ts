/**
 * Deadlines that don't get missed, in real Chromium with the built extension: a deadline added
 * through the real popup changes the toolbar badge (read in the service worker with
 * chrome.action.getBadgeText); reminders turned on by clicking the options page's checkbox (which
 * asks for the optional `notifications` permission in that click) fire their alarm, and the
 * notifications are read back with chrome.notifications.getAll; the popup's and the options page's
 * calendar exports download .ics files that ical.js reads back.
 *
 * Headless Chromium shows the permission prompt where nobody can answer it: the click's request
 * stays pending (checked below: nothing turns on). So the test then does what the user's "Allow"
 * does: with the browser closed, it records `notifications` among the extension's granted and
 * active permissions in the profile's Preferences, starts the browser again on that profile, and
 * clicks the checkbox again; the request then resolves at once (the permission is held).
 */
import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixtureHtml, fixtures, launchExtensionBrowser, profileStoreGet, reportingTabId, screenshot, sendFromExtensionPage, type ExtensionBrowser } from './harness';

type Ok<T> = { ok: true; data: T } | { ok: false; error: string };

/** The browser's own local date, `days` from today (the badge and reminders count in it). */
const localDate = (p: Page, days: number): Promise<string> =>
  p.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

async function addDeadline(popup: Page, due: string, title: string, time = ''): Promise<void> {
  await popup.getByRole('button', { name: 'Add deadline', exact: true }).click();
  await popup.locator('#deadline-due').fill(due);
  if (time) await popup.locator('#deadline-time').fill(time);
  await popup.locator('#deadline-title').fill(title);
  await popup.locator('#deadline-title').press('Enter');
  await popup.getByText(title, { exact: true }).waitFor();
}

function parseIcs(text: string): ICAL.Event[] {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** What clicking "Allow" on the prompt stores: the permission among the extension's granted and active ones. */
function grantInProfile(profileDir: string, extensionId: string, permission: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  for (const set of [settings.granted_permissions, settings.active_permissions]) if (!set.api.includes(permission)) set.api.push(permission);
  writeFileSync(file, JSON.stringify(prefs));
}

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('badge, reminders and calendar export', () => {
  let b: ExtensionBrowser;
  let ext: Page;
  let popup: Page;
  let caseId: string;
  const docket = fixtures().find((x) => x.file.startsWith('pacer/') && x.court === 'cand' && x.primary);

  const profileDir = mkdtempSync(join(tmpdir(), 'dm-reminders-'));

  beforeAll(async () => {
    b = await launchExtensionBrowser({ profileDir });
    ext = await b.openOptions();
  });
  afterAll(async () => {
    await b?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('a deadline added in the popup changes the toolbar badge; an overdue one turns it red', async () => {
    expect(docket, 'a cand PACER docket with a primary case in test/fixtures/index.json').toBeTruthy();
    expect(await b.inWorker(() => chrome.action.getBadgeText({}))).toBe('');
    await b.openPage(docket!.url, fixtureHtml(docket!.file));
    const tabId = await reportingTabId(b, ext, docket!.url);
    popup = await b.openPopup(tabId);
    await popup.setViewportSize({ width: 440, height: 700 });
    await popup.getByRole('button', { name: /^Add .* to Docket Margin$/ }).click();
    await popup.getByRole('button', { name: 'Add deadline', exact: true }).waitFor();

    await addDeadline(popup, await localDate(popup, 1), 'Reply brief, with exhibits; 📎 and a title long enough to fold onto a second line of the file');
    const one = await eventually(async () => {
      const text = await b.inWorker(() => chrome.action.getBadgeText({}));
      return text === '1' ? text : null;
    }, 'the badge to read 1');
    expect(one).toBe('1');
    const title: string = await b.inWorker(() => chrome.action.getTitle({}));
    expect(title).toContain('Docket Margin: 1 deadline due within 7 days');
    expect(title).toContain('Reply brief, with exhibits');
    expect(await b.inWorker(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([138, 83, 0, 255]);

    await addDeadline(popup, await localDate(popup, -1), 'Answer to the complaint');
    await eventually(async () => (await b.inWorker(() => chrome.action.getBadgeText({}))) === '2', 'the badge to read 2');
    await eventually(
      async () => JSON.stringify(await b.inWorker(() => chrome.action.getBadgeBackgroundColor({}))) === JSON.stringify([179, 38, 30, 255]),
      'the badge to turn red',
    );
    expect(await b.inWorker(() => chrome.action.getTitle({}))).toContain('(1 overdue)');

    // The badge's recount at local midnight is an alarm, set for the next one.
    const midnight = await b.inWorker(async () => {
      const a = await chrome.alarms.get('dm:midnight');
      const d = new Date();
      return { at: a?.scheduledTime, expected: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() };
    });
    expect(midnight.at).toBe(midnight.expected);

    const list = await sendFromExtensionPage<Ok<{ id: string }[]>>(ext, { type: 'case/list', query: '' });
    caseId = list.ok ? list.data[0]!.id : '';
    expect(caseId).toMatch(/^case:cand\|/);
  });

  it('reminders: the options page’s click asks for notifications; once allowed, the alarm fires and the notifications are there', async () => {
    let options = await b.openOptions();
    let box = options.getByLabel('Remind me of deadlines with notifications');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await b.inWorker(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
    expect(await b.inWorker(async () => (await chrome.alarms.get('dm:reminders')) ?? null)).toBeNull();

    // A schedule first (00:00, so today's run is already due when they go on).
    await options.getByLabel('Time of day').fill('00:00');
    await options.getByLabel('Days before the deadline').fill('1, 0');
    await options.getByRole('button', { name: 'Save schedule' }).click();
    await options.getByText('Schedule saved.').waitFor();
    // The click asks; the prompt it opens cannot be answered headless, and nothing turns on meanwhile.
    await box.click();
    await eventually(async () => await box.isDisabled(), 'the checkbox to wait for the permission prompt');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await box.isChecked()).toBe(false);
    expect(await b.inWorker(async () => (await chrome.alarms.get('dm:reminders')) ?? null)).toBeNull();
    const off = await sendFromExtensionPage<Ok<{ reminders: { enabled: boolean } }>>(ext, { type: 'settings/get' });
    expect(off.ok && off.data.reminders.enabled).toBe(false);

    // "Allow", as the profile records it; the browser starts again on the same profile.
    const id = b.extensionId;
    await b.close();
    grantInProfile(profileDir, id, 'notifications');
    b = await launchExtensionBrowser({ profileDir });
    expect(b.extensionId).toBe(id);
    ext = await b.openOptions();
    // After the restart the badge is counted again without any change to the store.
    await eventually(async () => (await b.inWorker(() => chrome.action.getBadgeText({}))) === '2', 'the badge after a restart');
    expect(await b.inWorker(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(true);

    options = await b.openOptions();
    box = options.getByLabel('Remind me of deadlines with notifications');
    await options.getByText('Reminders are off.').waitFor();
    await box.click();
    await options.getByText('On: every day at 00:00, for deadlines 1 and 0 days out.').waitFor({ timeout: 10_000 });
    expect(await box.isChecked()).toBe(true);
    await screenshot(options, 'options-reminders-on');

    const shown = await eventually(async () => {
      const all = (await b.inWorker(() => chrome.notifications.getAll())) as Record<string, unknown>;
      return Object.keys(all).length >= 2 ? Object.keys(all).sort() : null;
    }, 'two notifications from the reminder alarm', 15_000);
    expect(shown).toHaveLength(2);
    const ofCase = encodeURIComponent(caseId);
    expect(shown.some((n) => n.startsWith('dm-reminder:due:') && n.includes(ofCase))).toBe(true);
    expect(shown.some((n) => n.startsWith('dm-reminder:overdue:') && n.includes(ofCase))).toBe(true);

    // The run is remembered, and the next one is tomorrow at 00:00 local.
    const next = await b.inWorker(async () => {
      const a = await chrome.alarms.get('dm:reminders');
      const d = new Date();
      return { at: a?.scheduledTime, expected: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() };
    });
    // Kept beside the settings in the profile store (IndexedDB), where no content script can write.
    const state = await profileStoreGet<{ lastRunDate: string }>(b, 'dm:reminder-state');
    expect(next.at).toBe(next.expected);
    expect(state.lastRunDate).toBe(await localDate(options, 0));

    // Off again: the alarm goes, and so does the permission (least privilege).
    await box.click();
    await options.getByText('Reminders are off.').waitFor();
    await eventually(async () => !(await b.inWorker(() => chrome.permissions.contains({ permissions: ['notifications'] }))), 'the permission to be given back');
    await eventually(async () => (await b.inWorker(async () => (await chrome.alarms.get('dm:reminders')) ?? null)) === null, 'the reminder alarm to be cleared');
    await options.close();
    // The popup of the first browser is gone with it: the export tests open the case again.
    popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?case=${encodeURIComponent(caseId)}`);
  });

  it('what a click on a reminder opens: popup.html?case=… shows that case’s editor', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html?case=${encodeURIComponent(caseId)}`);
    await page.getByText('Answer to the complaint', { exact: true }).waitFor();
    expect(await page.locator('#case-heading').textContent()).toContain('CAND');
    await page.close();
  });

  it('the popup’s calendar export downloads the case’s .ics, which ical.js reads back', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^docket-margin-cand-.*-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await downloadedText(download);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = parseIcs(text);
    const bundle = await sendFromExtensionPage<Ok<{ case: { docketNumber: string; title: string }; deadlines: { id: string; due: string; title: string }[] }>>(ext, { type: 'case/get', caseId });
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    const label = bundle.data.case.title || bundle.data.case.docketNumber;
    expect(events.map((e) => e.uid).sort()).toEqual(bundle.data.deadlines.map((d) => `${d.id}@docket-margin`).sort());
    for (const d of bundle.data.deadlines) {
      const e = events.find((x) => x.uid === `${d.id}@docket-margin`)!;
      expect(e.summary).toBe(`${label}: ${d.title}`);
      expect(e.startDate.toString()).toBe(d.due);
      expect(e.description).toContain(`Docket: ${bundle.data.case.docketNumber}`);
      expect(e.description).toContain('Court: District Court, N.D. California (CAND)');
    }
  });

  it('the options page’s calendar export downloads every case’s deadlines, a timed one in the court’s zone', async () => {
    const put = await sendFromExtensionPage<Ok<{ id: string }>>(ext, {
      type: 'deadline/put',
      deadline: { caseId, due: '2030-07-15', time: '13:30', title: 'Case management conference', kind: 'hearing' },
    });
    expect(put.ok).toBe(true);
    const options = await b.openOptions();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Deadlines to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^docket-margin-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
    const events = parseIcs(await downloadedText(download));
    expect(events).toHaveLength(3);
    const cmc = events.find((e) => e.summary.endsWith(': Case management conference'))!;
    expect(cmc.startDate.zone?.tzid).toBe('America/Los_Angeles');
    expect(cmc.startDate.toJSDate().toISOString()).toBe('2030-07-15T20:30:00.000Z');
    expect(cmc.duration.toSeconds()).toBe(3600);
    await options.close();
  });
});
