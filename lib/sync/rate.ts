/**
 * Sliding-window count of storage.sync write operations (each set() or remove() call is one), so
 * the replica waits instead of running into MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface WriteLimits {
  perMinute: number;
  perHour: number;
}

/** Below the browser's 120/min and 1,800/h, leaving room for a retry after a failed write. */
export const DEFAULT_WRITE_LIMITS: WriteLimits = { perMinute: 100, perHour: 1_500 };

export class WriteRateLimiter {
  private times: number[] = [];
  constructor(private readonly limits: WriteLimits = DEFAULT_WRITE_LIMITS) {}

  /** Milliseconds to wait before `ops` more writes stay within both windows (0 = go now). */
  waitFor(ops: number, now: number): number {
    this.times = this.times.filter((t) => now - t < HOUR);
    const inMinute = this.times.filter((t) => now - t < MINUTE);
    let wait = 0;
    if (inMinute.length + ops > this.limits.perMinute) {
      wait = Math.max(wait, inMinute[inMinute.length + ops - this.limits.perMinute - 1]! + MINUTE - now);
    }
    if (this.times.length + ops > this.limits.perHour) {
      wait = Math.max(wait, this.times[this.times.length + ops - this.limits.perHour - 1]! + HOUR - now);
    }
    return Math.max(0, wait);
  }

  record(now: number, ops = 1): void {
    for (let i = 0; i < ops; i++) this.times.push(now);
  }
}
