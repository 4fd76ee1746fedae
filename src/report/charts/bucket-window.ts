/**
 * Size-group returns over one event window as bars, with the market's return over the same window as a
 * dashed line: the first picture of "small beat large, and the market, by how much".
 */

import { signedPct } from '../../findings/format.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { frame, pickColors, plotBody, SIZE_COLORS } from './frame.ts';
import { plotLib } from './libs.ts';

/** The data: groups smallest first with their compounded returns (decimals), and the market's. */
export interface BucketWindowData {
  buckets: { label: string; value: number }[];
  market?: { label: string; value: number };
  /** 'over the first three sessions after the election'. */
  windowLabel: string;
  /** 'Nov. 8–11, 2016' or similar, for the subtitle. */
  dates?: string;
}

/**
 * The chart; bar labels print each value rounded as the article prints it.
 * @example bucketWindowChart({ buckets: [{ label: 'Smallest 10%', value: 0.082 }], market: { label: 'Market', value: 0.0197 }, windowLabel: 'over the first three sessions' })
 */
export function bucketWindowChart(data: BucketWindowData, options: ChartOptions = {}): Chart {
  const Plot = plotLib();
  if (data.buckets.length === 0) throw new Error('bucketWindowChart: no buckets');
  const rows = data.buckets.map((b, i) => ({
    i,
    label: b.label,
    value: b.value * 100,
    text: signedPct(b.value),
  }));
  const colors = pickColors(rows.length, SIZE_COLORS);
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const labels = rows.map((r) => r.label);
  const body = plotBody({
    width,
    height,
    marginLeft: 56,
    marginBottom: 40,
    x: {
      domain: labels,
      label: 'Size group (smallest to largest, by market value)',
      labelAnchor: 'center',
      labelArrow: 'none',
      padding: 0.2,
    },
    y: { label: 'Return (%)', grid: true, labelArrow: 'none', nice: true },
    marks: [
      Plot.barY(rows, { x: 'label', y: 'value', fill: (d: { i: number }) => colors[d.i] }),
      Plot.text(rows, {
        x: 'label',
        y: 'value',
        text: 'text',
        dy: -8,
        fontSize: 10.5,
        fill: '#222',
        stroke: 'white',
        strokeWidth: 3,
        filter: (d: { value: number }) => d.value >= 0,
      }),
      Plot.text(rows, {
        x: 'label',
        y: 'value',
        text: 'text',
        dy: 10,
        fontSize: 10.5,
        fill: '#222',
        stroke: 'white',
        strokeWidth: 3,
        filter: (d: { value: number }) => d.value < 0,
      }),
      Plot.ruleY([0], { stroke: '#888' }),
      ...(data.market
        ? [
            Plot.ruleY([data.market.value * 100], {
              stroke: '#111',
              strokeWidth: 1.5,
              strokeDasharray: '6,4',
            }),
          ]
        : []),
    ],
  });
  const legend = data.market
    ? [{ label: `${data.market.label}: ${signedPct(data.market.value)}`, color: '#111', dash: true }]
    : [];
  const title = `Returns by size ${data.windowLabel}`;
  const svg = frame(body, {
    title,
    subtitle: data.dates ? `Compounded returns, ${data.dates}.` : 'Compounded returns.',
    legend,
    source:
      options.source ??
      'Source: Kenneth R. French Data Library (size portfolios; market = Mkt-RF + RF). Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return {
    id: 'bucket-window',
    title,
    svg,
    alt: `${title}: ${rows.map((r) => `${r.label} ${r.text}`).join(', ')}`,
  };
}
