/**
 * An event set ranked: one horizontal bar per event (largest at the top) with this event highlighted,
 * e.g. the small-minus-large spread over [0, 2] for every US presidential election since 1928.
 */

import { ordinal, signedPct } from '../../findings/format.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { frame, HIGHLIGHT, MUTED, plotBody } from './frame.ts';
import { plotLib } from './libs.ts';

/** The data: events with their values (decimals) and the one to highlight. */
export interface EventSetData {
  events: { label: string; date: string; value: number }[];
  /** Date of the highlighted event. */
  highlight: string;
  /** What the value is, with its unit: 'Smallest minus largest decile, days 0 to 2 (percentage points)'. */
  metricLabel: string;
  /** The set's name: 'US presidential elections'. */
  setName: string;
}

/**
 * The chart; the subtitle states the highlighted event's rank among the set.
 * @example eventSetChart({ events, highlight: '2016-11-08', metricLabel: 'Lo 10 − Hi 10, days 0–2 (pp)', setName: 'US presidential elections' })
 */
export function eventSetChart(data: EventSetData, options: ChartOptions = {}): Chart {
  const Plot = plotLib();
  const sorted = data.events.filter((e) => Number.isFinite(e.value)).sort((a, b) => b.value - a.value);
  const at = sorted.findIndex((e) => e.date === data.highlight);
  if (at < 0) throw new Error(`highlighted event ${data.highlight} is not in the set`);
  const rows = sorted.map((e) => ({
    ...e,
    pct: e.value * 100,
    hit: e.date === data.highlight,
    text: signedPct(e.value).replace('%', ''),
  }));
  const width = options.width ?? 720;
  const height = options.height ?? Math.max(200, 18 * rows.length + 50);
  const body = plotBody({
    width,
    height,
    marginLeft: 110,
    marginRight: 50,
    y: { domain: rows.map((r) => r.label), label: null, padding: 0.15, tickSize: 0 },
    x: { label: data.metricLabel, grid: true, labelAnchor: 'center', labelArrow: 'none', nice: true },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'pct', fill: (d: { hit: boolean }) => (d.hit ? HIGHLIGHT : MUTED) }),
      Plot.text(rows, {
        y: 'label',
        x: 'pct',
        text: 'text',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        fill: '#222',
        filter: (d: { pct: number }) => d.pct >= 0,
      }),
      // Negative values are labelled just right of zero, clear of the category labels on the left.
      Plot.text(rows, {
        y: 'label',
        x: 0,
        text: 'text',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        fill: '#222',
        filter: (d: { pct: number }) => d.pct < 0,
      }),
      Plot.ruleX([0], { stroke: '#666' }),
    ],
  });
  const hit = rows[at];
  const title = `${hit.label} against all ${data.setName}`;
  const svg = frame(body, {
    title,
    subtitle: `${at === 0 ? 'The largest' : `The ${ordinal(at + 1)} largest`} of ${rows.length}, highlighted.`,
    legend: [
      { label: hit.label, color: HIGHLIGHT },
      { label: `Other ${data.setName}`, color: MUTED },
    ],
    source:
      options.source ?? 'Source: Kenneth R. French Data Library (size portfolios, daily). Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return { id: 'event-set', title, svg, alt: `${title}: ${hit.label} ranks ${at + 1} of ${rows.length}` };
}
