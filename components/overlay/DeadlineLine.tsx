/** One deadline with its urgency said in words and colour ("Overdue · Jan 12 · 2 days ago"). */
import { describeDeadline, type Clock, type DeadlineLike } from '../../lib/deadlines/relative';

export interface DeadlineLineProps {
  deadline: DeadlineLike & { title: string };
  now: Clock;
}

const FLAG: Record<string, string> = { overdue: 'Overdue', soon: 'Due soon', done: 'Done', later: '' };

export function DeadlineLine({ deadline, now }: DeadlineLineProps) {
  const s = describeDeadline(deadline, now);
  return (
    <li class={`dm-deadline dm-${s.urgency}`} data-urgency={s.urgency}>
      {FLAG[s.urgency] ? <span class="dm-flag">{FLAG[s.urgency]}</span> : null}
      <span class="dm-deadline-when">
        {s.date}
        {deadline.time ? ` ${deadline.time}` : ''}
      </span>
      <span class="dm-deadline-title">{deadline.title}</span>
      <span class="dm-deadline-rel">{s.relative}</span>
    </li>
  );
}
