/**
 * The frame of every add/edit form: Enter in a field submits (a native form with a submit
 * button), Escape cancels, the form-wide error sits above the buttons. Fields are the children.
 */
import type { ComponentChildren } from 'preact';
import type { DraftForm } from './useDraftForm';
import { ErrorMessage } from './ErrorMessage';

export interface EditFormProps {
  /** Accessible name of the form ("New deadline"). */
  label: string;
  form: Pick<DraftForm<unknown>, 'errors' | 'busy' | 'submit' | 'close'>;
  submitLabel: string;
  /** Hide Cancel (a form that is always shown and has nothing to cancel yet). */
  canCancel?: boolean;
  submitDisabled?: boolean;
  /** Shown beside the buttons (e.g. "Saved."). */
  status?: string;
  children: ComponentChildren;
}

export function EditForm({ label, form, submitLabel, canCancel = true, submitDisabled, status, children }: EditFormProps) {
  return (
    <form
      class="form"
      aria-label={label}
      noValidate
      onSubmit={(e) => void form.submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && canCancel) {
          e.preventDefault();
          e.stopPropagation();
          form.close();
        }
      }}
    >
      {children}
      <ErrorMessage message={form.errors._} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy || submitDisabled}>
          {submitLabel}
        </button>
        {canCancel ? (
          <button type="button" onClick={form.close}>
            Cancel
          </button>
        ) : null}
        {status ? <span class="muted small">{status}</span> : null}
      </div>
    </form>
  );
}
