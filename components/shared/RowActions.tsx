/**
 * Edit and Delete for one row of a list. The visible words stay short; screen readers hear which
 * row they act on ("Delete deadline Joint status report").
 */
export interface RowActionsProps {
  /** What the row is, for screen readers: "note", "deadline Joint status report". */
  what: string;
  onEdit: () => void;
  onDelete: () => void;
}

export function RowActions({ what, onEdit, onDelete }: RowActionsProps) {
  return (
    <span class="actions">
      <button type="button" class="small-btn" onClick={onEdit}>
        Edit<span class="sr-only"> {what}</span>
      </button>
      <button type="button" class="small-btn danger" onClick={onDelete}>
        Delete<span class="sr-only"> {what}</span>
      </button>
    </span>
  );
}
