/**
 * The docket entries of a CourtListener docket page: `#docket-entry-table` rows (`entry-<n>` for
 * numbered ones, `minute-entry-<pk>` for the rest) with number, date ("Apr 13, 2021") and
 * description columns (see ../shared/corpus/courtlistener-pages.md). The description's nested
 * document links ("Main Document", "Download PDF") are not part of the text. Pure DOM.
 */
import { flatText, isoFromMonthDate, type DocketEntry } from '../docket-entry';

const ROW = '#docket-entry-table > [id^="entry-"], #docket-entry-table > [id^="minute-entry-"]';

function descriptionText(cell: Element): string {
  const parts: string[] = [];
  for (const child of Array.from(cell.childNodes)) {
    if (child.nodeType === 1 && (child as Element).classList.contains('recap-documents')) continue;
    parts.push(child.textContent ?? '');
  }
  return parts.join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function readCourtListenerEntries(doc: Document): DocketEntry[] {
  const out: DocketEntry[] = [];
  for (const row of Array.from(doc.querySelectorAll(ROW))) {
    const cells = Array.from(row.children);
    if (cells.length < 3) continue;
    const numberText = flatText(cells[0]);
    out.push({
      index: out.length,
      number: /^\d{1,6}$/.test(numberText) ? numberText : null,
      filed: isoFromMonthDate(flatText(cells[1])),
      text: descriptionText(cells[2]!),
      row,
    });
  }
  return out;
}
