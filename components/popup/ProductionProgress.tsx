/**
 * Where production stands: by agency and component, pages processed of the expected volume,
 * released, withheld, referred and the withholding rate; each pace against what was processed;
 * the projected completion; and the chart. Presentational: figures from lib/productions.
 */
import type { ExpectedRecord, PaceRecord, ProductionRecord } from '../../lib/model/schema';
import { paceStatus, projectCompletion } from '../../lib/productions/pace';
import { productionProgress, type ProgressRow } from '../../lib/productions/progress';
import { formatCount } from '../../lib/productions/totals';
import { ProductionChart } from './ProductionChart';

export interface ProductionProgressProps {
  productions: readonly ProductionRecord[];
  expected: readonly ExpectedRecord[];
  paces: readonly PaceRecord[];
  /** YYYY-MM-DD in the user's zone. */
  today: string;
}

const percent = (r: ProgressRow): string => (r.percent === null ? '—' : `${Math.floor(r.percent)}%`);
const rate = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
const expectedText = (r: ProgressRow): string => (r.expected === null ? '—' : `${r.expectedApproximate ? '~' : ''}${formatCount(r.expected)}`);

export function ProductionProgress({ productions, expected, paces, today }: ProductionProgressProps) {
  const progress = productionProgress(productions, expected);
  const latest = [...paces].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0] ?? null;
  const scope = latest?.agency ?? '';
  const inScope = productions.filter((p) => !scope || p.agency === scope);
  const scopeRow = scope ? progress.rows.find((r) => r.agency === scope && !r.component) : progress.total;
  const projection = scopeRow?.expected != null ? projectCompletion(inScope, scopeRow.expected, today, latest?.perMonth ?? null) : null;

  if (!productions.length && !expected.length && !paces.length) return null;
  return (
    <div class="progress">
      {paces.length ? (
        <ul class="pace-list">
          {paces.map((p) => {
            const s = paceStatus(p, productions, today);
            return (
              <li key={p.id} class={s.state === 'behind' ? 'pace-behind' : undefined}>
                <strong>{s.text}</strong>
                <span class="muted small">
                  {' '}
                  · {p.agency || 'all agencies'}: {formatCount(p.perMonth)} pages a month from {p.from}; {formatCount(s.processed)} processed of {formatCount(s.due)} owed
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {projection ? (
        <p class="small">
          {projection.basis === 'done'
            ? `All ${formatCount(scopeRow!.expected!)} expected pages processed.`
            : `At ${formatCount(projection.perMonth)} pages a month (${projection.basis === 'observed' ? 'recent releases' : 'the ordered pace'}), the remaining ${formatCount(projection.remaining)} pages are done by ${projection.date}.`}
        </p>
      ) : null}
      {progress.rows.length ? (
        <table class="progress-table">
          <caption class="sr-only">Production by agency and component</caption>
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Processed</th>
              <th scope="col">Expected</th>
              <th scope="col">Done</th>
              <th scope="col">Released</th>
              <th scope="col">Withheld</th>
              <th scope="col">Referred</th>
              <th scope="col" title="Pages withheld in full or in part, of those processed">Withholding</th>
            </tr>
          </thead>
          <tbody>
            {progress.rows.map((r) => (
              <tr key={`${r.agency}|${r.component}`} class={r.component ? 'component-row' : undefined}>
                <th scope="row">{r.component ? `↳ ${r.component}` : r.agency || '(no agency)'}</th>
                <td>{formatCount(r.processed)}</td>
                <td>{expectedText(r)}</td>
                <td>{percent(r)}</td>
                <td>{formatCount(r.released)}</td>
                <td>{formatCount(r.withheldInFull)}</td>
                <td>{formatCount(r.referred)}</td>
                <td>{rate(r.withholdingRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ProductionChart
        releases={inScope.map((p) => ({ date: p.date, pages: p.pagesReviewed }))}
        pace={latest ? { perMonth: latest.perMonth, from: latest.from } : null}
        expected={scopeRow?.expected ?? null}
        today={today}
      />
    </div>
  );
}
