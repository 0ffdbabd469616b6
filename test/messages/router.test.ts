import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/messages/router';
import { UserError } from '../../lib/messages/user-error';

describe('router', () => {
  it('answers a valid request with its handler’s data, defaults applied', async () => {
    const list = vi.fn(async ({ query }: { query: string }) => [{ query }]);
    const route = createRouter({ 'case/list': list as never });
    expect(await route({ type: 'case/list' })).toEqual({ ok: true, data: [{ query: '' }] });
    expect(list).toHaveBeenCalledOnce();
  });

  it('rejects what is not a request without calling any handler, naming the first bad field', async () => {
    const handler = vi.fn();
    const route = createRouter({ 'production/put': handler as never, 'case/create': handler as never });
    const cases: [unknown, RegExp][] = [
      [undefined, /no type/],
      ['page/report', /no type/],
      [{ type: 'nope' }, /Unknown request type "nope"/],
      [{ type: 'production/put', production: { caseId: 'c', date: '2026-01-01', pagesReleased: -3 } }, /^Invalid production\/put: production\.pagesReleased: page counts cannot be negative$/],
      [{ type: 'production/put', production: { caseId: 'c', date: '2023-02-30' } }, /production\.date: impossible date/],
      [{ type: 'case/create', court: 'cand' }, /^Invalid case\/create: docketNumber: /],
      [{ type: 'case/create', court: 'C A N D', docketNumber: '1:23-cv-1' }, /^Invalid case\/create: court: /],
    ];
    for (const [message, error] of cases) {
      const res = await route(message);
      expect(res.ok).toBe(false);
      expect(res.ok ? '' : res.error).toMatch(error);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('never throws: user errors pass through, other errors are reported', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = createRouter({
      'case/get': async () => {
        throw new UserError('That case is no longer saved.');
      },
      'case/list': () => {
        throw new TypeError('boom');
      },
    });
    expect(await route({ type: 'case/get', caseId: 'x' })).toEqual({ ok: false, error: 'That case is no longer saved.' });
    expect(await route({ type: 'case/list' })).toEqual({ ok: false, error: 'Docket Margin could not complete "case/list": boom' });
    expect(await route({ type: 'sync/status' })).toEqual({ ok: false, error: 'Docket Margin cannot answer "sync/status" yet.' });
    spy.mockRestore();
  });

  it('passes the classified caller and lets handlers be registered later', async () => {
    const route = createRouter({}, { classify: (s) => ({ kind: 'extension', tabId: s.tab?.id ?? null }) });
    route.register('sync/status', (_req, caller) => ({ enabled: true, caller }));
    expect(await route({ type: 'sync/status' }, { tab: { id: 7 } })).toEqual({ ok: true, data: { enabled: true, caller: { kind: 'extension', tabId: 7 } } });
    expect(await route({ type: 'sync/status' })).toEqual({ ok: true, data: { enabled: true, caller: { kind: 'background' } } });
  });
});
