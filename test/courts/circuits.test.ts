import { describe, expect, it } from 'vitest';
import { courtType } from '../../lib/courts';
import { appealsCourt, appellatePanel, siblingCourt } from '../../lib/courts/circuits';
import { COURTS } from '../../lib/courts/table';

describe('courts of appeals and sibling courts', () => {
  it('every district and bankruptcy court appeals to a court of appeals that exists', () => {
    for (const c of COURTS.values()) {
      if (c.type !== 'district' && c.type !== 'bankruptcy') continue;
      const appeals = appealsCourt(c.id);
      expect(appeals, c.id).not.toBeNull();
      expect(courtType(appeals), c.id).toBe('appellate');
    }
  });

  it('follows 28 U.S.C. § 41', () => {
    expect(['cand', 'hid', 'gud', 'nmid', 'wawb'].map(appealsCourt)).toEqual(['ca9', 'ca9', 'ca9', 'ca9', 'ca9']);
    expect(['nysd', 'nysb-mega', 'vtd', 'prd', 'vid', 'lamd', 'ned', 'gand', 'dcd', 'cit', 'cofc'].map(appealsCourt))
      .toEqual(['ca2', 'ca2', 'ca2', 'ca1', 'ca3', 'ca5', 'ca8', 'ca11', 'cadc', 'cafc', 'cafc']);
    expect([appealsCourt('ca9'), appealsCourt('jpml'), appealsCourt('zzz'), appealsCourt(null)]).toEqual([null, null, null, null]);
  });

  it('pairs each district with its bankruptcy court, and finds the circuit\'s panel where there is one', () => {
    expect([siblingCourt('cand', 'bankruptcy'), siblingCourt('deb', 'district'), siblingCourt('nysb-mega', 'district'), siblingCourt('akd', 'bankruptcy')])
      .toEqual(['canb', 'ded', 'nysd', 'akb']);
    expect([siblingCourt('ca9', 'district'), siblingCourt('jpml', 'bankruptcy')]).toEqual([null, null]);
    expect([appellatePanel('canb'), appellatePanel('nysb'), appellatePanel('mab')]).toEqual(['bap9', null, 'bap1']);
  });
});
