/**
 * When the replica's cycles run: as soon as asked, after a debounce for local edits (a burst goes
 * out as one write, but a stream of edits still at least every `maxWaitMs`), never before a
 * backoff's `notBefore`, and never two at once (a request during a cycle runs one more after it).
 */
import type { Timers } from './ports';

export class CycleSchedule {
  private timer: unknown = null;
  private timerAt = Infinity;
  private timerIsDebounce = false;
  private pendingSince: number | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private stopped = true;
  /** Epoch ms before which no cycle starts (backoff). */
  notBefore = 0;

  constructor(
    private readonly timers: Timers,
    private readonly cycle: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly maxWaitMs: number,
  ) {}

  start(): void {
    this.stopped = false;
  }

  /** Cancel what is scheduled and wait for a running cycle to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
    await this.running;
  }

  /** Resolves when no cycle is running. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** True when a cycle is scheduled or running. */
  get busy(): boolean {
    return this.running !== null || this.timer !== null;
  }

  /** Run a cycle in `delay` ms (or sooner, if one is already due sooner); a debounced request moves with each new one. */
  request(delay: number, debounce: boolean): void {
    if (this.stopped) return;
    const now = this.timers.now();
    let at = now + delay;
    if (debounce) {
      this.pendingSince ??= now;
      at = Math.min(at, this.pendingSince + this.maxWaitMs);
    }
    at = Math.max(at, this.notBefore);
    if (this.timer !== null) {
      const replaceDebounce = debounce && this.timerIsDebounce;
      if (!replaceDebounce && this.timerAt <= at) return;
      this.timers.clearTimeout(this.timer);
    }
    this.timerAt = at;
    this.timerIsDebounce = debounce;
    this.timer = this.timers.setTimeout(this.fire, Math.max(0, at - now));
  }

  private readonly fire = (): void => {
    this.timer = null;
    this.timerAt = Infinity;
    this.pendingSince = null;
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.cycle()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          this.request(0, false);
        }
      });
  };
}
