/**
 * Title and tags. The fields show the saved values until the user types; from then on they show
 * the draft — whatever arrives from other windows meanwhile — until saved or Escape.
 */
import { useState } from 'preact/hooks';
import type { CaseRecord } from '../../lib/model/schema';
import { EditForm } from '../shared/EditForm';
import { Field } from '../shared/Field';
import { useDraftForm } from '../shared/useDraftForm';
import { errorText, type Announce, type Send } from './api';
import type { FieldErrors } from '../shared/validation';

export interface CaseDetailsProps {
  record: CaseRecord;
  send: Send;
  announce: Announce;
}

/** "FOIA, ICE ,, hsi" → ["FOIA", "ICE", "hsi"], without duplicates (case-insensitive). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const t = raw.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** The limits of case/update's fields, said the way a form says them. */
function checkDetails(title: string, tags: string[]): FieldErrors | null {
  const problems: FieldErrors = {};
  if (title.length > 500) problems.title = 'A title can have at most 500 characters.';
  if (tags.length > 50) problems.tags = 'A case can have at most 50 tags.';
  else if (tags.some((t) => t.length > 60)) problems.tags = 'A tag can have at most 60 characters.';
  return Object.keys(problems).length ? problems : null;
}

interface Draft {
  id?: string;
  title: string;
  tags: string;
}

export function CaseDetails({ record, send, announce }: CaseDetailsProps) {
  const [saved, setSaved] = useState(false);
  const form = useDraftForm<Draft>(
    async (d) => {
      const title = d.title.trim();
      const tags = parseTags(d.tags);
      const problems = checkDetails(title, tags);
      if (problems) return problems;
      try {
        await send({ type: 'case/update', caseId: record.id, fields: { title, tags } });
        return null;
      } catch (e) {
        return { _: errorText(e) };
      }
    },
    () => {
      setSaved(true);
      announce('Case details saved.');
    },
  );
  const shown: Draft = form.draft ?? { title: record.title, tags: record.tags.join(', ') };
  const edit = (key: 'title' | 'tags', value: string): void => {
    setSaved(false);
    if (form.draft) form.set(key, value);
    else form.open({ ...shown, [key]: value });
  };

  return (
    <section class="section" aria-labelledby="details-title">
      <h3 id="details-title">Case details</h3>
      <EditForm
        label="Case details"
        form={form}
        submitLabel="Save details"
        submitDisabled={!form.draft}
        canCancel={form.draft !== null}
        status={saved && !form.draft ? 'Saved.' : undefined}
      >
        <Field id="case-title" label="Case title" error={form.errors.title}>
          {(a) => <input {...a} type="text" value={shown.title} onInput={(e) => edit('title', e.currentTarget.value)} />}
        </Field>
        <Field id="case-tags" label="Tags" hint="Separate tags with commas" error={form.errors.tags}>
          {(a) => <input {...a} type="text" value={shown.tags} onInput={(e) => edit('tags', e.currentTarget.value)} />}
        </Field>
      </EditForm>
    </section>
  );
}
