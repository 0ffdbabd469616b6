/** The chart's geometry on hand-computed boxes. */
import { describe, expect, it } from 'vitest';
import { chartGeometry, chartText, pointsAttr } from '../../lib/productions/chart';

// 100 × 105 box, no padding: yMax = 1.05 × the largest figure, so 100 pages sit at y = 5 when the
// largest is 100; days map onto x linearly from the first to the last date.
describe('chartGeometry', () => {
  it('steps the cumulative pages up at each release and runs to today', () => {
    const g = chartGeometry({
      releases: [
        { date: '2023-01-11', pages: 40 },
        { date: '2023-01-01', pages: 60 },
      ],
      pace: null,
      expected: null,
      today: '2023-01-21',
      width: 100,
      height: 105,
    });
    expect([g.from, g.to, g.total, g.due, g.expectedY]).toEqual(['2023-01-01', '2023-01-21', 100, null, null]);
    expect(g.yMax).toBeCloseTo(105, 10);
    // Jan 1 → Jan 21 is 20 days: Jan 11 is x = 50. 60 pages: y = 105 − 60 = 45; 100 pages: y = 5.
    expect(g.processed).toEqual([
      [0, 105],
      [0, 105],
      [0, 45],
      [50, 45],
      [50, 5],
      [100, 5],
    ]);
    expect(g.pace).toBeNull();
  });

  it('steps the pace up by perMonth at each whole month and puts the expected total on a level', () => {
    const g = chartGeometry({
      releases: [{ date: '2023-03-01', pages: 150 }],
      pace: { perMonth: 100, from: '2023-01-01' },
      expected: 200,
      today: '2023-03-15',
      width: 73,
      height: 210,
    });
    // Jan 1 → Mar 15 is 73 days (x = day number); 2 whole months owe 200; yMax = 210.
    expect([g.from, g.to, g.due]).toEqual(['2023-01-01', '2023-03-15', 200]);
    expect(g.pace).toEqual([
      [0, 210],
      [31, 210],
      [31, 110],
      [59, 110],
      [59, 10],
      [73, 10],
    ]);
    expect(g.expectedY).toBe(10);
    expect(g.processed).toEqual([
      [0, 210],
      [59, 210],
      [59, 60],
      [73, 60],
    ]);
  });

  it('keeps a padding on every side and a box for nothing at all', () => {
    const g = chartGeometry({ releases: [], pace: null, expected: null, today: '2023-01-01', width: 120, height: 40, pad: 10 });
    expect(g.processed).toEqual([]);
    expect([g.from, g.to, g.total]).toEqual(['2023-01-01', '2023-01-01', 0]);
    const p = chartGeometry({ releases: [{ date: '2023-01-01', pages: 10 }], pace: null, expected: 10, today: '2023-01-02', width: 120, height: 40, pad: 10 });
    for (const [x, y] of p.processed) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(110);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(30);
    }
  });

  it('runs a pace started long ago at most ten years of steps', () => {
    const g = chartGeometry({ releases: [], pace: { perMonth: 1, from: '2000-01-01' }, expected: null, today: '2023-01-01', width: 10, height: 10 });
    expect(g.pace).toHaveLength(2 + 2 * 120);
  });
});

describe('pointsAttr and chartText', () => {
  it('writes SVG points', () => {
    expect(pointsAttr([[0, 1.5], [2, 3]])).toBe('0,1.5 2,3');
  });
  it('says the figures in words', () => {
    expect(
      chartText({ releases: [{ date: '2023-01-31', pages: 500 }, { date: '2023-02-28', pages: 850 }], pace: { perMonth: 500, from: '2023-01-15' }, expected: 3000, today: '2023-04-20' }),
    ).toBe('1,350 pages processed in 2 releases from 2023-01-31 to 2023-02-28; pace 500 pages a month from 2023-01-15: 1,500 owed by 2023-04-20; 3,000 pages expected.');
    expect(chartText({ releases: [], pace: null, expected: null, today: '2023-01-01' })).toBe('No releases yet.');
  });
});
