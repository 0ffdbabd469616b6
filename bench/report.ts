/** Shared helpers for benchmarks: timing, percentiles and one printed line per figure. */
import { performance } from 'node:perf_hooks';

export function report(name: string, value: string, goal?: string): void {
  console.log(`  ${name.padEnd(58)} ${value}${goal ? `   (goal ${goal})` : ''}`);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Median wall time of `fn` over `runs` runs, after `warmup` runs. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

export const ms = (n: number): string => `${n.toFixed(2)} ms`;
