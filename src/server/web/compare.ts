/**
 * The compare panel: several events (picked from the sets or typed as dates) on the same scheme and window,
 * as a table (/api/compare-events) and as one chart of their gaps by day (/api/returns-since per event).
 */

import { type Since, sourceNames } from './answers.ts';
import { status } from './card.ts';
import type { ChartOut } from './chart-out.ts';
import { compareChart } from './compare-chart.ts';
import { compareTable } from './compare-table.ts';
import { getJson } from './dom.ts';
import type { QueryRef } from './query-line.ts';
import { dateProblem } from './state.ts';

/** Events named in the compare box: dates checked, at most 8, duplicates dropped. */
export function parseDates(text: string): { dates: string[]; problem: string | null } {
  const dates = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  for (const d of dates) {
    const p = dateProblem(d);
    if (p) return { dates: [], problem: p };
  }
  if (dates.length > 8) return { dates: [], problem: `${dates.length} events given; compare at most 8` };
  return { dates, problem: null };
}

/**
 * Loads both views for the events; returns the chart (or null when no event has data) and the sources used.
 * A date the data do not cover is left out of the chart with the reason, without asking the server.
 * @example (await loadCompare(['2016-11-08', '2020-11-03'], q, labelOf)).draw?.(720)
 */
export async function loadCompare(
  dates: string[],
  q: URLSearchParams,
  labelOf: (date: string) => string,
  /** Why the data cannot answer for a date (coverage.ts), or null: such a date is not asked for. */
  problem: (date: string) => string | null = () => null,
): Promise<{ draw: ((w: number) => ChartOut) | null; sources: Since['provenance']; query?: QueryRef }> {
  const cq = new URLSearchParams({
    events: dates.join(','),
    scheme: q.get('scheme') ?? '',
    weighting: q.get('weighting') ?? '',
    from: '0',
    to: String(Math.max(0, Number(q.get('to')))),
  });
  const current = q.get('event') ?? '';
  const [table, paths] = await Promise.all([
    getJson<{ events: Parameters<typeof compareTable>[0] }>(`/api/compare-events?${cq}`),
    Promise.all(
      dates.map(async (d) => {
        const gap = problem(d);
        if (gap) return { date: d, r: null, error: gap };
        const p = new URLSearchParams(q);
        p.set('event', d);
        p.delete('compare');
        p.delete('timing'); // each event's own news timing
        try {
          return { date: d, r: await getJson<Since>(`/api/returns-since?${p}`), error: null };
        } catch (err) {
          return { date: d, r: null, error: (err as Error).message };
        }
      }),
    ),
  ]);
  compareTable(
    table.events.map((e) => ({ ...e, label: labelOf(e.eventDate) })),
    current,
  );
  const ok = paths.filter((p) => p.r !== null) as { date: string; r: Since }[];
  const failed = paths.filter((p) => p.error);
  // A date that was not a session (a weekend, a holiday) starts at the next one: said, as the lead says it.
  const moved = ok.flatMap((p) =>
    (p.r.flags ?? []).filter((f) => f.kind === 't0-moved').map((f) => f.detail),
  );
  const notes = [
    ...(failed.length
      ? [`Left out of the chart: ${failed.map((f) => `${f.date} (${f.error})`).join('; ')}.`]
      : []),
    ...moved,
  ];
  status('compare-panel', notes.length ? { kind: 'info', text: notes.join(' ') } : null);
  if (!ok.length) return { draw: null, sources: [] };
  const through = ok.map((p) => p.r.dataThrough ?? p.r.endDate).sort()[0];
  const source = `Source: ${[...new Set(ok.flatMap((p) => sourceNames(p.r.provenance)))].join('; ')}; days ${ok[0].r.window.from} to ${ok[0].r.window.to} after each event; data through ${through}. Chart: capgap.`;
  const events = ok.map((p) => ({ label: labelOf(p.date), date: p.date, series: p.r.series }));
  return {
    draw: (w) => compareChart(events, current, w, source),
    sources: ok.flatMap((p) => p.r.provenance),
    query: {
      url: `/api/compare-events?${cq}`,
      range: `days 0 to ${cq.get('to')} after each event, through ${through}`,
    },
  };
}
