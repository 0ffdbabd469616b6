/**
 * Export and import of the user's data (README "Export / import format"). Import is
 * validate-everything-then-write: a rejected file changes nothing stored.
 *   interchange-file.ts   the file's schema and parser
 *   interchange-export.ts records → file
 *   import-plan.ts        file + stored records → what to write, with counts
 */
import type { ImportResult } from '../messages/schema';
import { parseInterchange } from './interchange-file';
import { exportFilename, toInterchange } from './interchange-export';
import { loadSettings, updateSettings, type KeyValueArea } from './settings';
import { planImport, type ImportPlan } from './import-plan';
import type { Repository } from './repository';

export { FORMAT, FORMAT_VERSION, InterchangeFile, MAX_IMPORT_BYTES, parseInterchange } from './interchange-file';
export { exportFilename, localDate, toInterchange } from './interchange-export';
export { planImport, type ImportPlan } from './import-plan';

/** With `settings`, the file carries the reminder schedule too. */
export async function exportData(repo: Repository, nowMs: number, settings?: KeyValueArea): Promise<{ filename: string; text: string }> {
  const set = await repo.getAllRecords();
  const carried = settings ? await loadSettings(settings) : undefined;
  return { filename: exportFilename(nowMs), text: `${JSON.stringify(toInterchange(set, nowMs, carried), null, 1)}\n` };
}

export function importMessage(plan: Pick<ImportPlan, 'imported' | 'merged' | 'duplicate' | 'cases'>): string {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return `Read ${n(plan.cases, 'case', 'cases')}: ${plan.imported} new, ${plan.merged} merged, ${n(plan.duplicate, 'duplicate', 'duplicates')} skipped.`;
}

/**
 * Validate the whole file, then write what it adds in one transaction. Rejects with a UserError.
 * With `settings`, a file's reminder time and days out replace this profile's; whether reminders
 * are on stays as it is here, since turning them on asks for a permission, which takes a click.
 */
export async function importData(repo: Repository, text: string, nowMs: number, settings?: KeyValueArea): Promise<ImportResult> {
  const file = parseInterchange(text);
  const ctx = { stamp: () => repo.nextStamp(), deviceId: repo.deviceId, nowIso: new Date(nowMs).toISOString() };
  const plan = await repo.readDecideWrite((existing) => planImport(file, existing, ctx));
  let message = importMessage(plan);
  const reminders = file.settings?.reminders;
  if (settings && reminders && (reminders.time !== undefined || reminders.daysOut !== undefined)) {
    const { enabled: _kept, ...schedule } = reminders;
    const now = await updateSettings(settings, { reminders: schedule });
    message += ` Reminder schedule imported: ${now.reminders.time}, ${now.reminders.daysOut.join(', ')} days out.`;
  }
  return { imported: plan.imported, merged: plan.merged, duplicate: plan.duplicate, message };
}

