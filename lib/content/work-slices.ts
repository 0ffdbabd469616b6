/**
 * Main-thread budget for the content script: work runs in tasks of a few milliseconds, and between
 * them the page gets its thread back (input, scrolling, its own scripts). The log keeps what the
 * benchmark reports: total work, the longest single task, and how many there were.
 */

/** A task's budget: well under the 50 ms that makes a task "long" (RAIL), with room for the last piece. */
export const TASK_BUDGET_MS = 8;

export interface WorkFigures {
  /** Sum of all tasks' durations (ms). */
  totalMs: number;
  /** The longest single task (ms): what can keep the page from answering the user. */
  longestMs: number;
  tasks: number;
}

export class WorkLog {
  private started = -1;
  private readonly figures: WorkFigures = { totalMs: 0, longestMs: 0, tasks: 0 };

  constructor(private readonly budgetMs = TASK_BUDGET_MS) {}

  /** A task starts (after an await). */
  begin(): void {
    this.started = performance.now();
  }

  /** The task ends (before an await): its time is logged. */
  end(): void {
    if (this.started < 0) return;
    const ms = performance.now() - this.started;
    this.started = -1;
    this.figures.totalMs += ms;
    this.figures.tasks += 1;
    if (ms > this.figures.longestMs) this.figures.longestMs = ms;
  }

  /** Has the current task used its budget? Passed to piecewise work as its stop signal. */
  readonly overBudget = (): boolean => this.started >= 0 && performance.now() - this.started > this.budgetMs;

  get current(): WorkFigures {
    return { ...this.figures };
  }
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Give the page its thread back, and come back soon after: `scheduler.yield()` where the browser
 * has it (it resumes ahead of other queued tasks), else a message to ourselves (unlike
 * `setTimeout(0)`, not clamped to 4 ms after a few rounds).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
