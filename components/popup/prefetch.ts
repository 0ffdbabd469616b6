/**
 * Requests sent before anyone asks for them. The popup's first view waits on round trips one
 * after another (the active tab, then page/get, then the case list); the list's first page can
 * travel while the popup waits for the others. Each prefetched answer serves the first equal
 * request once, and only until `drop()`: after the first view is up, or after a change broadcast
 * made it stale, every request goes to the background again.
 */
import type { Request } from '../../lib/messages/schema';
import type { Send } from './api';

export interface Prefetch {
  /** Sends like `send`, but answers a request equal to a prefetched one with its answer. */
  send: Send;
  /** Forget every answer not used yet. */
  drop(): void;
}

/** Requests are equal when their JSON is: build both sides with the same helper. */
const keyOf = (request: Request): string => JSON.stringify(request);

/** Sends `requests` at once and keeps their answers for the first equal requests. */
export function prefetch(send: Send, requests: readonly Request[]): Prefetch {
  const pending = new Map<string, Promise<unknown>>();
  for (const request of requests) {
    const answer = send(request);
    // Nobody may ever ask: a failure then is nobody's to report.
    answer.catch(() => undefined);
    pending.set(keyOf(request), answer);
  }
  return {
    send: ((request: Request) => {
      const key = keyOf(request);
      const answer = pending.get(key);
      if (!answer) return send(request);
      pending.delete(key);
      return answer;
    }) as Send,
    drop() {
      pending.clear();
    },
  };
}
