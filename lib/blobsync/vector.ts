/**
 * Version vectors over writers' segment numbers. `covered[w] = n` means: the state holds
 * everything in writer w's segments 1..n. Segments merged out of order (n+2 before n+1) wait in
 * `ahead` until the gap fills, so a missing or unreadable segment is never claimed as covered.
 */
export type Vector = Record<string, number>;

export interface Coverage {
  covered: Vector;
  ahead: Record<string, number[]>;
}

export const emptyCoverage = (): Coverage => ({ covered: {}, ahead: {} });

export function isCovered(c: Coverage, writer: string, seq: number): boolean {
  return seq <= (c.covered[writer] ?? 0) || (c.ahead[writer]?.includes(seq) ?? false);
}

/** Record that segment `seq` of `writer` is merged; advances over any run it completes. */
export function markMerged(c: Coverage, writer: string, seq: number): void {
  if (isCovered(c, writer, seq)) return;
  const ahead = new Set(c.ahead[writer] ?? []);
  ahead.add(seq);
  let n = c.covered[writer] ?? 0;
  while (ahead.has(n + 1)) ahead.delete(++n);
  c.covered[writer] = n;
  if (ahead.size) c.ahead[writer] = [...ahead].sort((a, b) => a - b);
  else delete c.ahead[writer];
}

/** Fold in a snapshot's vector (its content is merged too): the componentwise maximum. */
export function absorb(c: Coverage, v: Vector): void {
  for (const [w, n] of Object.entries(v)) {
    if (n > (c.covered[w] ?? 0)) c.covered[w] = n;
    const rest = (c.ahead[w] ?? []).filter((s) => s > c.covered[w]!);
    let top = c.covered[w] ?? 0;
    const set = new Set(rest);
    while (set.has(top + 1)) set.delete(++top);
    if (top > 0) c.covered[w] = top;
    if (set.size) c.ahead[w] = [...set].sort((a, b) => a - b);
    else delete c.ahead[w];
  }
}

/** a ≤ b in every component. */
export function dominatedBy(a: Vector, b: Vector): boolean {
  for (const [w, n] of Object.entries(a)) if (n > (b[w] ?? 0)) return false;
  return true;
}
