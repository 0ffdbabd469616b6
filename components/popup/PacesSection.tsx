/** Ordered or agreed paces: pages a month, for one agency or all, from a date. List, add, edit, delete. */
import { useState } from 'preact/hooks';
import type { PaceRecord } from '../../lib/model/schema';
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

type Draft = { id?: string; agency: string; perMonth: string; from: string; basis: PaceRecord['basis']; note: string; sourceQuote: string };

const BASIS: Record<PaceRecord['basis'], string> = { order: 'Court order', agreement: 'Agreement of the parties', proposal: 'Proposal' };
const empty = (today: string): Draft => ({ agency: '', perMonth: '', from: today, basis: 'order', note: '', sourceQuote: '' });
const fromRecord = (r: PaceRecord): Draft => ({ ...r, perMonth: String(r.perMonth) });

export interface PacesSectionProps {
  caseId: string;
  paces: PaceRecord[];
  send: Send;
  onDeleted: OnDeleted;
  announce: Announce;
  now: Clock;
}

export function PacesSection({ caseId, paces, send, onDeleted, announce, now }: PacesSectionProps) {
  const [listError, setListError] = useState<string | null>(null);
  const form = useDraftForm<Draft>(
    async (d): Promise<FieldErrors | null> =>
      validateAndWrite(
        (await inputSchemas()).PaceInput,
        { ...d, caseId, perMonth: d.perMonth.trim() === '' ? undefined : Number(d.perMonth) },
        (pace) => send({ type: 'pace/put', pace }),
      ),
    (d) => announce(d.id ? 'Pace saved.' : 'Pace added.'),
  );
  const { draft, errors } = form;
  return (
    <section class="section" aria-labelledby="paces-title">
      <div class="section-head">
        <h3 id="paces-title">Paces ({paces.length})</h3>
        {draft ? null : (
          <button type="button" class="small-btn" ref={(el) => void (form.opener.current = el)} onClick={() => form.open(empty(now.date))}>
            Add pace
          </button>
        )}
      </div>
      {draft ? (
        <EditForm label={draft.id ? 'Edit pace' : 'New pace'} form={form} submitLabel={draft.id ? 'Save pace' : 'Add pace'}>
          <div class="grid-2">
            <Field id="pace-perMonth" label="Pages a month" error={errors.perMonth}>
              {(a) => <input {...a} ref={form.first} type="number" inputMode="numeric" min={1} step={1} required value={draft.perMonth} onInput={(e) => form.set('perMonth', e.currentTarget.value)} />}
            </Field>
            <Field id="pace-from" label="From" error={errors.from}>
              {(a) => <input {...a} type="date" required value={draft.from} onInput={(e) => form.set('from', e.currentTarget.value)} />}
            </Field>
            <Field id="pace-agency" label="Agency" hint="Empty: all agencies together" error={errors.agency}>
              {(a) => <input {...a} type="text" maxLength={80} value={draft.agency} onInput={(e) => form.set('agency', e.currentTarget.value)} />}
            </Field>
            <Field id="pace-basis" label="Set by" error={errors.basis}>
              {(a) => (
                <select {...a} value={draft.basis} onChange={(e) => form.set('basis', e.currentTarget.value as Draft['basis'])}>
                  {Object.entries(BASIS).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id="pace-note" label="Note" hint="E.g. the order's ECF number" error={errors.note}>
            {(a) => <textarea {...a} rows={2} maxLength={5000} value={draft.note} onInput={(e) => form.set('note', e.currentTarget.value)} />}
          </Field>
        </EditForm>
      ) : null}
      <ErrorMessage message={listError} />
      {paces.length ? (
        <ul class="items">
          {paces.map((p) => (
            <li key={p.id} class="item">
              <div class="item-foot">
                <span>
                  <strong>{formatCount(p.perMonth)} pages a month</strong> · {p.agency || 'All agencies'} · from {shortDate(p.from, now)} · {BASIS[p.basis]}
                </span>
                <RowActions
                  what={`pace from ${p.from}`}
                  onEdit={() => form.open(fromRecord(p))}
                  onDelete={() => void deleteRecord(send, 'paces', p.id, 'Pace deleted.', onDeleted).then(setListError)}
                />
              </div>
              {p.note ? <p class="note-text small">{p.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
