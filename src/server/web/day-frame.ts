/**
 * The frame of a by-day chart: the legend drawn in the SVG, margins, scales and both axes.
 * Day d is the session t0 + d (t0 = 0 is the first session after the news; the base close is day −1).
 */
import { dayTicks, esc, type Linear, linear, marginFor, textWidth, valueAxis, xAxis, yAxis } from './svg.ts';

/** A legend entry: the series' label, colour and, so colour is not the only cue, its line dash and marker. */
export interface LegendItem {
  label: string;
  color: string;
  /** stroke-dasharray of the series' line ('6,4'); solid when absent. */
  dash?: string;
  /** The series' marker; a circle when absent. */
  shape?: 'circle' | 'square';
}

/** A marker at (x, y): a circle or a square, the same size to the eye. */
export function marker(
  shape: LegendItem['shape'],
  x: number | string,
  y: number | string,
  fill: string,
  r = 3.5,
): string {
  const [cx, cy] = [Number(x), Number(y)];
  return shape === 'square'
    ? `x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" fill="${fill}"`
    : `cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"`;
}

/** Legend rows drawn in the SVG (so exports keep them): a line sample with the series' dash and marker. */
function legend(items: LegendItem[], width: number, x0: number): { svg: string; h: number } {
  let x = x0;
  let row = 0;
  let s = '';
  for (const it of items) {
    const w = 24 + textWidth(it.label) + 18;
    if (x + w > width - 8 && x > x0) {
      row++;
      x = x0;
    }
    const y = 14 + row * 20;
    const dash = it.dash ? ` stroke-dasharray="${it.dash}"` : '';
    const tag = it.shape === 'square' ? 'rect' : 'circle';
    s += `<line x1="${x}" x2="${x + 16}" y1="${y - 4}" y2="${y - 4}" stroke="${it.color}" stroke-width="2.5"${dash}/><${tag} ${marker(it.shape, x + 8, y - 4, it.color, 3)}/><text x="${x + 22}" y="${y}">${esc(it.label)}</text>`;
    x += w;
  }
  return { svg: `<g class="legend">${s}</g>`, h: items.length ? (row + 1) * 20 + 6 : 0 };
}

export interface Frame {
  ml: number;
  top: number;
  bottom: number;
  x: Linear;
  y: Linear;
  head: string;
}

/** Margins, scales and axes for a by-day chart of decimal values. */
export function dayFrame(
  days: number[],
  values: number[],
  o: {
    width: number;
    height: number;
    legend: LegendItem[];
    unit: string;
    yTitle: string;
    pad: number;
  },
): Frame {
  const lg = legend(o.legend, o.width, 8);
  const top = lg.h + 30;
  const bottom = o.height - 46;
  const axis = valueAxis(values, {
    count: Math.max(3, Math.round((bottom - top) / 45)),
    scale: 100,
    sign: true,
    unit: o.unit,
  });
  const ml = marginFor(axis.ticks.map((t) => t.label));
  const from = days[0];
  const to = days[days.length - 1];
  const x = linear([from - o.pad, to + o.pad], [ml, o.width - 14]);
  const y = linear(axis.domain, [bottom, top]);
  const head =
    lg.svg +
    yAxis(axis.ticks, y, ml, o.width - 14, o.yTitle) +
    xAxis(
      dayTicks(from, to, o.width - 14 - ml),
      x,
      bottom,
      'trading day (0 = the first session to trade on the news)',
      o.width - 14,
    );
  return { ml, top, bottom, x, y, head };
}
