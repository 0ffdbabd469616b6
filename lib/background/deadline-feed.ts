/** The store's open deadlines as the badge and the reminders read them (lib/deadlines). */
import type { ReminderDeadline } from '../deadlines/reminders';
import type { Repository } from '../store/repository';

export function* deadlineFeed(repo: Pick<Repository, 'openDeadlines'>): IterableIterator<ReminderDeadline> {
  for (const { summary, deadline } of repo.openDeadlines()) {
    yield {
      caseId: summary.id,
      caseLabel: summary.title.trim() || summary.docketNumber,
      docketNumber: summary.docketNumber,
      id: deadline.id,
      due: deadline.due,
      time: deadline.time,
      title: deadline.title,
      done: deadline.done,
    };
  }
}
