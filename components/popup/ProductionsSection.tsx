/**
 * FOIA productions: totals and pace, the releases with edit and delete, and one form for a
 * release (date, agency, component, page counts, note).
 */
import { useState } from 'preact/hooks';
import type { ProductionRecord } from '../../lib/model/schema';
import { shortDate, type Clock } from '../../lib/deadlines/relative';
import { findExemptions } from '../../lib/productions/reader/exemptions';
import { formatCount, productionTotals } from '../../lib/productions/totals';
import { EditForm } from '../shared/EditForm';
import { ErrorMessage } from '../shared/ErrorMessage';
import { Field } from '../shared/Field';
import { RowActions } from '../shared/RowActions';
import { useDraftForm } from '../shared/useDraftForm';
import { validateAndWrite, type FieldErrors } from '../shared/validation';
import { inputSchemas } from './input-schemas';
import { deleteRecord, type Announce, type OnDeleted, type Send } from './api';

const COUNTS = [
  ['pagesReviewed', 'Pages reviewed'],
  ['pagesReleased', 'Released in full'],
  ['pagesReleasedInPart', 'Released in part'],
  ['pagesWithheldInFull', 'Withheld in full'],
  ['pagesReferred', 'Referred'],
] as const;
type CountKey = (typeof COUNTS)[number][0];

type Draft = { id?: string; date: string; agency: string; component: string; note: string; referredTo: string; exemptions: string; sourceQuote: string } & Record<
  CountKey,
  string
>;

const empty = (today: string): Draft => ({
  date: today,
  agency: '',
  component: '',
  note: '',
  referredTo: '',
  exemptions: '',
  sourceQuote: '',
  pagesReviewed: '',
  pagesReleased: '',
  pagesReleasedInPart: '',
  pagesWithheldInFull: '',
  pagesReferred: '',
});

const fromRecord = (r: ProductionRecord): Draft => ({
  id: r.id,
  date: r.date,
  agency: r.agency,
  component: r.component,
  note: r.note,
  referredTo: r.referredTo,
  exemptions: r.exemptions.join(', '),
  sourceQuote: r.sourceQuote,
  pagesReviewed: String(r.pagesReviewed),
  pagesReleased: String(r.pagesReleased),
  pagesReleasedInPart: String(r.pagesReleasedInPart),
  pagesWithheldInFull: String(r.pagesWithheldInFull),
  pagesReferred: String(r.pagesReferred),
});

/** "" means 0 (the schema's default); anything else goes to the schema as a number, which it checks ("1.5", "-3", "x" fail there). */
function count(s: string): number | undefined {
  const t = s.trim();
  return t === '' ? undefined : Number(t);
}

/**
 * "b5, (b)(7)(C); 6" → ["(b)(5)", "(b)(7)(C)", "(b)(6)"]: each piece as agencies cite it when it
 * reads as one exemption, else as typed, for the schema to reject in place.
 */
export function exemptionList(text: string): string[] {
  return text
    .split(/[,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => {
      const bare = /^(?:exemption\s*)?([1-9])(?:\s*\(?([a-fA-F])\)?)?$/i.exec(piece);
      if (bare) return bare[2] ? `(b)(${bare[1]})(${bare[2].toUpperCase()})` : `(b)(${bare[1]})`;
      const found = findExemptions(piece);
      return found.length === 1 ? found[0]! : piece;
    });
}

function toInput(d: Draft, caseId: string): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: d.id,
    caseId,
    date: d.date,
    agency: d.agency.trim(),
    component: d.component.trim(),
    note: d.note,
    referredTo: d.referredTo.trim(),
    exemptions: exemptionList(d.exemptions),
    sourceQuote: d.sourceQuote,
  };
  for (const [k] of COUNTS) input[k] = count(d[k]);
  return input;
}

export interface ProductionsSectionProps {
  caseId: string;
  productions: ProductionRecord[];
  send: Send;
  onDeleted: OnDeleted;
  announce: Announce;
  now: Clock;
}

