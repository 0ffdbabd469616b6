/**
 * A page report's cited numbers in the courts their words name (lib/pages/cited-court.ts): the
 * content script reports each number with the court its page gives it and the words around it,
 * and the background, which carries the rules, decides. Keys stay as reported (the content
 * script finds its badges by them); the kind follows the court (a bare number is an appeal in a
 * court of appeals). The cues are dropped: nothing keeps page text.
 */
import { courtType } from '../courts';
import { bareKind } from '../docket-number/identity';
import type { PageReport } from '../messages/schema';
import { citedCourt } from '../pages/cited-court';

export function withCitedCourts(report: PageReport): PageReport {
  return {
    ...report,
    mentions: report.mentions.map(({ cue, ...m }) => {
      const court = citedCourt({ ...m, court: m.court === undefined ? report.court : m.court, cue });
      if (court === undefined) return m;
      return { ...m, court, kind: m.type === null && m.kind !== 'mdl' ? bareKind(courtType(court)) : m.kind };
    }),
  };
}
