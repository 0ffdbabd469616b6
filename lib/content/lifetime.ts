/**
 * How long a content script may act. When the extension is updated, reloaded or removed, Chrome
 * leaves the scripts already in open tabs running, orphaned: their `runtime.id` is gone and every
 * extension call fails. Such a script must stop (its observers and listeners) and leave the page
 * as it was; a new instance, if any, removes the old overlays itself (removeStaleOverlays).
 *
 * Ours rather than WXT's ContentScriptContext, which on every start also posts a
 * `wxt:content-script-started` message to the page's window: every message handler of the court's
 * own scripts receives it (one that parses whatever it gets could break on it), and it costs about
 * 0.7 KB gzip of the content script's budget for features we do not use (location watcher,
 * intervals, frames). The page can see that we are there (the marker attribute, the overlay
 * hosts), but its scripts get nothing from us.
 */
export interface RuntimeLike {
  /** Undefined once the extension is gone (Chrome's orphaned scripts). */
  readonly id?: string;
}

export class ScriptLifetime {
  private stopped = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly runtime: () => RuntimeLike | undefined) {}

  /** Whether the script may still act; the first call after the extension went away runs the cleanups. */
  get isValid(): boolean {
    if (!this.stopped && !this.runtime()?.id) this.stop();
    return !this.stopped;
  }

  /** Run `cleanup` when the script stops (at once if it already has). */
  onInvalidated(cleanup: () => void): void {
    if (this.stopped) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** setTimeout whose callback runs only while the script is valid. */
  setTimeout(callback: () => void, ms: number): number {
    return setTimeout(() => {
      if (this.isValid) callback();
    }, ms) as unknown as number;
  }

  /** Stop now: run the cleanups once, each even if an earlier one threw. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch (error) {
        console.warn('Docket Margin:', error);
      }
    }
  }
}
