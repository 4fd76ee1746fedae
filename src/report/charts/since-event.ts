/**
 * Indices and funds since the event: each series' cumulative return from the base close (the last close
 * before the news), P_t / P_base − 1, drawn by date.
 */

import { articleDate, signedPct } from '../../findings/format.ts';
import type { Chart, ChartOptions } from './chart.ts';
import { CATEGORY_COLORS, frame, plotBody } from './frame.ts';
import { plotLib } from './libs.ts';

/** The data: price levels by date per series, and the base date. */
export interface SinceEventData {
  series: { label: string; dates: readonly string[]; values: ArrayLike<number> }[];
  /** The base close's date (the last close before the news). */
  baseDate: string;
  /** 'the election'. */
  eventLabel: string;
  /** The chart's title and id, when it shows something other than indices and funds. */
  title?: string;
  id?: string;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The chart; points before the base date are dropped; the legend states each series' last value.
 * @example sinceEventChart({ series: [{ label: 'Russell 2000', dates, values }], baseDate: '2016-11-08', eventLabel: 'the election' })
 */
export function sinceEventChart(data: SinceEventData, options: ChartOptions = {}): Chart {
  const Plot = plotLib();
  const rows: { date: Date; value: number; series: string }[] = [];
  const legend: { label: string; color: string }[] = [];
  let last = data.baseDate;
  data.series.forEach((s, k) => {
    const b = s.dates.indexOf(data.baseDate);
    if (b < 0) throw new Error(`${s.label}: no close on the base date ${data.baseDate}`);
    const base = s.values[b];
    let lastValue = Number.NaN;
    for (let i = b; i < s.dates.length; i++) {
      const v = s.values[i] / base - 1;
      if (Number.isNaN(v)) continue;
      rows.push({ date: utc(s.dates[i]), value: v * 100, series: s.label });
      lastValue = v;
      if (s.dates[i] > last) last = s.dates[i];
    }
    legend.push({
      label: `${s.label} ${signedPct(lastValue)}`,
      color: CATEGORY_COLORS[k % CATEGORY_COLORS.length],
    });
  });
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const body = plotBody({
    width,
    height,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 52,
    x: { type: 'utc', label: 'Trading date', labelAnchor: 'center', labelArrow: 'none', labelOffset: 48 },
    y: {
      label: `Return since the close of ${articleDate(data.baseDate)} (%)`,
      grid: true,
      labelArrow: 'none',
    },
    color: { domain: data.series.map((s) => s.label), range: legend.map((l) => l.color) },
    marks: [
      Plot.ruleY([0], { stroke: '#888' }),
      Plot.line(rows, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(rows, Plot.selectLast({ x: 'date', y: 'value', z: 'series', fill: 'series', r: 3 })),
    ],
  });
  const title = data.title ?? `Indices and funds since ${data.eventLabel}`;
  const svg = frame(body, {
    title,
    subtitle: `Return from the last close before the news (${articleDate(data.baseDate)}) to ${articleDate(last)}.`,
    legend,
    source: options.source ?? 'Source: daily closes as imported (see data notes). Chart: capgap.',
    width,
    bodyHeight: height,
  });
  return {
    id: data.id ?? 'indices-since',
    title,
    svg,
    alt: `${title}: ${legend.map((l) => l.label).join(', ')}`,
  };
}
