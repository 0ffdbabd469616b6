/**
 * The discreet "Add to Docket Margin" control beside an unsaved page case. The content script
 * performs the create (case/create) and passes the state back in.
 */
export type AddCaseState = 'idle' | 'adding' | 'added' | 'error';

export interface AddCaseControlProps {
  docketNumber: string;
  title: string;
  state: AddCaseState;
  onAdd: () => void;
  /** Shown when state is 'error'. */
  error?: string;
}

const ERROR_ID = 'dm-add-error';

export function AddCaseControl({ docketNumber, title, state, onAdd, error }: AddCaseControlProps) {
  const busy = state === 'adding' || state === 'added';
  const hint = title ? `Save ${docketNumber} (${title}) in Docket Margin` : `Save ${docketNumber} in Docket Margin`;
  return (
    <span class="dm-root dm-add">
      <button
        type="button"
        class="dm-add-button"
        title={hint}
        disabled={busy}
        aria-describedby={state === 'error' ? ERROR_ID : undefined}
        onClick={() => {
          if (!busy) onAdd();
        }}
      >
        {state === 'adding' ? 'Adding…' : state === 'added' ? 'Added' : 'Add to Docket Margin'}
        <span class="dm-sr">: {docketNumber}</span>
      </button>
      {state === 'error' ? (
        <span class="dm-add-error" id={ERROR_ID} role="alert">
          {error || 'Could not add this case.'}
        </span>
      ) : null}
    </span>
  );
}
