/**
 * Paste from a status report: the user pastes the text, the reader (lib/productions/reader, run
 * here in the popup, never in a page) proposes releases, expected volumes and paces; every field
 * stays editable and each row has its own checkbox. Nothing is stored until "Add" — then the ticked
 * rows go to the case in one write (production/add-rows), or none do when one is wrong.
 */
import { useState } from 'preact/hooks';
import type { ProposedKind, ProposedRow } from '../../lib/productions/reader/proposed-row';
import { ErrorMessage } from '../shared/ErrorMessage';
import { fieldErrors, type IssueLike } from '../shared/validation';
import { exemptionList } from './ProductionsSection';
import { inputSchemas } from './input-schemas';
import { errorText, type Announce, type Send } from './api';

interface RowDraft {
  include: boolean;
  kind: ProposedKind;
  date: string;
  agency: string;
  component: string;
  processed: string;
  releasedInFull: string;
  releasedInPart: string;
  withheldInFull: string;
  referred: string;
  referredTo: string;
  exemptions: string;
  pages: string;
  approximate: boolean;
  perMonth: string;
  sourceQuote: string;
}

type TextKey = Exclude<keyof RowDraft, 'include' | 'kind' | 'approximate'>;

const num = (n: number | null): string => (n === null ? '' : String(n));
/** "" is left out (the schema's default, or its "required" message); anything else goes in as a number for the schema to check. */
const count = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));

function toDraft(r: ProposedRow, filed: string): RowDraft {
  return {
    include: true,
    kind: r.kind,
    date: r.date ?? filed,
    agency: r.agency,
    component: r.component ?? '',
    processed: num(r.pages.processed),
    releasedInFull: num(r.pages.releasedInFull),
    releasedInPart: num(r.pages.releasedInPart),
    withheldInFull: num(r.pages.withheldInFull),
    referred: num(r.pages.referred),
    referredTo: r.referredTo ?? '',
    exemptions: r.exemptions.join(', '),
    pages: num(r.pages.identified),
    approximate: r.approximate,
    perMonth: num(r.perMonth),
    sourceQuote: r.sourceQuote,
  };
}

/** The ticked rows as production/add-rows takes them, and where each came from (for its errors). */
function toRows(drafts: readonly RowDraft[]) {
  const rows = { productions: [] as Record<string, unknown>[], expected: [] as Record<string, unknown>[], paces: [] as Record<string, unknown>[] };
  const origin = { productions: [] as number[], expected: [] as number[], paces: [] as number[] };
  drafts.forEach((d, i) => {
    if (!d.include) return;
    const common = { agency: d.agency.trim(), sourceQuote: d.sourceQuote };
    if (d.kind === 'release') {
      rows.productions.push({
        ...common,
        date: d.date,
        component: d.component.trim(),
        pagesReviewed: count(d.processed),
        pagesReleased: count(d.releasedInFull),
        pagesReleasedInPart: count(d.releasedInPart),
        pagesWithheldInFull: count(d.withheldInFull),
        pagesReferred: count(d.referred),
        referredTo: d.referredTo.trim(),
        exemptions: exemptionList(d.exemptions),
      });
      origin.productions.push(i);
    } else if (d.kind === 'expected') {
      rows.expected.push({ ...common, component: d.component.trim(), pages: count(d.pages), approximate: d.approximate, asOf: d.date });
      origin.expected.push(i);
    } else {
      rows.paces.push({ ...common, perMonth: count(d.perMonth), from: d.date, basis: 'order' });
      origin.paces.push(i);
    }
  });
  return { rows, origin };
}

/** The form's field for each input field a schema message may name. */
const FIELD_OF: Record<string, TextKey> = {
  pagesReviewed: 'processed',
  pagesReleased: 'releasedInFull',
  pagesReleasedInPart: 'releasedInPart',
  pagesWithheldInFull: 'withheldInFull',
  pagesReferred: 'referred',
  asOf: 'date',
  from: 'date',
};

const FIELDS: Record<ProposedKind, readonly [TextKey, string, 'date' | 'text' | 'number'][]> = {
  release: [
    ['date', 'Date', 'date'],
    ['agency', 'Agency', 'text'],
    ['component', 'Component', 'text'],
    ['processed', 'Processed', 'number'],
    ['releasedInFull', 'Released in full', 'number'],
    ['releasedInPart', 'Released in part', 'number'],
    ['withheldInFull', 'Withheld in full', 'number'],
    ['referred', 'Referred', 'number'],
    ['referredTo', 'Referred to', 'text'],
    ['exemptions', 'Exemptions', 'text'],
  ],
  expected: [
    ['date', 'As of', 'date'],
    ['agency', 'Agency', 'text'],
    ['component', 'Component', 'text'],
    ['pages', 'Pages expected', 'number'],
  ],
  pace: [
    ['date', 'From', 'date'],
    ['agency', 'Agency', 'text'],
    ['perMonth', 'Pages a month', 'number'],
  ],
};
const KIND_LABEL: Record<ProposedKind, string> = { release: 'Release', expected: 'Expected volume', pace: 'Pace' };

