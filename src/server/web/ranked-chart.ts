/**
 * The page's chart of every event of a set on one window, ranked.
 */
import { type ChartOut, COLORS, gapLabel } from './chart-out.ts';
import { esc, linear, MUTED, marginFor, svgRoot, valueAxis } from './svg.ts';

/** One row of the ranked set chart. */
export interface SetRow {
  label: string;
  eventDate: string;
  value: number;
  rank: number;
  percentile: number;
  /** The label beside the bar when the whole one is too long or not unique (the table keeps `label`). */
  short?: string;
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
    r.short ?? r.label.replace(/ presidential election| midterm elections?/, '').replace(/\) \(.*$/, ')');
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
