/**
 * Loads what `buildEventReport` (src/report/event-report.ts) takes beyond the snapshot: the Russell 2000's
 * week containing t0 in its history, and weekly US small-cap ETF flows when the store holds flow data.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { periodEnd } from '../calendar/periods.ts';
import type { EventReportOptions } from '../report/event-report.ts';
import { flowsFromCategory } from '../report/from-engines.ts';
import type { Store } from '../store/store.ts';
import { weeklyCategoryFlows } from './flows-store.ts';
import { returnRecord } from './return-series.ts';

/**
 * The week record of `index` for the week holding `t0Date` (weeks end Friday), and small-cap flows for that
 * week; what is missing becomes a note, never an error.
 */
export async function loadReportExtras(
  store: Store,
  options: { event: string; t0Date: string | undefined; index?: string; category?: string },
): Promise<EventReportOptions> {
  const notes: string[] = [];
  const out: EventReportOptions = { notes };
  const index = options.index ?? '^RUT';
  const category = options.category ?? 'US small cap';
  if (!options.t0Date) return out;
  const weekEnd = fromDay(periodEnd(toDay(options.t0Date), 'week', 5));
  try {
    // A loss is ranked among losses ("the largest weekly loss since …" is the last week that fell as far).
    const r = await returnRecord(store, { id: index, period: 'week', end: weekEnd, direction: 'sign' });
    const meta = await store.one<{ vintage: string | null }>('SELECT vintage FROM datasets WHERE name = $1', [
      r.datasets[index],
    ]);
    out.week = {
      id: index,
      sessions: r.sessions,
      value: r.value,
      basis: index.startsWith('^') ? 'price index' : 'total',
      dataset: { name: r.datasets[index], vintage: meta?.vintage ?? null },
      record: r.record,
    };
  } catch (err) {
    notes.push(`${index} week ending ${weekEnd}: ${(err as Error).message}`);
  }
  try {
    const f = await weeklyCategoryFlows(store, { categories: [category], event: { date: options.event } });
    if (f.note || f.rows.length === 0) {
      notes.push(`Flows: ${f.note ?? `no ${category} flows in the store`}`);
    } else {
      const sources = await store.all<{ name: string; vintage: string | null }>(
        `SELECT DISTINCT d.name, d.vintage FROM etf_flows f JOIN datasets d ON d.name = f.source`,
      );
      out.flows = flowsFromCategory(f, { category, weekEnd, data: sources });
    }
  } catch (err) {
    notes.push(`Flows: ${(err as Error).message}`);
  }
  return out;
}
