/**
 * A found case number as it leaves the page: the fields the background's `page/report` and the
 * scan CLI both carry (no offsets: they only mean something inside this page's text).
 */
import type { ReportedCaseNumber } from '../messages/schema';
import type { CaseNumberMatch } from '../docket-number/types';

export function reportedNumber(m: CaseNumberMatch): ReportedCaseNumber {
  return {
    text: m.text,
    office: m.office,
    year: m.year,
    type: m.type,
    serial: m.serial,
    judges: m.judges,
    defendant: m.defendant,
    kind: m.kind,
    key: m.key,
  };
}
