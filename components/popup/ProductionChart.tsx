/**
 * The production chart: cumulative pages processed against the ordered pace and the expected
 * total, drawn from lib/productions/chart.ts, with the same figures in words below it (the
 * caption is the image's accessible description). Presentational; colours come from the popup's
 * scheme variables, so it reads in light and dark.
 */
import { chartGeometry, chartText, pointsAttr, type ChartInput } from '../../lib/productions/chart';
import { formatCount } from '../../lib/productions/totals';

const W = 360;
const H = 140;
const PAD = 18;

export type ProductionChartProps = Pick<ChartInput, 'releases' | 'pace' | 'expected' | 'today'>;

export function ProductionChart(props: ProductionChartProps) {
  const g = chartGeometry({ ...props, width: W, height: H, pad: PAD });
  const text = chartText(props);
  return (
    <figure class="chart">
      <svg data-dm-chart viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Pages processed over time" aria-describedby="production-chart-text">
        <line class="chart-axis" x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} />
        <line class="chart-axis" x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} />
        <text class="chart-label" x={PAD + 2} y={PAD - 6}>
          {formatCount(g.yMax / 1.05)} pages
        </text>
        <text class="chart-label" x={PAD} y={H - 4}>
          {g.from}
        </text>
        <text class="chart-label" x={W - PAD} y={H - 4} text-anchor="end">
          {g.to}
        </text>
        {g.expectedY !== null ? <line class="chart-expected" x1={PAD} x2={W - PAD} y1={g.expectedY} y2={g.expectedY} /> : null}
        {g.pace ? <polyline class="chart-pace" points={pointsAttr(g.pace)} /> : null}
        {g.processed.length ? <polyline class="chart-processed" points={pointsAttr(g.processed)} /> : null}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        <li class="chart-processed">Processed</li>
        {g.pace ? <li class="chart-pace">Pace owed</li> : null}
        {g.expectedY !== null ? <li class="chart-expected">Expected</li> : null}
      </ul>
      <figcaption id="production-chart-text" class="small muted">
        {text}
      </figcaption>
    </figure>
  );
}
