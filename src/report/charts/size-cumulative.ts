/**
 * Cumulative return by size group from t0−5 to t0+20, rebased to 0 at the last close before the news
 * (day −1): for day d ≥ 0, Π_{j=0..d}(1 + r_j) − 1; for d < −1, 1 / Π_{j=d+1..−1}(1 + r_j) − 1.
 */

import { toDay } from '../../calendar/dates.ts';
import { compoundPath } from '../../math/compound.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { frame, pickColors, plotBody, SIZE_COLORS } from './frame.ts';
import { plotLib } from './libs.ts';

/** The data: one daily-return series per size group on shared dates, and optionally the market. */
export interface SizeCumulativeData {
  /** ISO trading dates of the rows (any span containing t0; the chart shows t0−5 … t0+20 of it). */
  dates: readonly string[];
  /** t0 (first session that can react), ISO. */
  t0: string;
  /** Groups smallest first, daily returns as decimals on `dates`. */
  series: { label: string; returns: ArrayLike<number> }[];
  market?: { label: string; returns: ArrayLike<number> };
  /** 'the election'. */
  eventLabel: string;
}

/** A signed integer with a true minus sign. */
function minus(n: number): string {
  return n < 0 ? `\u2212${-n}` : String(n);
}

/**
 * The chart. Offsets outside the data are left out (stated in the subtitle).
 * @example sizeCumulativeChart({ dates, t0: '2016-11-09', series: [{ label: 'Smallest 10%', returns }], eventLabel: 'the election' })
 */
export function sizeCumulativeChart(data: SizeCumulativeData, options: ChartOptions = {}): Chart {
  const Plot = plotLib();
  const t0 = data.dates.indexOf(data.t0);
  if (t0 < 0) throw new Error(`t0 ${data.t0} is not among the chart's dates`);
  toDay(data.t0); // throws on a malformed date
  const from = Math.max(-5, -t0);
  const to = Math.min(20, data.dates.length - 1 - t0);
  const rows: { day: number; value: number; series: string }[] = [];
  const all = [...data.series, ...(data.market ? [data.market] : [])];
  for (const s of all) {
    const c = compoundPath(s.returns, t0 - 1, t0 + from, t0 + to); // since the close of day −1
    for (let d = from; d <= to; d++)
      if (!Number.isNaN(c[d - from])) rows.push({ day: d, value: c[d - from] * 100, series: s.label });
  }
  const colors = pickColors(
    data.series.length,
    data.series.length > 3 ? SIZE_COLORS : [SIZE_COLORS[0], SIZE_COLORS[5], SIZE_COLORS[9]],
  );
  const domain = data.series.map((s) => s.label);
  const range = [...colors];
  if (data.market) {
    domain.push(data.market.label);
    range.push('#111');
  }
  const width = options.width ?? 720;
  const height = options.height ?? 340;
  const body = plotBody({
    width,
    height,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 50,
    x: {
      labelOffset: 44,
      label: `Trading days after ${data.eventLabel} (t0 = ${data.t0})`,
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: 10,
    },
    y: { label: 'Cumulative return (%)', grid: true, labelArrow: 'none' },
    color: { domain, range },
    marks: [
      Plot.ruleY([0], { stroke: '#888' }),
      Plot.ruleX([-0.5], { stroke: '#888', strokeDasharray: '3,3' }),
      Plot.line(
        rows.filter((r) => r.series !== data.market?.label),
        { x: 'day', y: 'value', stroke: 'series', strokeWidth: 2, curve: 'linear' },
      ),
      ...(data.market
        ? [
            Plot.line(
              rows.filter((r) => r.series === data.market?.label),
              { x: 'day', y: 'value', stroke: '#111', strokeWidth: 2, strokeDasharray: '5,3' },
            ),
          ]
        : []),
    ],
  });
  const legend = data.series.map((s, i) => ({ label: s.label, color: colors[i] }));
  if (data.market)
    legend.push({ label: data.market.label, color: '#111', dash: true } as (typeof legend)[number]);
  const title = `Cumulative return by size around ${data.eventLabel}`;
  const svg = frame(body, {
    title,
    subtitle: `From the close before the news (day −1 = 0), days ${minus(from)} to ${minus(to)}; dashed line: the news.`,
    legend,
    source:
      options.source ?? 'Source: Kenneth R. French Data Library (size portfolios, daily). Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return {
    id: 'size-cumulative',
    title,
    svg,
    alt: `${title}: ${data.series.map((s) => s.label).join(', ')}`,
  };
}
