/**
 * The charts a snapshot's data allow: returns by size over the window (always, when size results exist),
 * cumulative returns by size from t0−5 to t0+20 and indices since the event (when the series are given),
 * the event set ranked and weekly flows (when given).
 */
import { fromDay } from '../calendar/dates.ts';
import { type ReportEvent, windowLabel } from '../findings/build.ts';
import { shortName } from '../findings/names.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import { bucketWindowChart } from './charts/bucket-window.ts';
import type { Chart } from './charts/chart.ts';
import { eventSetChart } from './charts/event-set.ts';
import { sinceEventChart } from './charts/since-event.ts';
import { sizeCumulativeChart } from './charts/size-cumulative.ts';
import { weeklyFlowsChart } from './charts/weekly-flows.ts';
import type { SnapshotReportOptions } from './snapshot-options.ts';

/**
 * Draws the charts for `snapshotReport`; `ids` are the subjects the report covers, `toArg` the --to date.
 * @example snapshotCharts(snapshot, event, { data }, new Set(['^RUT', '^GSPC']), '2016-12-09').map((c) => c.id)
 */
export function snapshotCharts(
  s: EventSnapshot,
  event: ReportEvent,
  o: Pick<SnapshotReportOptions, 'data' | 'eventSet' | 'flows'>,
  ids: ReadonlySet<string>,
  toArg: string | undefined,
): Chart[] {
  const deciles = s.size?.groups.deciles;
  const charts: Chart[] = [];
  if (deciles && s.size) {
    charts.push(
      bucketWindowChart({
        buckets: deciles.map((b) => ({ label: shortName(b.portfolio), value: b.value })),
        market: { label: 'Market (Mkt-RF + RF)', value: deciles[0].market },
        windowLabel: windowLabel(event, s.size.window.to - s.size.window.from + 1),
        dates: `${s.size.sessions[0]} to ${s.size.sessions[s.size.sessions.length - 1]}`,
      }),
    );
  }
  if (o.data && event.t0Date) {
    const d = o.data.dailyVW;
    const dates = Array.from(d.days, fromDay);
    const m = new Map(
      Array.from(o.data.market.days, (day, k) => [day, o.data?.market.values[k] ?? Number.NaN]),
    );
    const lo = d.returns['Lo 10'];
    const hi = d.returns['Hi 10'];
    if (lo && hi && dates.includes(event.t0Date)) {
      charts.push(
        sizeCumulativeChart({
          dates,
          t0: event.t0Date,
          series: [
            { label: 'Smallest 10%', returns: lo },
            { label: 'Largest 10%', returns: hi },
          ],
          market: {
            label: 'US market (Mkt-RF + RF)',
            returns: Array.from(d.days, (day) => m.get(day) ?? Number.NaN),
          },
          eventLabel: event.short ?? 'the event',
        }),
      );
    }
    const series = o.data.prices.filter((p) => ids.has(p.id) && event.baseDate && p.days.length);
    if (series.length && event.baseDate) {
      const base = event.baseDate;
      const end = series.map((p) => fromDay(p.days[p.days.length - 1]));
      const last = toArg ?? [...end].sort()[0];
      charts.push(
        sinceEventChart({
          series: series.map((p) => {
            const dates = Array.from(p.days, fromDay);
            const from = dates.indexOf(base);
            const to = dates.findLastIndex((x) => x <= last);
            return {
              label: `${shortName(p.id)}${p.basis === 'total' ? ' (total return)' : ''}`,
              dates: dates.slice(from, to + 1),
              values: p.values.slice(from, to + 1),
            };
          }),
          baseDate: base,
          eventLabel: event.short ?? 'the event',
        }),
      );
    }
  }
  if (o.eventSet) charts.push(eventSetChart(o.eventSet));
  if (o.flows) charts.push(weeklyFlowsChart(o.flows));
  return charts;
}
