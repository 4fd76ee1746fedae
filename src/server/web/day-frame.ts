/**
 * The frame of a by-day chart: the legend drawn in the SVG, margins, scales and both axes.
 * Day d is the session t0 + d (t0 = 0 is the first session after the news; the base close is day −1).
 */
import { dayTicks, esc, type Linear, linear, marginFor, textWidth, valueAxis, xAxis, yAxis } from './svg.ts';

/** Legend rows drawn in the SVG (so exports keep them); returns the markup and its height. */
function legend(
  items: { label: string; color: string }[],
  width: number,
  x0: number,
): { svg: string; h: number } {
  let x = x0;
  let row = 0;
  let s = '';
  for (const it of items) {
    const w = 22 + textWidth(it.label) + 18;
    if (x + w > width - 8 && x > x0) {
      row++;
      x = x0;
    }
    const y = 14 + row * 20;
    s += `<rect x="${x}" y="${y - 9}" width="14" height="10" fill="${it.color}"/><text x="${x + 20}" y="${y}">${esc(it.label)}</text>`;
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
    legend: { label: string; color: string }[];
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
      'trading day (0 = first session after the news)',
      o.width - 14,
    );
  return { ml, top, bottom, x, y, head };
}
