import { describe, expect, it, vi } from 'vitest';
import type { Send } from '../../components/popup/api';
import { countRequest, listRequest } from '../../components/popup/CaseList';
import { prefetch } from '../../components/popup/prefetch';

/** A background that answers each request with a fresh object naming it and the call number. */
function background() {
  let calls = 0;
  const send = vi.fn(async (request: unknown) => ({ request, call: ++calls }));
  return { send: send as unknown as Send, calls: () => send.mock.calls.map((c) => c[0]) };
}

describe('prefetch', () => {
  it('sends at once, and answers the first equal request with that answer instead of asking again', async () => {
    const bg = background();
    const early = prefetch(bg.send, [countRequest(''), listRequest('', 50)]);
    expect(bg.calls()).toEqual([countRequest(''), listRequest('', 50)]);
    expect(await early.send(listRequest('', 50))).toEqual({ request: listRequest('', 50), call: 2 });
    expect(bg.calls()).toHaveLength(2);
    // Only once: the next equal request goes to the background.
    expect(await early.send(listRequest('', 50))).toEqual({ request: listRequest('', 50), call: 3 });
    // A different request (another query or limit) was never prefetched.
    expect(await early.send(listRequest('x', 50))).toMatchObject({ call: 4 });
    expect(await early.send(listRequest('', 250))).toMatchObject({ call: 5 });
  });

  it('after drop() every request goes to the background (a change made the answers stale)', async () => {
    const bg = background();
    const early = prefetch(bg.send, [countRequest('')]);
    early.drop();
    expect(await early.send(countRequest(''))).toMatchObject({ call: 2 });
  });

  it('hands a failed prefetch to whoever asks, and reports nothing when nobody does', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const failing = vi.fn(async () => {
        throw new Error('background gone');
      }) as unknown as Send;
      const asked = prefetch(failing, [countRequest('')]);
      await expect(asked.send(countRequest(''))).rejects.toThrow('background gone');
      prefetch(failing, [countRequest('')]).drop();
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
