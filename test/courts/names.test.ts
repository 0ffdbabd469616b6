import { describe, expect, it } from 'vitest';
import { pacerIdFromCitation, pacerIdFromName } from '../../lib/courts';
import { allCourtInfo } from '../../lib/courts/details';

describe('pacerIdFromName', () => {
  it('reads every name of the table back to its id', () => {
    for (const c of allCourtInfo().values()) {
      if (c.id === 'nysb-mega') continue; // shares S.D.N.Y.'s name; the plain court wins
      expect(pacerIdFromName(c.name), c.name).toBe(c.id);
    }
  });

  it('reads the wordings CourtListener and captions use', () => {
    const rows: Array<[string, string]> = [
      ['District Court, N.D. California', 'cand'],
      ['U.S. Court of Appeals for the Ninth Circuit', 'ca9'],
      ['United States Court of Appeals for the 2nd Circuit', 'ca2'],
      ['Court of Appeals for the Eleventh Circuit', 'ca11'],
      ['United States Court of Appeals, District of Columbia Circuit', 'cadc'],
      ['United States District Court for the Western District of Virginia', 'vawd'],
      ['UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA', 'cand'],
      ['United States Bankruptcy Court for the District of Delaware', 'deb'],
      ['United States Bankruptcy Court, S.D. New York', 'nysb'],
      ['District Court, D. Kansas', 'ksd'],
      ['District Court, D. Arkansas', ''],
      ['District Court, E.D. Arkansas', 'ared'],
      ['District Court, W.D. Virginia', 'vawd'],
      ['District Court, N.D. West Virginia', 'wvnd'],
      ['District Court, D. North Dakota', 'ndd'],
      ['District Court, D. South Dakota', 'sdd'],
      ['N.D. Cal.', 'cand'],
      ['S.D.N.Y.', 'nysd'],
      ['D. Mass.', 'mad'],
      ['Bankr. D. Del.', 'deb'],
      ['United States Court of Federal Claims', 'cofc'],
      ['Court of International Trade', 'cit'],
      ['Judicial Panel on Multidistrict Litigation', 'jpml'],
      ['United States Court of Appeals for Veterans Claims', 'cavc'],
      ['Bankruptcy Appellate Panel of the Tenth Circuit', 'bap10'],
      ['Supreme Court of the United States', ''],
      ['Superior Court of California, County of San Francisco', ''],
      ['Superior Court of New Jersey', ''],
      ['Supreme Court of Ohio', ''],
      ['District Court of Maryland', ''],
      ['Nebraska District Court', ''],
      ['District Court of Appeal of Florida', ''],
      ['Court of Appeals of Texas', ''],
      ['Court of Appeals of Ohio, Fifth District', ''],
      ['Ninth Circuit', 'ca9'],
      ['U.S. District Court for Hawaii', 'hid'],
      ['U.S. District Court for Arkansas Eastern', 'ared'],
      ['US District Court for the Southern District of New York', 'nysd'],
      ['United States District Court for the Northern Mariana Islands', 'nmid'],
      ['U. S. Bankruptcy Appellate Panel for the Ninth Circuit', 'bap9'],
      ['United States Court of Appeals for District of Columbia Circuit', 'cadc'],
      ['U.S. Tax Court', ''],
      ['', ''],
    ];
    for (const [name, id] of rows) expect(pacerIdFromName(name), name).toBe(id || null);
  });
});

describe('pacerIdFromCitation', () => {
  it('reads the citation forms of parentheticals and CourtListener results', () => {
    const rows: Array<[string, string | null]> = [
      ['N.D. Cal.', 'cand'], ['S.D.N.Y.', 'nysd'], ['D.D.C.', 'dcd'], ['D. Haw.', 'hid'], ['9th Cir.', 'ca9'], ['1st Cir.', 'ca1'],
      ['D.C. Cir.', 'cadc'], ['Fed. Cir.', 'cafc'], ['Bankr. D. Del.', 'deb'], ['Bankr. E.D. Mich.', 'mieb'], ['B.A.P. 9th Cir.', 'bap9'],
      ['9th Cir. BAP', 'bap9'], ["Ct. Int'l Trade", 'cit'], ['Fed. Cl.', 'cofc'], ['J.P.M.L.', 'jpml'], ['Vet. App.', 'cavc'],
      ['JCS', null], ['Doe v. Roe', null], ['Entered: 05/20/2021', null], ['D.E. 12', null],
    ];
    for (const [cite, id] of rows) expect(pacerIdFromCitation(cite), cite).toBe(id);
  });
});
