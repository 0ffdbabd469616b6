/** The `calendar/export` answer: one case's deadlines, or every case's, as an .ics file. */
import { calendarFilename, caseLabel, deadlinesCalendar } from '../deadlines/calendar';
import { UserError } from '../messages/user-error';
import { localDate } from '../store/interchange-export';
import type { RecordSet } from '../model/schema';

export function calendarExport(set: Pick<RecordSet, 'cases' | 'deadlines'>, caseId: string | undefined, nowMs: number): { filename: string; text: string } {
  const day = localDate(nowMs);
  if (caseId !== undefined) {
    const c = set.cases.find((x) => x.id === caseId && !x.deleted);
    if (!c) throw new UserError('That case is no longer saved (it may have been deleted).');
    const deadlines = set.deadlines.filter((d) => d.caseId === caseId);
    if (!deadlines.some((d) => !d.deleted)) throw new UserError('This case has no deadlines to export.');
    return { filename: calendarFilename(day, c), text: deadlinesCalendar({ cases: [c], deadlines }, `Docket Margin: ${caseLabel(c)}`, nowMs) };
  }
  if (!set.deadlines.some((d) => !d.deleted)) throw new UserError('There are no deadlines to export.');
  return { filename: calendarFilename(day), text: deadlinesCalendar(set, 'Docket Margin deadlines', nowMs) };
}
