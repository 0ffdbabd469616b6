/**
 * Notes: the new-note field has focus when a case opens (Enter saves, Shift+Enter is a new line,
 * Escape clears), newest notes first, each editable in place (Escape cancels) and deletable.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '../../lib/model/schema';
import { NoteTextArea } from '../shared/NoteTextArea';
import { ErrorMessage } from '../shared/ErrorMessage';
import { RowActions } from '../shared/RowActions';
import { useDraftForm } from '../shared/useDraftForm';
import { validateAndWrite, type FieldErrors } from '../shared/validation';
import { inputSchemas } from './input-schemas';
import { deleteRecord, type Announce, type OnDeleted, type Send } from './api';

export interface NotesSectionProps {
  caseId: string;
  notes: NoteRecord[];
  send: Send;
  onDeleted: OnDeleted;
  announce: Announce;
  autoFocus?: boolean;
}

interface NoteDraft {
  id?: string;
  text: string;
}

export function NotesSection({ caseId, notes, send, onDeleted, announce, autoFocus }: NotesSectionProps) {
  const [draft, setDraft] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const editField = useRef<HTMLTextAreaElement>(null);

  const write = async (note: NoteDraft): Promise<FieldErrors | null> =>
    validateAndWrite((await inputSchemas()).NoteInput, { ...note, caseId }, (data) => send({ type: 'note/put', note: data }));
  const edit = useDraftForm<NoteDraft>(write, () => announce('Note saved.'));
  const editingId = edit.draft?.id ?? null;

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, []);
  useEffect(() => {
    if (editingId) editField.current?.focus();
  }, [editingId]);

  const submitNew = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const problems = await write({ text: draft });
    setBusy(false);
    setErrors(problems ?? {});
    if (!problems) {
      setDraft('');
      announce('Note saved.');
    }
    field.current?.focus();
  };

  const remove = (n: NoteRecord): void =>
    void deleteRecord(send, 'notes', n.id, 'Note deleted.', onDeleted).then((problem) => problem && setErrors({ _: problem }));

  const sorted = [...notes].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return (
    <section class="section" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes ({notes.length})</h3>
      <div class="field">
        <label for="note-new">New note</label>
        <NoteTextArea
          id="note-new"
          textRef={field}
          value={draft}
          error={errors.text}
          hintId="note-new-hint"
          onValue={(v) => {
            setDraft(v);
            if (errors.text) setErrors({});
          }}
          onSave={() => void submitNew()}
          onCancel={() => {
            setDraft('');
            setErrors({});
          }}
        />
        <span class="hint" id="note-new-hint">
          Enter saves · Shift+Enter for a new line
        </span>
      </div>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void submitNew()}>
          Save note
        </button>
      </div>
      <ErrorMessage message={errors._} />
      {sorted.length ? (
        <ul class="items">
          {sorted.map((n) =>
            edit.draft && editingId === n.id ? (
              <li key={n.id} class="item">
                <label class="sr-only" for={`note-edit-${n.id}`}>
                  Edit note
                </label>
                <NoteTextArea
                  id={`note-edit-${n.id}`}
                  textRef={editField}
                  value={edit.draft.text}
                  error={edit.errors.text}
                  onValue={(v) => edit.set('text', v)}
                  onSave={() => void edit.submit()}
                  onCancel={edit.close}
                />
                <ErrorMessage message={edit.errors._} />
                <div class="actions">
                  <button type="button" class="primary" disabled={edit.busy} onClick={() => void edit.submit()}>
                    Save
                  </button>
                  <button type="button" onClick={edit.close}>
                    Cancel
                  </button>
                </div>
              </li>
            ) : (
              <li key={n.id} class="item">
                <p class="note-text">{n.text}</p>
                <div class="item-foot">
                  <span class="muted small">{n.editedAt.slice(0, 10)}</span>
                  <RowActions
                    what="note"
                    onEdit={() => {
                      edit.opener.current = field.current;
                      edit.open({ id: n.id, text: n.text });
                    }}
                    onDelete={() => remove(n)}
                  />
                </div>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </section>
  );
}
