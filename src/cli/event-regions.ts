/**
 * `capgap event --event DATE --regions us,europe,developed-ex-us --metric smb [--window a,b] [--json]`:
 * one event in several regions side by side, each region on its own trading calendar (US: the NYSE; other
 * regions: the days of their French factor file), with t0 stated per region and the region's market beside.
 */
import { fromDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { parseRegion, region } from '../calendar/regions.ts';
import type { MarketEvent } from '../events/event-sets.ts';
import { type RegionLeg, regionsSideBySide } from '../events/regions-side-by-side.ts';
import { regionalMetric, regionCalendar } from '../queries/region-series.ts';
import { loadSeries } from '../queries/series.ts';
import type { Store } from '../store/store.ts';
import { io, printJson } from './context.ts';

const pct = (x: number | null) =>
  x !== null && Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a';

/** Runs the regions mode of `capgap event`. */
export async function runRegions(
  store: Store,
  o: { regions: string; metric: string; event: MarketEvent; window: [number, number]; json?: boolean },
): Promise<void> {
  const ids = o.regions.split(',').map(parseRegion);
  const legs: RegionLeg[] = [];
  for (const id of ids) {
    const spec = regionalMetric(o.metric, id);
    if (/\s[+-]\s/.test(spec)) throw new Error(`--regions takes one series per region, e.g. --metric smb`);
    const series = await loadSeries(store, spec);
    const market = await loadSeries(store, id === 'us' ? 'market' : `${id}:market`);
    const calendar =
      id === 'us'
        ? nyseCalendar({ to: fromDay(series.days[series.days.length - 1]) })
        : await regionCalendar(store, id);
    legs.push({ region: region(id).label, calendar, series, market });
  }
  const rows = regionsSideBySide(legs, o.event, o.window);
  const conventions = {
    window: `window [t0+${o.window[0]}, t0+${o.window[1]}] in each region's own trading days (US: NYSE sessions; other regions: the dates of their French factor file); news ${o.event.timing}, so t0 is found per region`,
    returns:
      'returns compounded daily from the base close; SMB compounded as a long-short position rebalanced daily',
    currency:
      "all returns in US dollars; SMB is French small-minus-big with each region's own breakpoints (big = top 90% of the region's market cap); market = Mkt-RF + RF",
  };
  if (o.json)
    return printJson({
      event: {
        eventDate: o.event.date,
        timing: o.event.timing,
        label: o.event.label && o.event.label !== o.event.date ? o.event.label : null,
      },
      window: { from: o.window[0], to: o.window[1] },
      unit: 'decimal',
      rows,
      conventions,
    });
  const out = [
    `${o.metric} around ${o.event.label} (${o.event.date}), window [t0+${o.window[0]}, t0+${o.window[1]}], in US dollars`,
  ];
  out.push(
    `  ${'region'.padEnd(18)}${'t0'.padEnd(12)}${'closes'.padEnd(26)}${'value'.padStart(9)}${'market'.padStart(10)}`,
  );
  for (const r of rows)
    out.push(
      `  ${r.region.padEnd(18)}${r.t0.padEnd(12)}${`${r.baseDate} → ${r.endDate}`.padEnd(26)}${pct(r.value).padStart(9)}${pct(r.market).padStart(10)}`,
    );
  out.push('', 'Sources and conventions');
  for (const r of rows) out.push(`  - ${r.region}: ${r.series} (${r.basis}; ${r.source})`);
  for (const c of Object.values(conventions)) out.push(`  - ${c}`);
  io().out(out.join('\n'));
}
