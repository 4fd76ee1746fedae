/**
 * The page's charts as SVG strings (svg.ts): both legs since the event, the gap by day, every election of a
 * set ranked, and several events' gaps on one chart. Each returns its title, description, SVG, the table of
 * its data (the "table" toggle) and its source line (drawn into exports).
 * Day d is the session t0 + d (t0 = 0 is the first session after the news; the base close is day −1).
 */
import { pp, signedPct } from '../../findings/format.ts';
import {
  dayTicks,
  esc,
  type Linear,
  linear,
  MUTED,
  marginFor,
  svgRoot,
  textWidth,
  valueAxis,
  xAxis,
  yAxis,
} from './svg.ts';

/** A chart ready for a card. */
export interface ChartOut {
  id: string;
  title: string;
  desc: string;
  svg: string;
  table: { head: string[]; rows: string[][] };
  /** Source and data-through line drawn into exports. */
  source: string;
}

/** The series part of a returns-since answer. */
export interface SinceSeries {
  day: number[];
  date: string[];
  small: (number | null)[];
  large: (number | null)[];
  spread: (number | null)[];
}

/** Colours: text-safe on white (contrast >= 4.5:1), so also >= 3:1 as marks. */
export const COLORS = { small: '#b93a0e', large: '#1d4ed8', muted: '#5f6b7a' };
/** Several events, one colour each (each >= 4.5:1 on white). */
export const PALETTE = [
  '#b93a0e',
  '#1d4ed8',
  '#047857',
  '#7c3aed',
  '#a16207',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
];

/** A leg's name without the breakpoint note, for titles. */
const bare = (name: string) => name.replace(/ \(NYSE breakpoints\)$/, '');
const gapLabel = (v: number) => `${v >= 0 ? '+' : '\u2212'}${pp(v, true)}`;
const dayLabel = (d: number) => (d < 0 ? `\u2212${-d}` : String(d));

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

interface Frame {
  ml: number;
  top: number;
  bottom: number;
  x: Linear;
  y: Linear;
  head: string;
}

