/** What the popup needs from the outside world, injected as props so the components stay testable. */
import type { Request, ResponseData } from '../../lib/messages/schema';
import type { RecordKind } from '../../lib/model/schema';
import { errorText } from '../shared/validation';

export { errorText };

/**
 * Sends one request to the background and resolves with its answer (ResponseData per type), or
 * rejects with a message fit to show the user. `send` from lib/messages/client.ts fits this.
 */
export type Send = <R extends Request>(request: R) => Promise<ResponseData[R['type']]>;

/** Calls `onChange` after every store write anywhere; returns an unsubscribe function. */
export type Subscribe = (onChange: () => void) => () => void;

/** Tell the app a record was deleted, so it can offer Undo (record/restore). */
export type OnDeleted = (kind: RecordKind, id: string, label: string) => void;

/** Save text as a file (components/shared/download.ts downloadText fits this). */
export type Download = (filename: string, text: string, type?: string) => void;

/** Tell the app something to say in its live region ("Note saved."). */
export type Announce = (message: string) => void;

const DELETE_TYPE = {
  notes: 'note/delete',
  deadlines: 'deadline/delete',
  productions: 'production/delete',
  expected: 'expected/delete',
  paces: 'pace/delete',
  requests: 'request/delete',
} as const;

/**
 * Delete a note, deadline, release, expected volume, pace or request and tell the app (which offers Undo). Answers null when
 * done, else the message to show where the row was.
 */
export async function deleteRecord(send: Send, kind: keyof typeof DELETE_TYPE, id: string, label: string, onDeleted: OnDeleted): Promise<string | null> {
  try {
    await send({ type: DELETE_TYPE[kind], id });
    onDeleted(kind, id, label);
    return null;
  } catch (error) {
    return errorText(error);
  }
}
