/**
 * The page's charts (Observable Plot, bundled; no CDN): the two legs since the event and their spread,
 * by trading day relative to t0, with values on hover (Plot's pointer + tip).
 */
import * as Plot from '@observablehq/plot';
import { pp, signedPct } from '../../findings/format.ts';

/** The series part of a returns-since answer. */
export interface SinceSeries {
  day: number[];
  date: string[];
  small: (number | null)[];
  large: (number | null)[];
  spread: (number | null)[];
}

const COLORS = { small: '#d6502b', large: '#2b6cb0' };

/** Whole-day ticks: every day for short windows, else Plot's own (integers) with integer labels. */
function dayTicks(days: number[]): { ticks?: number[]; tickFormat: (d: number) => string } {
  const tickFormat = (d: number) => (Number.isInteger(d) ? String(d) : '');
  return days.length <= 31 ? { ticks: days, tickFormat } : { tickFormat };
}

/**
 * Draws both legs since the base close; day 0 is t0, the dashed rule is the base close.
 * @example el.replaceChildren(sinceChart(result.series, 'Lo 10', 'Hi 10', 900))
 */
export function sinceChart(s: SinceSeries, smallName: string, largeName: string, width: number): Element {
  const rows: { day: number; date: string; leg: string; value: number }[] = [];
  const legs = [`${smallName} (small)`, `${largeName} (large)`];
  for (let i = 0; i < s.day.length; i++) {
    const a = s.small[i];
    const b = s.large[i];
    if (a !== null) rows.push({ day: s.day[i], date: s.date[i], leg: legs[0], value: a });
    if (b !== null) rows.push({ day: s.day[i], date: s.date[i], leg: legs[1], value: b });
  }
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 56,
    x: { label: 'trading day (t0 = 0; dashed: the news)', grid: true, ...dayTicks(s.day) },
    y: { label: 'return since base close', tickFormat: (v: number) => signedPct(v), grid: true },
    color: { legend: true, domain: legs, range: [COLORS.small, COLORS.large] },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX([-0.5], { strokeDasharray: '4,3', stroke: '#888' }),
      Plot.lineY(rows, { x: 'day', y: 'value', stroke: 'leg', strokeWidth: 2 }),
      Plot.dot(rows, Plot.pointerX({ x: 'day', y: 'value', fill: 'leg', r: 4 })),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: 'day',
          y: 'value',
          title: (d: { day: number; date: string; leg: string; value: number }) =>
            `${d.leg}\nday ${d.day} (${d.date})\n${signedPct(d.value)} since base close`,
        }),
      ),
    ],
  });
}

/**
 * Draws the spread (small minus large) as bars by day, positive in the small leg's colour.
 * @example el.replaceChildren(spreadChart(result.series, 900))
 */
export function spreadChart(s: SinceSeries, width: number): Element {
  const rows: { day: number; date: string; value: number }[] = [];
  for (let i = 0; i < s.day.length; i++) {
    const v = s.spread[i];
    if (v !== null) rows.push({ day: s.day[i], date: s.date[i], value: v });
  }
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 56,
    x: { label: 'trading day (t0 = 0)', ...dayTicks(s.day) },
    y: { label: 'spread (pp)', tickFormat: (v: number) => `${(v * 100).toFixed(0)}`, grid: true },
    marks: [
      Plot.rectY(rows, {
        x1: (d: { day: number }) => d.day - 0.4,
        x2: (d: { day: number }) => d.day + 0.4,
        y: 'value',
        fill: (d: { value: number }) => (d.value >= 0 ? COLORS.small : COLORS.large),
      }),
      Plot.ruleY([0]),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: 'day',
          y: 'value',
          title: (d: { day: number; date: string; value: number }) =>
            `day ${d.day} (${d.date})\nspread ${d.value >= 0 ? '+' : '−'}${pp(d.value, true)}`,
        }),
      ),
    ],
  });
}
