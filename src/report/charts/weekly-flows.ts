/**
 * Weekly net flows of a fund category as bars (inflows up, outflows down) with the record week
 * highlighted. Flows are in USD and drawn in billions.
 */

import { articleDate, usd } from '../../findings/format.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { frame, HIGHLIGHT, MUTED, plotBody } from './frame.ts';
import { plotLib } from './libs.ts';

/** The data: week-ending dates with net flows (USD) and the week to highlight. */
export interface WeeklyFlowsData {
  weeks: { weekEnd: string; flow: number }[];
  highlight: string;
  /** 'US small cap'. */
  category: string;
  /** How flows were measured: 'as reported by the vendor', 'shares outstanding × NAV'. */
  method: string;
}

/**
 * The chart.
 * @example weeklyFlowsChart({ weeks, highlight: '2016-11-11', category: 'US small cap', method: 'as reported' })
 */
export function weeklyFlowsChart(data: WeeklyFlowsData, options: ChartOptions = {}): Chart {
  const Plot = plotLib();
  const hit = data.weeks.find((w) => w.weekEnd === data.highlight);
  if (!hit) throw new Error(`highlighted week ${data.highlight} is not among the weeks`);
  const rows = data.weeks.map((w) => ({
    date: new Date(`${w.weekEnd}T00:00:00Z`),
    bn: w.flow / 1e9,
    hit: w.weekEnd === data.highlight,
  }));
  const width = options.width ?? 720;
  const height = options.height ?? 300;
  const body = plotBody({
    width,
    height,
    marginLeft: 56,
    marginBottom: 52,
    x: {
      type: 'utc',
      label: 'Week ending (Friday)',
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 48,
    },
    y: { label: 'Net flows (US$ billions)', grid: true, labelArrow: 'none' },
    marks: [
      Plot.rectY(rows, {
        x1: (d: { date: Date }) => new Date(d.date.getTime() - 6 * 86_400_000),
        x2: 'date',
        y: 'bn',
        fill: (d: { hit: boolean }) => (d.hit ? HIGHLIGHT : MUTED),
        insetLeft: 0.5,
        insetRight: 0.5,
      }),
      Plot.ruleY([0], { stroke: '#666' }),
    ],
  });
  const title = `Weekly flows into ${data.category} ETFs`;
  const svg = frame(body, {
    title,
    subtitle: `Week ended ${articleDate(hit.weekEnd)}: ${hit.flow >= 0 ? 'inflows' : 'outflows'} of ${usd(hit.flow)} (highlighted). Flows ${data.method}.`,
    legend: [
      { label: `Week ended ${articleDate(hit.weekEnd)}`, color: HIGHLIGHT },
      { label: 'Other weeks', color: MUTED },
    ],
    source: options.source ?? 'Source: ETF flows as imported (see data notes). Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return { id: 'weekly-flows', title, svg, alt: `${title}; week ended ${hit.weekEnd} highlighted` };
}
