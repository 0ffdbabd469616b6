/** Expected volumes: pages an agency or component identified or estimates, as of a date. List, add, edit, delete. */
import { useState } from 'preact/hooks';
import type { ExpectedRecord } from '../../lib/model/schema';
import { shortDate, type Clock } from '../../lib/deadlines/relative';
import { formatCount } from '../../lib/productions/totals';
import { EditForm } from '../shared/EditForm';
import { ErrorMessage } from '../shared/ErrorMessage';
import { Field } from '../shared/Field';
import { RowActions } from '../shared/RowActions';
import { useDraftForm } from '../shared/useDraftForm';
import { validateAndWrite, type FieldErrors } from '../shared/validation';
import { inputSchemas } from './input-schemas';
import { deleteRecord, type Announce, type OnDeleted, type Send } from './api';

type Draft = { id?: string; agency: string; component: string; pages: string; approximate: boolean; asOf: string; note: string; sourceQuote: string };

const empty = (today: string): Draft => ({ agency: '', component: '', pages: '', approximate: false, asOf: today, note: '', sourceQuote: '' });
const fromRecord = (r: ExpectedRecord): Draft => ({ ...r, pages: String(r.pages) });

export interface ExpectedSectionProps {
  caseId: string;
  expected: ExpectedRecord[];
  send: Send;
  onDeleted: OnDeleted;
  announce: Announce;
  now: Clock;
}

export function ExpectedSection({ caseId, expected, send, onDeleted, announce, now }: ExpectedSectionProps) {
  const [listError, setListError] = useState<string | null>(null);
  const form = useDraftForm<Draft>(
    async (d): Promise<FieldErrors | null> =>
      validateAndWrite(
        (await inputSchemas()).ExpectedInput,
        { ...d, caseId, pages: d.pages.trim() === '' ? undefined : Number(d.pages) },
        (input) => send({ type: 'expected/put', expected: input }),
      ),
    (d) => announce(d.id ? 'Expected volume saved.' : 'Expected volume added.'),
  );
  const { draft, errors } = form;
  return (
    <section class="section" aria-labelledby="expected-title">
      <div class="section-head">
        <h3 id="expected-title">Expected volumes ({expected.length})</h3>
        {draft ? null : (
          <button type="button" class="small-btn" ref={(el) => void (form.opener.current = el)} onClick={() => form.open(empty(now.date))}>
            Add expected volume
          </button>
        )}
      </div>
      {draft ? (
        <EditForm label={draft.id ? 'Edit expected volume' : 'New expected volume'} form={form} submitLabel={draft.id ? 'Save expected volume' : 'Add expected volume'}>
          <div class="grid-2">
            <Field id="expected-agency" label="Agency" error={errors.agency}>
              {(a) => <input {...a} ref={form.first} type="text" maxLength={80} value={draft.agency} onInput={(e) => form.set('agency', e.currentTarget.value)} />}
            </Field>
            <Field id="expected-component" label="Component" error={errors.component}>
              {(a) => <input {...a} type="text" maxLength={80} value={draft.component} onInput={(e) => form.set('component', e.currentTarget.value)} />}
            </Field>
            <Field id="expected-pages" label="Pages expected" error={errors.pages}>
              {(a) => <input {...a} type="number" inputMode="numeric" min={0} step={1} required value={draft.pages} onInput={(e) => form.set('pages', e.currentTarget.value)} />}
            </Field>
            <Field id="expected-asOf" label="As of" error={errors.asOf}>
              {(a) => <input {...a} type="date" required value={draft.asOf} onInput={(e) => form.set('asOf', e.currentTarget.value)} />}
            </Field>
          </div>
          <div class="field check">
            <input id="expected-approximate" type="checkbox" checked={draft.approximate} onChange={(e) => form.set('approximate', e.currentTarget.checked)} />
            <label for="expected-approximate">Approximate</label>
          </div>
          <Field id="expected-note" label="Note" error={errors.note}>
            {(a) => <textarea {...a} rows={2} maxLength={5000} value={draft.note} onInput={(e) => form.set('note', e.currentTarget.value)} />}
          </Field>
        </EditForm>
      ) : null}
      <ErrorMessage message={listError} />
      {expected.length ? (
        <ul class="items">
          {expected.map((e) => (
            <li key={e.id} class="item">
              <div class="item-foot">
                <span>
                  <strong>
                    {e.approximate ? '~' : ''}
                    {formatCount(e.pages)} pages
                  </strong>{' '}
                  · {[e.agency, e.component].filter(Boolean).join(' / ') || 'All agencies'} · as of {shortDate(e.asOf, now)}
                </span>
                <RowActions
                  what={`expected volume of ${e.agency || 'all agencies'} as of ${e.asOf}`}
                  onEdit={() => form.open(fromRecord(e))}
                  onDelete={() => void deleteRecord(send, 'expected', e.id, 'Expected volume deleted.', onDeleted).then(setListError)}
                />
              </div>
              {e.note ? <p class="note-text small">{e.note}</p> : null}
              {e.sourceQuote ? <p class="quote small muted">“{e.sourceQuote}”</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
