/**
 * The docket entries of a CM/ECF docket report (district: Date Filed | # | Docket Text;
 * bankruptcy: Filing Date | # (two cells) | Docket Text) and of a history/documents report
 * (a row with the number, a Filed/Entered table and a short description, then usually a
 * "Docket Text:" row). Keyed on the shape of the rows, not on classes, which CM/ECF does not print.
 * Pure DOM.
 */
import { flatText, isoFromSlashDate, type DocketEntry } from '../docket-entry';

const NUMBER = /^\d{1,6}$/;

function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(row.children)) {
    const tag = child.tagName;
    if (tag === 'TD' || tag === 'TH') out.push(child);
  }
  return out;
}

/** A docket report row: the first cell is the filing date, the last the text. */
function reportEntry(cells: Element[], row: Element): Omit<DocketEntry, 'index'> | null {
  if (cells.length < 3 || cells.length > 5) return null;
  const filed = isoFromSlashDate(cells[0]!.textContent ?? '');
  if (!filed) return null;
  let number: string | null = null;
  for (const cell of cells.slice(1, -1)) {
    const t = flatText(cell);
    if (NUMBER.test(t)) {
      number = t;
      break;
    }
  }
  return { number, filed, text: flatText(cells[cells.length - 1]), row };
}

/** "Filed: 09/12/2017", "Filed & Entered: 01/08/2018" in a history row's dates cell. */
const FILED = /Filed(?: & Entered)?:\s*(\d{1,2}\/\d{1,2}\/\d{4})/;
const DOCKET_TEXT = /^Docket Text:\s*/;

/** A history report row: number cell, dates cell holding "Filed:", description; the docket text may follow. */
function historyEntry(cells: Element[], row: Element): Omit<DocketEntry, 'index'> | null {
  if (cells.length !== 3) return null;
  const dates = cells[1]!;
  if (!dates.querySelector('table')) return null;
  const m = FILED.exec(flatText(dates));
  if (!m) return null;
  const filed = isoFromSlashDate(m[1]!);
  const numberText = flatText(cells[0]);
  const number = NUMBER.test(numberText) ? numberText : null;
  let text = flatText(cells[2]);
  const next = row.nextElementSibling;
  if (next) {
    const nextCells = cellsOf(next);
    const body = nextCells.length === 1 ? flatText(nextCells[0]) : '';
    if (DOCKET_TEXT.test(body)) text = body.replace(DOCKET_TEXT, '');
  }
  return { number, filed, text, row };
}

/** Every docket entry on a PACER docket or history report, in page order. */
export function readPacerEntries(doc: Document): DocketEntry[] {
  const out: DocketEntry[] = [];
  for (const row of Array.from(doc.querySelectorAll('tr'))) {
    const cells = cellsOf(row);
    const entry = reportEntry(cells, row) ?? historyEntry(cells, row);
    if (entry) out.push({ index: out.length, ...entry });
  }
  return out;
}
