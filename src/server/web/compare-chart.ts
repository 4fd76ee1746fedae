/**
 * The page's chart of several events' gaps by day on one chart.
 */
import { type ChartOut, dayLabel, gapLabel, PALETTE, type SinceSeries } from './chart-out.ts';
import { dayFrame } from './day-frame.ts';
import { esc, svgRoot } from './svg.ts';

/** Line dashes, in turn with the palette: solid, long, short, dash-dot. */
const DASHES = ['', '8,4', '3,3', '10,3,2,3', '5,5', '1,3'];

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
  // Each line has its own dash as well as its colour (colour is never the only cue).
  const items = events.map((e, i) => ({
    label: e.label,
    color: PALETTE[i % PALETTE.length],
    dash: DASHES[i % DASHES.length] || undefined,
  }));
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
    const dash = items[k].dash ? ` stroke-dasharray="${items[k].dash}"` : '';
    body += `<path d="${d}" fill="none" stroke="${items[k].color}" stroke-width="${e.date === current ? 3.5 : 2}"${dash}/>${dots}`;
  });
  const title = `Gap by day, ${events.length} event${events.length === 1 ? '' : 's'} compared`;
  // The key numbers in words: each event's gap on the last day every event has.
  const last = Math.max(...events.map((e) => e.series.day.at(-1) ?? Number.NEGATIVE_INFINITY));
  const at = events.map((e) => {
    const i = e.series.day.indexOf(last);
    const v = i < 0 ? null : e.series.spread[i];
    return `${e.label} ${v === null ? 'n/a' : gapLabel(v)}`;
  });
  const desc = `Small minus large by trading day for ${events.length} event${events.length === 1 ? '' : 's'}; on day ${dayLabel(last)}: ${at.join(', ')}.`;
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
