import { describe, expect, it } from 'vitest';
import { caseKey, findCaseNumbers, looseCaseKey, parseCaseNumber, sameCase } from '../../lib/docket-number';
import type { CourtType } from '../../lib/docket-number';

const key = (court: string, text: string, type: CourtType | null = 'district'): string => {
  const parts = parseCaseNumber(text, type);
  if (!parts) throw new Error(`unparsed: ${text}`);
  return caseKey(court, parts, type);
};

describe('case identity', () => {
  it('a caption number without office is the same case as the full number in the same court', () => {
    expect(sameCase(key('cand', '23-cv-04557'), key('cand', '3:23-cv-04557-EMC'))).toBe(true);
    expect(sameCase(key('cand', '3:23-cv-04557-JCS'), key('cand', '3:23-cv-04557-EMC'))).toBe(true);
    expect(sameCase(key('cand', 'C 23-04557 JCS'), key('cand', '3:23-cv-04557'))).toBe(true);
    expect(sameCase(key('cand', '4:21–cv–2632'), key('cand', '4:21-cv-02632-DMR'))).toBe(true);
    expect(sameCase(key('dcd', '1:2016-cr-01152'), key('dcd', '1:16-cr-01152-1'))).toBe(true);
  });

  it('different offices, types, courts or years are different cases', () => {
    expect(sameCase(key('azd', '1:16-cr-01152'), key('azd', '3:16-cr-01152'))).toBe(false);
    expect(sameCase(key('azd', '2:16-cv-01152'), key('azd', '2:16-cr-01152'))).toBe(false);
    expect(sameCase(key('cand', '3:23-cv-04557'), key('cacd', '3:23-cv-04557'))).toBe(false);
    expect(sameCase(key('cand', '3:22-cv-04557'), key('cand', '3:23-cv-04557'))).toBe(false);
  });

  it('a bare bankruptcy number is the bk case of that court', () => {
    const bare = key('deb', '09-10235', 'bankruptcy');
    expect(sameCase(bare, key('deb', '1:09-bk-10235-BLS', 'bankruptcy'))).toBe(true);
    expect(sameCase(bare, key('deb', '1:09-ap-10235', 'bankruptcy'))).toBe(false);
    expect(sameCase(key('nyeb', '8-09-78585', 'bankruptcy'), key('nyeb', '8:09-bk-78585-ast', 'bankruptcy'))).toBe(true);
  });

  it('finder keys agree with parser keys for the same page court type', () => {
    const [m] = findCaseNumbers('Bankruptcy Petition #: 09-80591-JAC', { courtType: 'bankruptcy' });
    const parts = parseCaseNumber('09-80591', 'bankruptcy')!;
    expect(`deb|${m!.key}`).toBe(caseKey('deb', parts, 'bankruptcy'));
    expect(looseCaseKey('deb', parts, 'bankruptcy')).toBe('deb|09|bk|80591');
  });
});
