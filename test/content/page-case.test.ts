import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from '../../lib/docket-number';
import { isPageCase } from '../../lib/content/page-case';

const one = (text: string, court: string | null = 'cand') => {
  const [m] = findCaseNumbers(text, { courtType: 'district' });
  if (!m) throw new Error(`no case number in ${text}`);
  return { court, key: m.key };
};

describe('isPageCase', () => {
  const page = one('3:23-cv-04557-EMC');
  it('takes a caption number without the office as the page’s case', () => {
    expect(isPageCase(one('23-cv-04557'), page)).toBe(true);
    expect(isPageCase(one('3:23-cv-04557'), page)).toBe(true);
  });
  it('keeps another office, another type, another court and no page case apart', () => {
    expect(isPageCase(one('1:23-cv-04557'), page)).toBe(false);
    expect(isPageCase(one('3:23-cr-04557'), page)).toBe(false);
    expect(isPageCase(one('3:23-cv-04557', 'nyed'), page)).toBe(false);
    expect(isPageCase(one('3:23-cv-04557'), null)).toBe(false);
  });
});
