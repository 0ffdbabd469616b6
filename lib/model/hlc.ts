/**
 * Hybrid logical clock stamps. A stamp is a string that sorts in causal-then-wall-clock order:
 * `<13-digit ms>-<4-digit counter>-<deviceId>`; comparing two stamps as strings compares the
 * clocks, and the device id breaks ties so two profiles never produce equal stamps.
 */
export interface HlcState {
  ms: number;
  counter: number;
  deviceId: string;
}

export function formatStamp(s: HlcState): string {
  return `${String(s.ms).padStart(13, '0')}-${String(s.counter).padStart(4, '0')}-${s.deviceId}`;
}

export function parseStamp(stamp: string): HlcState | null {
  const m = /^(\d{13})-(\d{4})-([A-Za-z0-9_-]{1,64})$/.exec(stamp);
  if (!m) return null;
  return { ms: Number(m[1]), counter: Number(m[2]), deviceId: m[3]! };
}

/** Next local stamp: never goes backwards even if the wall clock does. */
export function tick(state: HlcState, now: number): HlcState {
  if (now > state.ms) return { ms: now, counter: 0, deviceId: state.deviceId };
  return { ms: state.ms, counter: state.counter + 1, deviceId: state.deviceId };
}

/** Fold a remote stamp into the local clock so later local stamps sort after it. */
export function receive(state: HlcState, remote: string, now: number): HlcState {
  const r = parseStamp(remote);
  if (!r) return tick(state, now);
  const ms = Math.max(state.ms, r.ms, now);
  let counter = 0;
  if (ms === state.ms && ms === r.ms) counter = Math.max(state.counter, r.counter) + 1;
  else if (ms === state.ms) counter = state.counter + 1;
  else if (ms === r.ms) counter = r.counter + 1;
  return { ms, counter, deviceId: state.deviceId };
}

/** A stateful clock for one device. */
export class HybridClock {
  private state: HlcState;
  constructor(deviceId: string, private readonly now: () => number = Date.now) {
    this.state = { ms: 0, counter: 0, deviceId };
  }
  get deviceId(): string {
    return this.state.deviceId;
  }
  next(): string {
    this.state = tick(this.state, this.now());
    return formatStamp(this.state);
  }
  observe(remote: string): void {
    this.state = receive(this.state, remote, this.now());
  }
}
