/**
 * The deadline alerts' figures over 1,000 cases with 5 deadlines each: the toolbar badge's recount
 * (what every store change costs the service worker), the reminder run's plan and the calendar
 * export of every case. The badge is set against a baseline measured in the same run: walking the
 * same open deadlines from the in-memory index without counting anything.
 */
import 'fake-indexeddb/auto';
import { calendarExport } from '../lib/background/calendar-export';
import { deadlineFeed } from '../lib/background/deadline-feed';
import { computeBadge } from '../lib/deadlines/badge';
import { clockIn } from '../lib/deadlines/relative';
import { DEFAULT_REMINDERS, INITIAL_STATE, planRun } from '../lib/deadlines/reminders';
import { importData } from '../lib/store/interchange';
import { Repository } from '../lib/store/repository';
import { medianMs, ms, report } from './report';

const CASES = 1_000;
const PER_CASE = 5;
const COURTS = ['cand', 'nysd', 'azd', 'hid', 'ilnd'];
const NOW = Date.UTC(2026, 10, 22, 13);

const due = (i: number, k: number): string => new Date(NOW + ((i * 7 + k * 11) % 60 - 10) * 86_400_000).toISOString().slice(0, 10);

export default async function run(): Promise<void> {
  const file = JSON.stringify({
    format: 'docket-margin',
    version: 1,
    cases: Array.from({ length: CASES }, (_, i) => ({
      court: COURTS[i % COURTS.length],
      docketNumber: `1:${20 + (i % 6)}-cv-${String(10_000 + i).padStart(5, '0')}`,
      title: `Plaintiff ${i} v. Agency, et al.`,
      deadlines: Array.from({ length: PER_CASE }, (_, k) => ({ due: due(i, k), time: k % 2 ? '13:30' : null, title: `Deadline ${k} of case ${i}`, kind: k % 3 ? 'filing' : 'hearing' })),
    })),
  });
  const repo = await Repository.open({ name: `bench-deadlines-${Date.now()}` });
  await importData(repo, file, NOW);
  const clock = clockIn('America/New_York', new Date(NOW));
  const total = CASES * PER_CASE;

  let walked = 0;
  const baseline = await medianMs(() => {
    walked = 0;
    for (const d of deadlineFeed(repo)) if (d.due) walked++;
  }, 21, 5);
  if (walked !== total) throw new Error(`walked ${walked} deadlines, expected ${total}`);
  let count = 0;
  const badge = await medianMs(() => (count = computeBadge(deadlineFeed(repo), clock).count), 21, 5);
  report(`badge recount, ${CASES} cases × ${PER_CASE} deadlines (${count} counted): median`, ms(badge), '< 10 ms');
  report('  baseline: walking the same open deadlines, no count', `${ms(baseline)} (badge ${(badge / baseline).toFixed(1)}x)`);

  let reminders = 0;
  const plan = await medianMs(() => (reminders = planRun(deadlineFeed(repo), { ...DEFAULT_REMINDERS, enabled: true }, INITIAL_STATE, NOW, 'America/New_York').reminders.length), 7, 2);
  report(`reminder run plan over ${total} deadlines (${reminders} notifications)`, ms(plan));

  const set = await repo.getAllRecords();
  let bytes = 0;
  const ics = await medianMs(() => (bytes = new TextEncoder().encode(calendarExport(set, undefined, NOW).text).length), 5, 1);
  report(`calendar export of every case (${total} events, ${(bytes / 1024).toFixed(0)} KB .ics)`, ms(ics), '< 1000 ms');
  repo.close();
}
