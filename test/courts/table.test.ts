import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtInfo, courtListenerId, courtType, pacerIdFromCourtListener } from '../../lib/courts';
import { allCourtInfo } from '../../lib/courts/details';
import { COURTS } from '../../lib/courts/table';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';

const all = [...allCourtInfo().values()];

describe('court table', () => {
  it('has every district (94) and bankruptcy court (94 + the S.D.N.Y. mega instance), and the appellate and national courts', () => {
    expect(all.filter((c) => c.type === 'district')).toHaveLength(94);
    expect(all.filter((c) => c.type === 'bankruptcy')).toHaveLength(95);
    for (const id of ['ca1', 'ca5', 'ca11', 'cadc', 'cafc', 'bap1', 'bap6', 'bap8', 'bap9', 'bap10', 'cavc']) expect(courtType(id), id).toBe('appellate');
    for (const id of ['jpml', 'cit', 'cofc']) expect(courtType(id), id).toBe('special');
    for (const id of ['gud', 'vid', 'nmid', 'prd', 'dcd', 'gub', 'vib', 'nmib', 'prb', 'dcb']) expect(courtInfo(id), id).not.toBeNull();
  });

  it('every row is well formed and its time zone is a real IANA zone', () => {
    for (const c of all) {
      expect(c.id).toMatch(/^[a-z0-9-]{2,9}$/);
      expect(c.name.length).toBeGreaterThan(5);
      expect(c.timeZone, c.id).toMatch(/^(?:America|Pacific)\/[A-Za-z_/]+$/);
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: c.timeZone }), c.id).not.toThrow();
    }
  });

  it('names and zones every court of the slim table the content script ships, and only those', () => {
    expect([...allCourtInfo().keys()]).toEqual([...COURTS.keys()]);
    for (const c of COURTS.values()) expect(courtInfo(c.id), c.id).toMatchObject({ id: c.id, type: c.type, courtListenerId: c.courtListenerId });
  });

  it('names and zones of some courts', () => {
    expect(courtInfo('cand')).toEqual({ id: 'cand', name: 'District Court, N.D. California', type: 'district', courtListenerId: 'cand', timeZone: 'America/Los_Angeles' });
    expect(courtInfo('deb')?.name).toBe('United States Bankruptcy Court, D. Delaware');
    expect(courtInfo('ca9')?.name).toBe('Court of Appeals for the Ninth Circuit');
    expect(courtInfo('tnwd')?.timeZone).toBe('America/Chicago');
    expect(courtInfo('tned')?.timeZone).toBe('America/New_York');
    expect(courtInfo('azd')?.timeZone).toBe('America/Phoenix');
    expect(courtInfo('CAND')?.id).toBe('cand');
    expect(courtInfo('nope')).toBeNull();
    expect(courtType(null)).toBeNull();
    expect(courtType('nope')).toBeNull();
  });

  it('maps PACER ids to CourtListener ids and back', () => {
    const aliases: Array<[string, string]> = [['azb', 'arb'], ['cofc', 'uscfc'], ['neb', 'nebraskab'], ['nysb-mega', 'nysb'], ['cand', 'cand'], ['ca9', 'ca9']];
    for (const [pacer, cl] of aliases) expect(courtListenerId(pacer), pacer).toBe(cl);
    expect(pacerIdFromCourtListener('arb')).toBe('azb');
    expect(pacerIdFromCourtListener('uscfc')).toBe('cofc');
    expect(pacerIdFromCourtListener('nebraskab')).toBe('neb');
    expect(pacerIdFromCourtListener('nysb')).toBe('nysb');
    expect(pacerIdFromCourtListener('cand')).toBe('cand');
    expect(pacerIdFromCourtListener('scotus')).toBeNull();
    // Round trip for every court except the instance that shares its CourtListener id.
    for (const c of all) if (c.id !== 'nysb-mega') expect(pacerIdFromCourtListener(c.courtListenerId), c.id).toBe(c.id);
  });
});

describe('court table against the corpus index', () => {
  const dir = corpusDir();
  if (!dir) {
    it.skip(CORPUS_SKIP_MESSAGE, () => {});
    return;
  }
  type Entry = { court_id: string | null; court_type: string | null; courtlistener_court_id: string | null; court_id_page_hint: string | null };
  const entries = JSON.parse(readFileSync(join(dir, 'pacer/index.json'), 'utf8')) as Entry[];

  it('knows every court of the corpus, with its type and CourtListener id', () => {
    for (const e of entries) {
      if (!e.court_id || !e.courtlistener_court_id) continue;
      // juriscraper names Nebraska's bankruptcy court by its CourtListener id; PACER's is `neb`.
      const pacerId = courtInfo(e.court_id) ? e.court_id : pacerIdFromCourtListener(e.court_id);
      expect(pacerId, e.court_id).not.toBeNull();
      expect(courtType(pacerId), e.court_id).toBe(e.court_type);
      expect(courtListenerId(pacerId!), e.court_id).toBe(e.courtlistener_court_id);
    }
  });

  it('knows every court host the corpus pages link to', () => {
    for (const e of entries) if (e.court_id_page_hint) expect(courtInfo(e.court_id_page_hint), e.court_id_page_hint).not.toBeNull();
  });
});
