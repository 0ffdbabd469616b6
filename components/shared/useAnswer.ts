/**
 * Load something asynchronously and keep the latest answer, ignoring answers that arrive after
 * the inputs changed (a slow search must not overwrite a newer one). The previous answer stays on
 * screen while a new one loads, so a refresh after a change broadcast does not flash.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { errorText } from './validation';

export interface Answer<T> {
  data: T | null;
  error: string | null;
}

export function useAnswer<T>(load: () => Promise<T>, deps: readonly unknown[], delayMs = 0): Answer<T> {
  const [answer, setAnswer] = useState<Answer<T>>({ data: null, error: null });
  // Started in a layout effect, right after the render commits: a plain effect waits for the next
  // animation frame, which adds a frame (or more on a busy machine) to every popup open.
  useLayoutEffect(() => {
    let stale = false;
    const run = (): void => {
      load().then(
        (data) => !stale && setAnswer({ data, error: null }),
        (e: unknown) => !stale && setAnswer((a) => ({ data: a.data, error: errorText(e) })),
      );
    };
    const timer = delayMs > 0 ? setTimeout(run, delayMs) : null;
    if (!timer) run();
    return () => {
      stale = true;
      if (timer) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return answer;
}
