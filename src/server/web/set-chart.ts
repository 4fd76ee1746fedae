/**
 * The page's event-set panel: every presidential election on the same window, smallest-minus-largest decile
 * (French daily VW, NYSE calendar, from /api/event-set), ranked, with the chosen event marked and values on
 * hover. Hidden when the chosen event is not an election; says so when the store lacks the series.
 */
import * as Plot from '@observablehq/plot';
import { pp } from '../../findings/format.ts';
import { $, getJson } from './dom.ts';

interface SetRow {
  label: string;
  eventDate: string;
  value: number;
  rank: number;
  percentile: number;
}

/**
 * Fills #set-chart for an event of the elections set over days [0, to]; hides the section otherwise.
 * `current` says whether the page still wants this answer (a newer choice wins over a late reply).
 * @example await showEventSet('2016-11-08', 2, ['2016-11-08', '2020-11-03'])
 */
export async function showEventSet(
  event: string,
  to: number,
  elections: string[],
  current: () => boolean = () => true,
): Promise<void> {
  const section = $('set-section');
  section.hidden = !elections.includes(event);
  if (section.hidden) return;
  const end = Math.max(0, Math.min(250, to));
  $('set-title').textContent = `Every presidential election, days [0, ${end}]: smallest minus largest decile`;
  try {
    const r = await getJson<{ rows: SetRow[]; skipped: unknown[] }>(
      `/api/event-set?set=elections&from=0&to=${end}`,
    );
    if (!current()) return;
    const rows = [...r.rows].sort((a, b) => b.value - a.value);
    const chart = Plot.plot({
      width: Math.min(940, $('set-chart').clientWidth || 900),
      height: 24 + rows.length * 18,
      marginLeft: 260,
      x: { label: 'spread (pp)', tickFormat: (v: number) => `${(v * 100).toFixed(0)}`, grid: true },
      y: { label: null, domain: rows.map((d) => d.label) },
      marks: [
        Plot.barX(rows, {
          y: 'label',
          x: 'value',
          fill: (d: SetRow) => (d.eventDate === event ? '#d6502b' : '#9aa5b1'),
        }),
        Plot.ruleX([0]),
        Plot.tip(
          rows,
          Plot.pointerY({
            y: 'label',
            x: 'value',
            title: (d: SetRow) =>
              `${d.label}\n${d.value >= 0 ? '+' : '−'}${pp(d.value, true)}; rank ${d.rank} of ${rows.length}; ${d.percentile.toFixed(0)}th percentile of all windows`,
          }),
        ),
      ],
    });
    $('set-chart').replaceChildren(chart);
  } catch (err) {
    if (current()) $('set-chart').textContent = `Not available: ${(err as Error).message}`;
  }
}