export interface PasteReportProps {
  caseId: string;
  send: Send;
  announce: Announce;
  /** YYYY-MM-DD: the filing date offered, for rows the text does not date. */
  today: string;
}

export function PasteReport({ caseId, send, announce, today }: PasteReportProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [filed, setFiled] = useState(today);
  const [drafts, setDrafts] = useState<RowDraft[] | null>(null);
  const [errors, setErrors] = useState<Record<number, Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = (): void => {
    setOpen(false);
    setText('');
    setDrafts(null);
    setErrors({});
    setError(null);
  };
  const read = async (): Promise<void> => {
    const { readStatusReport } = await import('../../lib/productions/reader/read');
    const date = /^\d{4}-\d{2}-\d{2}$/.test(filed) ? filed : null;
    setDrafts(readStatusReport(text, date).map((r) => toDraft(r, date ?? today)));
    setErrors({});
    setError(null);
  };
  const edit = (i: number, patch: Partial<RowDraft>): void => setDrafts((ds) => ds && ds.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const ticked = drafts?.filter((d) => d.include).length ?? 0;

  const save = async (): Promise<void> => {
    if (!drafts) return;
    const { rows, origin } = toRows(drafts);
    const parsed = (await inputSchemas()).ProductionRows.safeParse(rows);
    if (!parsed.success) {
      const byRow: Record<number, IssueLike[]> = {};
      for (const issue of parsed.error.issues) {
        const [kind, index, field, ...rest] = issue.path as [keyof typeof origin, number, string, ...PropertyKey[]];
        const row = origin[kind]?.[index];
        if (row !== undefined) (byRow[row] ??= []).push({ path: [FIELD_OF[field] ?? field, ...rest], message: issue.message });
      }
      setErrors(Object.fromEntries(Object.entries(byRow).map(([row, issues]) => [row, fieldErrors(issues)])));
      setError('Some rows need a fix; nothing was added.');
      return;
    }
    setBusy(true);
    try {
      const added = await send({ type: 'production/add-rows', caseId, rows: parsed.data });
      const n = added.productions + added.expected + added.paces;
      announce(`Added ${n} row${n === 1 ? '' : 's'} from the status report.`);
      reset();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <button type="button" class="small-btn" onClick={() => setOpen(true)}>
        Paste from a status report
      </button>
    );
  return (
    <div class="form paste" role="group" aria-labelledby="paste-title">
      <h4 id="paste-title">Paste from a status report</h4>
      <div class="field">
        <label for="paste-text">Status report text</label>
        <textarea id="paste-text" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <label for="paste-filed" class="small">
          Filed on
        </label>
        <input id="paste-filed" type="date" value={filed} onInput={(e) => setFiled(e.currentTarget.value)} style={{ width: 'auto' }} />
        <button type="button" class="primary" disabled={!text.trim()} onClick={() => void read()}>
          Read
        </button>
        <button type="button" onClick={reset}>
          Cancel
        </button>
      </div>
      {drafts ? (
        <p role="status" class="small">
          {drafts.length ? `${drafts.length} row${drafts.length === 1 ? '' : 's'} proposed. Check them, untick what is wrong, then add.` : 'No releases, expected volumes or paces found in this text.'}
        </p>
      ) : null}
      {drafts?.map((d, i) => (
        <fieldset key={i} class="proposal">
          <legend>
            <input id={`paste-${i}-include`} type="checkbox" checked={d.include} onChange={(e) => edit(i, { include: e.currentTarget.checked })} />
            <label for={`paste-${i}-include`}>
              Add {KIND_LABEL[d.kind].toLowerCase()} {i + 1}
            </label>
          </legend>
          <div class="grid-2">
            {FIELDS[d.kind].map(([key, label, type]) => {
              const id = `paste-${i}-${key}`;
              const message = errors[i]?.[key];
              return (
                <div class="field" key={key}>
                  <label for={id}>{label}</label>
                  <input
                    id={id}
                    type={type as 'text'}
                    {...(type === 'number' ? { min: 0, step: 1, inputMode: 'numeric' as const } : {})}
                    value={d[key]}
                    disabled={!d.include}
                    aria-invalid={message ? 'true' : undefined}
                    aria-describedby={message ? `${id}-error` : undefined}
                    onInput={(e) => edit(i, { [key]: e.currentTarget.value })}
                  />
                  {message ? (
                    <span class="error" id={`${id}-error`}>
                      {message}
                    </span>
                  ) : null}
                </div>
              );
            })}
            {d.kind === 'expected' ? (
              <div class="field check">
                <input id={`paste-${i}-approximate`} type="checkbox" checked={d.approximate} disabled={!d.include} onChange={(e) => edit(i, { approximate: e.currentTarget.checked })} />
                <label for={`paste-${i}-approximate`}>Approximate</label>
              </div>
            ) : null}
          </div>
          <p class="quote small muted">“{d.sourceQuote}”</p>
        </fieldset>
      ))}
      <ErrorMessage message={error} />
      {drafts?.length ? (
        <div class="actions">
          <button type="button" class="primary" disabled={busy || ticked === 0} onClick={() => void save()}>
            Add {ticked} row{ticked === 1 ? '' : 's'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
