/**
 * A multi-line text field where Enter saves and Shift+Enter starts a new line (as in chat apps:
 * a note must be quicker than a sticky note), and Escape cancels. Enter while an input method is
 * composing (Japanese, Chinese) belongs to the input method, not to us.
 */
import type { Ref } from 'preact';

export interface NoteTextAreaProps {
  id: string;
  value: string;
  onValue: (value: string) => void;
  onSave: () => void;
  onCancel: () => void;
  error?: string | null;
  /** Id of a hint shown near the field. */
  hintId?: string;
  rows?: number;
  textRef?: Ref<HTMLTextAreaElement>;
}

export function NoteTextArea({ id, value, onValue, onSave, onCancel, error, hintId, rows = 3, textRef }: NoteTextAreaProps) {
  const describedBy = [hintId, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <textarea
        id={id}
        ref={textRef}
        rows={rows}
        value={value}
        maxLength={20_000}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            onSave();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {error ? (
        <span class="error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}