export function ProductionsSection({ caseId, productions, send, onDeleted, announce, now }: ProductionsSectionProps) {
  const [listError, setListError] = useState<string | null>(null);
  const form = useDraftForm<Draft>(
    async (d): Promise<FieldErrors | null> =>
      validateAndWrite((await inputSchemas()).ProductionInput, toInput(d, caseId), (production) => send({ type: 'production/put', production })),
    (d) => announce(d.id ? 'Release saved.' : 'Release added.'),
  );
  const { draft, errors } = form;
  const totals = productionTotals(productions);
  const sorted = [...productions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  return (
    <section class="section" aria-labelledby="productions-title">
      <div class="section-head">
        <h3 id="productions-title">Productions ({totals.releases})</h3>
        {draft ? null : (
          <button type="button" class="small-btn" ref={(el) => void (form.opener.current = el)} onClick={() => form.open(empty(now.date))}>
            Add release
          </button>
        )}
      </div>
      {totals.releases ? (
        <dl class="figures">
          <div>
            <dt>Released in full</dt>
            <dd>{formatCount(totals.pagesReleased)}</dd>
          </div>
          <div>
            <dt>In part</dt>
            <dd>{formatCount(totals.pagesReleasedInPart)}</dd>
          </div>
          <div>
            <dt>Withheld</dt>
            <dd>{formatCount(totals.pagesWithheldInFull)}</dd>
          </div>
          <div>
            <dt>Reviewed</dt>
            <dd>{formatCount(totals.pagesReviewed)}</dd>
          </div>
          <div>
            <dt>Last release</dt>
            <dd>{totals.lastReleaseDate ? shortDate(totals.lastReleaseDate, now) : '—'}</dd>
          </div>
          <div>
            <dt>Pace</dt>
            <dd>
              {formatCount(totals.pagesPerRelease ?? 0)} pp/release
              {totals.daysBetweenReleases !== null ? `, every ${Math.round(totals.daysBetweenReleases)} d` : ''}
            </dd>
          </div>
        </dl>
      ) : null}
      {draft ? (
        <EditForm label={draft.id ? 'Edit release' : 'New release'} form={form} submitLabel={draft.id ? 'Save release' : 'Add release'}>
          <Field id="production-date" label="Date" error={errors.date}>
            {(a) => <input {...a} ref={form.first} type="date" required value={draft.date} onInput={(e) => form.set('date', e.currentTarget.value)} />}
          </Field>
          <div class="grid-2">
            <Field id="production-agency" label="Agency" error={errors.agency}>
              {(a) => <input {...a} type="text" maxLength={80} value={draft.agency} onInput={(e) => form.set('agency', e.currentTarget.value)} />}
            </Field>
            <Field id="production-component" label="Component" error={errors.component}>
              {(a) => <input {...a} type="text" maxLength={80} value={draft.component} onInput={(e) => form.set('component', e.currentTarget.value)} />}
            </Field>
          </div>
          <div class="grid-2">
            {COUNTS.map(([k, label]) => (
              <Field key={k} id={`production-${k}`} label={label} error={errors[k]}>
                {(a) => <input {...a} type="number" inputMode="numeric" min={0} step={1} value={draft[k]} onInput={(e) => form.set(k, e.currentTarget.value)} />}
              </Field>
            ))}
          </div>
          <div class="grid-2">
            <Field id="production-referredTo" label="Referred to" error={errors.referredTo}>
              {(a) => <input {...a} type="text" maxLength={200} value={draft.referredTo} onInput={(e) => form.set('referredTo', e.currentTarget.value)} />}
            </Field>
            <Field id="production-exemptions" label="Exemptions" hint="E.g. (b)(5), (b)(7)(C)" error={errors.exemptions}>
              {(a) => <input {...a} type="text" value={draft.exemptions} onInput={(e) => form.set('exemptions', e.currentTarget.value)} />}
            </Field>
          </div>
          <Field id="production-note" label="Note" error={errors.note}>
            {(a) => <textarea {...a} rows={2} maxLength={5000} value={draft.note} onInput={(e) => form.set('note', e.currentTarget.value)} />}
          </Field>
        </EditForm>
      ) : null}
      <ErrorMessage message={listError} />
      {sorted.length ? (
        <ul class="items">
          {sorted.map((p) => {
            const who = [p.agency, p.component].filter(Boolean).join(' / ') || 'Release';
            return (
              <li key={p.id} class="item">
                <div class="item-foot">
                  <span>
                    <strong>{shortDate(p.date, now)}</strong> · {who}
                  </span>
                  <RowActions
                    what={`release of ${p.date}`}
                    onEdit={() => form.open(fromRecord(p))}
                    onDelete={() => void deleteRecord(send, 'productions', p.id, 'Release deleted.', onDeleted).then(setListError)}
                  />
                </div>
                <span class="muted small">
                  {formatCount(p.pagesReviewed)} reviewed · {formatCount(p.pagesReleased)} in full · {formatCount(p.pagesReleasedInPart)} in part ·{' '}
                  {formatCount(p.pagesWithheldInFull)} withheld{p.pagesReferred ? ` · ${formatCount(p.pagesReferred)} referred${p.referredTo ? ` to ${p.referredTo}` : ''}` : ''}
                  {p.exemptions.length ? ` · ${p.exemptions.join(' ')}` : ''}
                </span>
                {p.note ? <p class="note-text small">{p.note}</p> : null}
                {p.sourceQuote ? <p class="quote small muted">“{p.sourceQuote}”</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
