import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptLifetime, type RuntimeLike } from '../../lib/content/lifetime';

/** A runtime whose id can be taken away, as Chrome does to an orphaned content script. */
function runtime(): { get: () => RuntimeLike; orphan: () => void } {
  let id: string | undefined = 'abcdefghijklmnop';
  return { get: () => ({ id }), orphan: () => void (id = undefined) };
}

describe('ScriptLifetime', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is valid while the extension is there, and stops once its runtime id is gone', () => {
    const r = runtime();
    const lifetime = new ScriptLifetime(r.get);
    const cleanup = vi.fn();
    lifetime.onInvalidated(cleanup);
    expect(lifetime.isValid).toBe(true);
    expect(cleanup).not.toHaveBeenCalled();
    r.orphan();
    expect(lifetime.isValid).toBe(false);
    expect(lifetime.isValid).toBe(false);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('stops when there is no runtime at all', () => {
    expect(new ScriptLifetime(() => undefined).isValid).toBe(false);
  });

  it('runs every cleanup in order even when one throws, and a late one at once', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lifetime = new ScriptLifetime(runtime().get);
    const order: string[] = [];
    lifetime.onInvalidated(() => order.push('observer'));
    lifetime.onInvalidated(() => {
      throw new Error('Extension context invalidated.');
    });
    lifetime.onInvalidated(() => order.push('overlays'));
    lifetime.stop();
    lifetime.stop();
    expect(order).toEqual(['observer', 'overlays']);
    expect(console.warn).toHaveBeenCalledTimes(1);
    lifetime.onInvalidated(() => order.push('late'));
    expect(order).toEqual(['observer', 'overlays', 'late']);
  });

  it('setTimeout runs its callback only while valid', () => {
    vi.useFakeTimers();
    const r = runtime();
    const lifetime = new ScriptLifetime(r.get);
    const early = vi.fn();
    const late = vi.fn();
    lifetime.setTimeout(early, 10);
    vi.advanceTimersByTime(10);
    expect(early).toHaveBeenCalledTimes(1);
    lifetime.setTimeout(late, 10);
    r.orphan();
    vi.advanceTimersByTime(10);
    expect(late).not.toHaveBeenCalled();
  });
});
