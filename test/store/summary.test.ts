import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../lib/messages/schema';
import type { CaseBundle, DeadlineRecord } from '../../lib/model/schema';
import { compareForList, openDeadlines, searchText, stampTime, summarize } from '../../lib/store/summary';

const meta = (id: string, stamp = '1764000000000-0000-dtest') => ({ id, stamp, deviceId: 'dtest', deleted: false });
const deadline = (id: string, due: string, time: string | null, over: Partial<DeadlineRecord> = {}): DeadlineRecord => ({
  ...meta(id),
  caseId: 'c',
  due,
  time,
  title: id,
  kind: 'filing',
  done: false,
  source: 'manual',
  ...over,
});

function bundle(): CaseBundle {
  return {
    case: { ...meta('c'), court: 'cand', key: 'cand|23|cv|4557|3', looseKey: 'cand|23|cv|4557', docketNumber: '3:23-cv-04557-EMC', parts: { office: '3', year: '23', type: 'cv', serial: '04557', judges: ['EMC'], defendant: null, kind: 'district' }, title: 'Doe v. ICE', tags: ['FOIA'], createdAt: '2026-01-01T00:00:00.000Z' },
    notes: [
      { ...meta('n1'), caseId: 'c', text: 'Live NOTE', createdAt: '2026-01-01T00:00:00.000Z', editedAt: '2026-01-01T00:00:00.000Z' },
      { ...meta('n2', '1764000009999-0000-dtest'), deleted: true, caseId: 'c', text: 'secret deleted words', createdAt: '2026-01-02T00:00:00.000Z', editedAt: '2026-01-02T00:00:00.000Z' },
    ],
    deadlines: [],
    productions: [],
    expected: [],
    paces: [],
    requests: [],
  };
}

describe('summary', () => {
  it('orders open deadlines by day, timed before untimed on the same day, and drops done and deleted', () => {
    const list = [
      deadline('late', '2026-12-02', null),
      deadline('untimed', '2026-12-01', null),
      deadline('afternoon', '2026-12-01', '13:30'),
      deadline('morning', '2026-12-01', '09:00'),
      deadline('done', '2026-11-01', null, { done: true }),
      deadline('deleted', '2026-11-01', null, { deleted: true }),
    ];
    expect(openDeadlines(list).map((d) => d.id)).toEqual(['morning', 'afternoon', 'untimed', 'late']);
  });

  it('leaves tombstones out of counts, previews and search text, but a delete counts as an update', () => {
    const b = bundle();
    const s = summarize(b);
    expect(s.noteCount).toBe(1);
    expect(s.latestNotes.map((n) => n.id)).toEqual(['n1']);
    expect(s.updatedAt).toBe(stampTime('1764000009999-0000-dtest'));
    expect(searchText(b)).toContain('live note');
    expect(searchText(b)).not.toContain('secret');
  });

  it('stampTime reads the wall time of a stamp and nothing else', () => {
    expect(stampTime('1764000000000-0003-dx')).toBe(new Date(1764000000000).toISOString());
    expect(stampTime('garbage')).toBe('');
  });

  it('list order: any open deadline first (soonest), then most recently updated', () => {
    const s = (id: string, updatedAt: string, due?: string): CaseSummary =>
      ({ id, updatedAt, nextDeadlines: due ? [{ id: 'd', due, time: null, title: '', kind: 'other', done: false }] : [] }) as unknown as CaseSummary;
    const list = [s('old', '2026-01-01'), s('soon', '2025-01-01', '2026-12-01'), s('new', '2026-06-01'), s('later', '2026-06-01', '2027-01-01')];
    expect([...list].sort(compareForList).map((x) => x.id)).toEqual(['soon', 'later', 'new', 'old']);
  });

  it('list order: deadlines on the same day by time, untimed last, then most recently updated', () => {
    const s = (id: string, updatedAt: string, time: string | null): CaseSummary =>
      ({ id, updatedAt, nextDeadlines: [{ id: 'd', due: '2026-12-01', time, title: '', kind: 'other', done: false }] }) as unknown as CaseSummary;
    const list = [s('untimed', '2026-01-01', null), s('afternoon', '2026-01-01', '14:00'), s('untimed-newer', '2026-02-01', null), s('morning', '2026-01-01', '09:00')];
    expect([...list].sort(compareForList).map((x) => x.id)).toEqual(['morning', 'afternoon', 'untimed-newer', 'untimed']);
  });
});