/** Margins, scales and axes for a by-day chart of decimal values. */
function dayFrame(
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

/**
 * Both legs since the base close, by day (dashed line: the news, between day −1 and day 0).
 * @example sinceChart(r.series, { small: 'Smallest 10%', large: 'Largest 10%' }, 720, 'Source: …')
 */
export function sinceChart(
  s: SinceSeries,
  names: { small: string; large: string },
  width: number,
  source: string,
): ChartOut {
  const legs = [
    { key: 'small' as const, label: names.small, color: COLORS.small },
    { key: 'large' as const, label: names.large, color: COLORS.large },
  ];
  const vals = [...s.small, ...s.large].filter((v): v is number => v !== null);
  const f = dayFrame(s.day, vals, {
    width,
    height: width < 500 ? 280 : 320,
    legend: legs,
    unit: '%',
    yTitle: 'return since the base close (%)',
    pad: s.day.length === 1 ? 0.5 : 0,
  });
  let body = f.head;
  if (s.day[0] <= -1 && s.day[s.day.length - 1] >= 0)
    body += `<line x1="${f.x(-0.5)}" x2="${f.x(-0.5)}" y1="${f.top}" y2="${f.bottom}" stroke="${MUTED}" stroke-dasharray="4,3"/>`;
  for (const leg of legs) {
    let d = '';
    let dots = '';
    s.day.forEach((day, i) => {
      const v = s[leg.key][i];
      if (v === null) return;
      const px = f.x(day).toFixed(1);
      const py = f.y(v).toFixed(1);
      d += `${d ? 'L' : 'M'}${px},${py}`;
      dots += `<circle class="mark" cx="${px}" cy="${py}" r="3.5" fill="${leg.color}" data-value="${v}"><title>${esc(`${leg.label}: day ${day} (${s.date[i]}) ${signedPct(v)} since the base close`)}</title></circle>`;
    });
    body += `<path d="${d}" fill="none" stroke="${leg.color}" stroke-width="2.5"/>${dots}`;
  }
  const last = s.day.length - 1;
  const title = `Since the event: ${bare(names.small)} and ${bare(names.large)}`;
  const desc = `Return since the base close by trading day, days ${s.day[0]} to ${s.day[last]} (${s.date[0]} to ${s.date[last]}). On day ${s.day[last]}: ${names.small} ${s.small[last] === null ? 'n/a' : signedPct(s.small[last] as number)}, ${names.large} ${s.large[last] === null ? 'n/a' : signedPct(s.large[last] as number)}.`;
  return {
    id: 'since',
    title,
    desc,
    svg: svgRoot({ id: 'since-svg', width, height: width < 500 ? 280 : 320, title, desc }, body),
    table: {
      head: ['Day', 'Date', `${names.small} (%)`, `${names.large} (%)`],
      rows: s.day.map((d, i) => [dayLabel(d), s.date[i], fmtPct(s.small[i]), fmtPct(s.large[i])]),
    },
    source,
  };
}

const fmtPct = (v: number | null) => (v === null ? 'n/a' : signedPct(v));

/**
 * The gap (small minus large) by day as bars, in the small leg's colour when small caps lead.
 * @example spreadChart(r.series, 720, 'Source: …')
 */
export function spreadChart(
  s: SinceSeries,
  names: { small: string; large: string },
  width: number,
  source: string,
): ChartOut {
  const height = 240;
  const vals = s.spread.filter((v): v is number => v !== null);
  const f = dayFrame(s.day, vals, {
    width,
    height,
    legend: [],
    unit: '',
    yTitle: 'gap, small minus large (percentage points)',
    pad: 0.5,
  });
  const bw = Math.max(1, Math.min(28, (f.x(1) - f.x(0)) * 0.7));
  let body = f.head;
  s.day.forEach((day, i) => {
    const v = s.spread[i];
    if (v === null) return;
    const y0 = f.y(0);
    const y1 = f.y(v);
    body += `<rect class="mark" x="${(f.x(day) - bw / 2).toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${bw.toFixed(1)}" height="${Math.max(0.5, Math.abs(y1 - y0)).toFixed(1)}" fill="${v >= 0 ? COLORS.small : COLORS.large}" data-value="${v}" data-day="${day}"><title>${esc(`day ${day} (${s.date[i]}): gap ${gapLabel(v)}`)}</title></rect>`;
  });
  const last = s.day.length - 1;
  const title = `Gap by day: ${bare(names.small)} minus ${bare(names.large)}`;
  const desc = `Gap in percentage points by trading day, days ${s.day[0]} to ${s.day[last]}; on day ${s.day[last]} (${s.date[last]}): ${s.spread[last] === null ? 'n/a' : gapLabel(s.spread[last] as number)}.`;
  return {
    id: 'spread',
    title,
    desc,
    svg: svgRoot({ id: 'spread-svg', width, height, title, desc }, body),
    table: {
      head: ['Day', 'Date', 'Gap (pp)'],
      rows: s.day.map((d, i) => [
        dayLabel(d),
        s.date[i],
        s.spread[i] === null ? 'n/a' : gapLabel(s.spread[i] as number),
      ]),
    },
    source,
  };
}

/** One row of the ranked set chart. */
export interface SetRow {
  label: string;
  eventDate: string;
  value: number;
  rank: number;
  percentile: number;
}

/**
 * Every event of a set on one window, ranked, the chosen one highlighted; labels sized to fit.
 * @example setChart(rows, '2016-11-08', { title: '…', width: 720, source: '…' })
 */
export function setChart(
  rows: SetRow[],
  current: string,
  o: { title: string; width: number; source: string },
): ChartOut {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const label = (r: SetRow) =>
    r.label.replace(/ presidential election| midterm elections?/, '').replace(/\) \(.*$/, ')');
  const labels = sorted.map(label);
  const ml = marginFor(labels, 40);
  const band = 20;
  const top = 8;
  const height = top + sorted.length * band + 46;
  const bottom = top + sorted.length * band;
  const axis = valueAxis(
    sorted.map((r) => r.value),
    { count: Math.max(3, Math.round((o.width - ml) / 80)), scale: 100, sign: true },
  );
  const x = linear(axis.domain, [ml, o.width - 14]);
  let body = `<g class="axis" data-axis="x" aria-hidden="true">`;
  for (const t of axis.ticks) {
    const px = x(t.value).toFixed(1);
    body += `<g class="tick" data-value="${t.value}" transform="translate(${px},0)"><line y1="${top}" y2="${bottom}" stroke="${t.value === 0 ? '#59616a' : '#e3e7eb'}"/><text y="${bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(t.label)}</text></g>`;
  }
  body += `<text x="${o.width - 14}" y="${bottom + 36}" text-anchor="end" fill="${MUTED}">gap, small minus large (percentage points)</text></g>`;
  sorted.forEach((r, i) => {
    const y = top + i * band;
    const x0 = x(0);
    const x1 = x(r.value);
    const hl = r.eventDate === current;
    body += `<text x="${ml - 6}" y="${y + band / 2}" dy="0.32em" text-anchor="end" font-weight="${hl ? 'bold' : 'normal'}">${esc(labels[i])}</text>`;
    body += `<rect class="mark" x="${Math.min(x0, x1).toFixed(1)}" y="${y + 3}" width="${Math.max(0.5, Math.abs(x1 - x0)).toFixed(1)}" height="${band - 6}" fill="${hl ? COLORS.small : COLORS.muted}" data-value="${r.value}" data-event="${r.eventDate}"><title>${esc(`${r.label}: ${gapLabel(r.value)}; rank ${r.rank} of ${sorted.length}`)}</title></rect>`;
  });
  const at = sorted.findIndex((r) => r.eventDate === current);
  const desc = `${sorted.length} events ranked by the gap, widest in favour of small caps first${at >= 0 ? `; the chosen event is ${at + 1} of ${sorted.length} at ${gapLabel(sorted[at].value)}` : ''}.`;
  return {
    id: 'set',
    title: o.title,
    desc,
    svg: svgRoot({ id: 'set-svg', width: o.width, height, title: o.title, desc }, body),
    table: {
      head: ['Rank', 'Event', 'Date', 'Gap (pp)', 'Percentile of all windows'],
      rows: sorted.map((r) => [
        String(r.rank),
        r.label,
        r.eventDate,
        gapLabel(r.value),
        `${r.percentile.toFixed(0)}`,
      ]),
    },
    source: o.source,
  };
}

/**
 * Several events' gaps by day on one chart, one line each (the chosen event thicker).
 * @example compareChart([{ label: '2016', series }], '2016', 720, 'Source: …')
 */
export function compareChart(
  events: { label: string; date: string; series: SinceSeries }[],
  current: string,
  width: number,
  source: string,
): ChartOut {
  const days = [...new Set(events.flatMap((e) => e.series.day))].sort((a, b) => a - b);
  const items = events.map((e, i) => ({ label: e.label, color: PALETTE[i % PALETTE.length] }));
  const vals = events.flatMap((e) => e.series.spread.filter((v): v is number => v !== null));
  const height = width < 500 ? 300 : 320;
  const f = dayFrame(days, vals, {
    width,
    height,
    legend: items,
    unit: '',
    yTitle: 'gap, small minus large (percentage points)',
    pad: days.length === 1 ? 0.5 : 0,
  });
  let body = f.head;
  events.forEach((e, k) => {
    let d = '';
    let dots = '';
    e.series.day.forEach((day, i) => {
      const v = e.series.spread[i];
      if (v === null) return;
      const px = f.x(day).toFixed(1);
      const py = f.y(v).toFixed(1);
      d += `${d ? 'L' : 'M'}${px},${py}`;
      dots += `<circle class="mark" cx="${px}" cy="${py}" r="3" fill="${items[k].color}" data-value="${v}"><title>${esc(`${e.label}: day ${day} (${e.series.date[i]}) gap ${gapLabel(v)}`)}</title></circle>`;
    });
    body += `<path d="${d}" fill="none" stroke="${items[k].color}" stroke-width="${e.date === current ? 3.5 : 2}"/>${dots}`;
  });
  const title = `Gap by day, ${events.length} event${events.length === 1 ? '' : 's'} compared`;
  const desc = `Small minus large by trading day for ${events.map((e) => e.label).join(', ')}.`;
  return {
    id: 'compare',
    title,
    desc,
    svg: svgRoot({ id: 'compare-svg', width, height, title, desc }, body),
    table: {
      head: ['Day', ...events.map((e) => `${e.label} (pp)`)],
      rows: days.map((d) => [
        dayLabel(d),
        ...events.map((e) => {
          const i = e.series.day.indexOf(d);
          const v = i < 0 ? null : e.series.spread[i];
          return v === null ? 'n/a' : gapLabel(v);
        }),
      ]),
    },
    source,
  };
}
