/**
 * The page's two charts of one event: both legs since the base close, and the gap by day.
 */
import { signedPct } from '../../findings/format.ts';
import { bare, type ChartOut, COLORS, dayLabel, fmtPct, gapLabel, type SinceSeries } from './chart-out.ts';
import { dayFrame, marker } from './day-frame.ts';
import { esc, MUTED, svgRoot } from './svg.ts';

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
    { key: 'small' as const, label: names.small, color: COLORS.small, shape: 'circle' as const },
    { key: 'large' as const, label: names.large, color: COLORS.large, dash: '7,4', shape: 'square' as const },
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
      const tag = leg.shape === 'square' ? 'rect' : 'circle';
      dots += `<${tag} class="mark" ${marker(leg.shape, px, py, leg.color)} data-value="${v}"><title>${esc(`${leg.label}: day ${day} (${s.date[i]}) ${signedPct(v)} since the base close`)}</title></${tag}>`;
    });
    const dash = leg.dash ? ` stroke-dasharray="${leg.dash}"` : '';
    body += `<path d="${d}" fill="none" stroke="${leg.color}" stroke-width="2.5"${dash}/>${dots}`;
  }
  const last = s.day.length - 1;
  const title = `Since the event: ${bare(names.small)} and ${bare(names.large)}`;
  const desc = `Return since the base close by trading day, days ${dayLabel(s.day[0])} to ${dayLabel(s.day[last])} (${s.date[0]} to ${s.date[last]}). On day ${dayLabel(s.day[last])}: ${names.small} ${s.small[last] === null ? 'n/a' : signedPct(s.small[last] as number)}, ${names.large} ${s.large[last] === null ? 'n/a' : signedPct(s.large[last] as number)}.`;
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
  const desc = `Gap in percentage points by trading day, days ${dayLabel(s.day[0])} to ${dayLabel(s.day[last])}; on day ${dayLabel(s.day[last])} (${s.date[last]}): ${s.spread[last] === null ? 'n/a' : gapLabel(s.spread[last] as number)}.`;
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
