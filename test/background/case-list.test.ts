import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import type { CaseSummary, Response } from '../../lib/messages/schema';
import { freshName } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

function data<T>(r: Response): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.data as T;
}

describe('case/list with a limit, and case/count', () => {
  async function sevenCases() {
    const bg = startBackground({ dbName: freshName('bg-list') });
    for (let i = 0; i < 7; i++) {
      const c = data<CaseSummary>(await bg.router({ type: 'case/create', court: 'cand', docketNumber: `3:23-cv-0020${i}`, title: i < 3 ? `Vaughn ${i}` : `Other ${i}` }));
      await bg.router({ type: 'deadline/put', deadline: { caseId: c.id, due: `2027-02-0${9 - i}`, title: 'Reply' } });
    }
    return bg;
  }

  it('answers the first cases in list order; without a limit, every case as before', async () => {
    const bg = await sevenCases();
    const all = data<CaseSummary[]>(await bg.router({ type: 'case/list', query: '' }));
    expect(all.map((s) => s.docketNumber)).toEqual(['3:23-cv-00206', '3:23-cv-00205', '3:23-cv-00204', '3:23-cv-00203', '3:23-cv-00202', '3:23-cv-00201', '3:23-cv-00200']);
    expect(data<CaseSummary[]>(await bg.router({ type: 'case/list', query: '', limit: 3 }))).toEqual(all.slice(0, 3));
    expect(data<CaseSummary[]>(await bg.router({ type: 'case/list', query: 'vaughn', limit: 2 })).map((s) => s.title)).toEqual(['Vaughn 2', 'Vaughn 1']);
    expect(data<number>(await bg.router({ type: 'case/count', query: '' }))).toBe(7);
    expect(data<number>(await bg.router({ type: 'case/count', query: 'vaughn' }))).toBe(3);
    expect(data<number>(await bg.router({ type: 'case/count' }))).toBe(7);
  });

  it('refuses a limit that is not a positive whole number', async () => {
    const bg = await sevenCases();
    for (const limit of [0, -1, 2.5, '5', 1e9])
      expect(await bg.router({ type: 'case/list', query: '', limit })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid case\/list: limit/) });
  });
});
