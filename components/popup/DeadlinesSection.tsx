/**
 * Deadlines: the list (soonest first, urgency in words and colour) with a done checkbox, edit and
 * delete; one form for adding and editing (date, optional time, title, kind, done).
 */
import { useState } from 'preact/hooks';
import type { DeadlineKind, DeadlineRecord } from '../../lib/model/schema';
import { describeDeadline, sortDeadlines, type Clock } from '../../lib/deadlines/relative';
import { EditForm } from '../shared/EditForm';
import { ErrorMessage } from '../shared/ErrorMessage';
import { Field } from '../shared/Field';
import { RowActions } from '../shared/RowActions';
import { useDraftForm } from '../shared/useDraftForm';
import { validateAndWrite, type FieldErrors } from '../shared/validation';
import { inputSchemas } from './input-schemas';
import { deleteRecord, type Announce, type OnDeleted, type Send } from './api';

const KINDS: readonly (readonly [DeadlineKind, string])[] = [
  ['filing', 'Filing'],
  ['hearing', 'Hearing'],
  ['production', 'Production'],
  ['other', 'Other'],
];

interface Draft {
  id?: string;
  due: string;
  time: string;
  title: string;
  kind: DeadlineKind;
  done: boolean;
}

const empty = (): Draft => ({ due: '', time: '', title: '', kind: 'filing', done: false });
const fromRecord = (r: DeadlineRecord): Draft => ({ id: r.id, due: r.due, time: r.time ?? '', title: r.title, kind: r.kind, done: r.done });

export interface DeadlinesSectionProps {
  caseId: string;
  deadlines: DeadlineRecord[];
  send: Send;
  onDeleted: OnDeleted;
  announce: Announce;
  now: Clock;
}

export function DeadlinesSection({ caseId, deadlines, send, onDeleted, announce, now }: DeadlinesSectionProps) {
  const [listError, setListError] = useState<string | null>(null);
  const put = async (d: Draft): Promise<FieldErrors | null> =>
    validateAndWrite((await inputSchemas()).DeadlineInput, { ...d, caseId, time: d.time || null }, (deadline) => send({ type: 'deadline/put', deadline }));
  const form = useDraftForm<Draft>(put, (d) => announce(d.id ? 'Deadline saved.' : 'Deadline added.'));
  const { draft, errors } = form;

  return (
    <section class="section" aria-labelledby="deadlines-title">
      <div class="section-head">
        <h3 id="deadlines-title">Deadlines ({deadlines.filter((d) => !d.done).length} open)</h3>
        {draft ? null : (
          <button type="button" class="small-btn" ref={(el) => void (form.opener.current = el)} onClick={() => form.open(empty())}>
            Add deadline
          </button>
        )}
      </div>
      {draft ? (
        <EditForm label={draft.id ? 'Edit deadline' : 'New deadline'} form={form} submitLabel={draft.id ? 'Save deadline' : 'Add deadline'}>
          <div class="grid-2">
            <Field id="deadline-due" label="Date" error={errors.due}>
              {(a) => <input {...a} ref={form.first} type="date" required value={draft.due} onInput={(e) => form.set('due', e.currentTarget.value)} />}
            </Field>
            <Field id="deadline-time" label="Time (optional)" error={errors.time}>
              {(a) => <input {...a} type="time" value={draft.time} onInput={(e) => form.set('time', e.currentTarget.value)} />}
            </Field>
          </div>
          <Field id="deadline-title" label="Title" error={errors.title}>
            {(a) => <input {...a} type="text" required maxLength={500} value={draft.title} onInput={(e) => form.set('title', e.currentTarget.value)} />}
          </Field>
          <div class="grid-2">
            <Field id="deadline-kind" label="Kind" error={errors.kind}>
              {(a) => (
                <select {...a} value={draft.kind} onChange={(e) => form.set('kind', e.currentTarget.value as DeadlineKind)}>
                  {KINDS.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div class="field check">
              <input id="deadline-done" type="checkbox" checked={draft.done} onChange={(e) => form.set('done', e.currentTarget.checked)} />
              <label for="deadline-done">Done</label>
            </div>
          </div>
        </EditForm>
      ) : null}
      <ErrorMessage message={listError} />
      {deadlines.length ? (
        <ul class="items">
          {sortDeadlines(deadlines).map((d) => {
            const s = describeDeadline(d, now);
            return (
              <li key={d.id} class={`item deadline due-${s.urgency}`} data-urgency={s.urgency}>
                <input
                  type="checkbox"
                  id={`done-${d.id}`}
                  checked={d.done}
                  onChange={(e) => {
                    const done = e.currentTarget.checked;
                    void put({ ...fromRecord(d), done }).then((p) => {
                      setListError(p ? Object.values(p).filter(Boolean).join(' ') : null);
                      if (!p) announce(done ? 'Deadline marked done.' : 'Deadline reopened.');
                    });
                  }}
                />
                <label for={`done-${d.id}`} class="deadline-body">
                  <span class="deadline-title">{d.title}</span>
                  <span class="due small">
                    {s.urgency === 'overdue' ? 'Overdue · ' : s.urgency === 'soon' ? 'Due soon · ' : ''}
                    {s.date}
                    {d.time ? ` ${d.time}` : ''} · {s.relative} · {d.kind}
                  </span>
                </label>
                <RowActions
                  what={`deadline ${d.title}`}
                  onEdit={() => form.open(fromRecord(d))}
                  onDelete={() => void deleteRecord(send, 'deadlines', d.id, 'Deadline deleted.', onDeleted).then(setListError)}
                />
              </li>
            );
          })}
        </ul>
      ) : draft ? null : (
        <p class="muted small">No deadlines.</p>
      )}
    </section>
  );
}
