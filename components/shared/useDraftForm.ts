/**
 * State of one add/edit form: the draft (null while the form is closed), its field errors, a busy
 * flag while the write is in flight, and focus handling — the first field gets focus when the
 * form opens, and focus returns to the button that opened it when it closes, so a keyboard user
 * never lands on <body>.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from './validation';

export interface DraftForm<D> {
  draft: D | null;
  errors: FieldErrors;
  busy: boolean;
  open(draft: D): void;
  close(): void;
  set<K extends keyof D & string>(key: K, value: D[K]): void;
  submit(event?: Event): Promise<void>;
  /** Put on the form's first control. */
  first: { current: HTMLInputElement | null };
  /** Put on the button that opens the form; focus returns there on close. */
  opener: { current: HTMLElement | null };
}

/** `save` answers null when written, else the messages to show. */
export function useDraftForm<D extends { id?: string }>(
  save: (draft: D) => Promise<FieldErrors | null>,
  onSaved?: (draft: D) => void,
): DraftForm<D> {
  const [draft, setDraft] = useState<D | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement>(null);
  const isOpen = draft !== null;
  const draftId = draft?.id ?? '';

  useEffect(() => {
    if (isOpen) first.current?.focus();
  }, [isOpen, draftId]);

  const close = (): void => {
    const wasOpen = draft !== null;
    setDraft(null);
    setErrors({});
    // The opener re-renders only after the form is gone.
    if (wasOpen) queueMicrotask(() => opener.current?.focus());
  };

  return {
    draft,
    errors,
    busy,
    first,
    opener,
    open(d) {
      setDraft(d);
      setErrors({});
    },
    close,
    set(key, value) {
      setDraft((d) => (d ? { ...d, [key]: value } : d));
      if (errors[key]) setErrors((e) => ({ ...e, [key]: '' }));
    },
    async submit(event) {
      event?.preventDefault();
      if (!draft || busy) return;
      setBusy(true);
      const problems = await save(draft);
      setBusy(false);
      if (problems) {
        setErrors(problems);
        return;
      }
      onSaved?.(draft);
      close();
    },
  };
}
