/**
 * Every page-type detector against its own example URLs and against every other detector's
 * examples (a cross-matrix of negatives): two detectors must never claim the same page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COURTLISTENER_DETECTORS, courtListenerPageType } from '../../lib/pages/courtlistener/page-types';
import { parseUrl, type DetectorExample, type PageDetector } from '../../lib/pages/detector';
import { PACER_DETECTORS, pacerPageType } from '../../lib/pages/pacer/page-types';
import { EXAMPLES as PACER_EXAMPLES } from '../../lib/pages/pacer/page-types.examples';
import { EXAMPLES as COURTLISTENER_EXAMPLES } from '../../lib/pages/courtlistener/page-types.examples';
import { parseHtml, type ParsedPage } from '../../scripts/scan';

const EXAMPLES: Readonly<Record<string, readonly DetectorExample[] | undefined>> = { ...PACER_EXAMPLES, ...COURTLISTENER_EXAMPLES };
const examplesOf = (d: PageDetector): readonly DetectorExample[] => EXAMPLES[d.pageType] ?? [];
const ALL: readonly PageDetector[] = [...PACER_DETECTORS, ...COURTLISTENER_DETECTORS];
const opened: ParsedPage[] = [];

function docFor(example: DetectorExample): Document | undefined {
  if (example.html === undefined) return undefined;
  const page = parseHtml(example.html, example.url);
  opened.push(page);
  return page.document;
}

afterAll(() => {
  for (const p of opened) p.close();
});

describe('page-type detectors', () => {
  it('every detector carries examples', () => {
    for (const d of ALL) expect(examplesOf(d).length, `${d.pageType} has no example URLs`).toBeGreaterThan(0);
    // And no examples for a page type no detector has (a renamed type would silently test nothing).
    expect(Object.keys(EXAMPLES).sort()).toEqual(ALL.map((d) => d.pageType).sort());
  });

  for (const d of ALL) {
    describe(d.pageType, () => {
      for (const example of examplesOf(d)) {
        it(`claims its own example ${example.url}`, () => {
          expect(d.test(parseUrl(example.url), docFor(example)), `fix ${d.pageType}: it rejects its own example`).toBe(true);
        });
      }
      it('claims no other detector\'s examples', () => {
        for (const other of ALL) {
          if (other === d) continue;
          for (const example of examplesOf(other)) {
            const claimed = d.test(parseUrl(example.url), docFor(example));
            expect(
              claimed,
              `${d.pageType} also claims ${other.pageType}'s example ${example.url}: narrow ${d.pageType}, or move the example if it belongs to ${d.pageType}`,
            ).toBe(false);
          }
        }
      });
    });
  }

  it('the page type is the example owner\'s type', () => {
    for (const d of PACER_DETECTORS) for (const e of examplesOf(d)) expect(pacerPageType(e.url, docFor(e))).toBe(d.pageType);
    for (const d of COURTLISTENER_DETECTORS) for (const e of examplesOf(d)) expect(courtListenerPageType(e.url)).toBe(d.pageType);
  });

  it('look-alike hosts are not court pages', () => {
    for (const url of [
      'https://ecf.cand.uscourts.gov.evil.example/cgi-bin/DktRpt.pl?1',
      'https://evil-uscourts.gov/cgi-bin/DktRpt.pl?1',
      'https://example.org/cgi-bin/DktRpt.pl?1',
    ]) expect(pacerPageType(url)).toBe('pacer/other');
    expect(courtListenerPageType('https://www.courtlistener.com.evil.example/docket/1/a-v-b/')).toBe('courtlistener/other');
  });

  it('unknown pages on either site are "other"', () => {
    expect(pacerPageType('https://ecf.cand.uscourts.gov/cgi-bin/ShowIndex.pl')).toBe('pacer/other');
    expect(courtListenerPageType('https://www.courtlistener.com/court/cand/')).toBe('courtlistener/other');
    expect(courtListenerPageType('https://www.courtlistener.com/c/F.3d/859/741/')).toBe('courtlistener/other');
  });
});
