/**
 * `capgap event --event DATE --series SPEC [--benchmark SPEC] [--window a,b] [--model M] [--json]`:
 * an event study of one series around one event (or every event of `--set`): abnormal returns, CAR, BHAR
 * and the significance tests, with the conventions that define them.
 */
import { defineCommand } from 'citty';
import { fromDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import {
  anchorEvent,
  NEWS_TIMINGS,
  type NewsTiming,
  type TradingCalendar,
} from '../calendar/trading-days.ts';
import {
  type CloseWindow,
  eventMonthWindow,
  monthToDateWindow,
  parseWindow,
  relativeWindow,
  sinceEventWindow,
} from '../calendar/windows.ts';
import { type MarketEvent, makeEvent } from '../events/event-sets.ts';
import { eventStudy } from '../events/event-study.ts';
import { parseModel } from '../events/models.ts';
import { type AlignOptions, alignReturns, returnOver, type Series } from '../events/series.ts';
import { loadEventSet, loadSeries } from '../queries/series.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { runRegions } from './event-regions.ts';
import { seriesSourceFor, storeArg } from './store-arg.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a');
const num = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const pval = (p: number) => (!Number.isFinite(p) ? 'n/a' : p < 0.0001 ? p.toExponential(1) : p.toFixed(4));

export default defineCommand({
  meta: {
    name: 'event',
    description: DESCRIPTIONS.event,
  },
  args: {
    event: { type: 'string', description: 'event date YYYY-MM-DD (or use --set)' },
    set: { type: 'string', description: 'an event set: elections, midterms, brexit, or a CSV/JSON file' },
    timing: {
      type: 'string',
      description: `when the news came: ${NEWS_TIMINGS.join(' | ')}`,
      default: 'after-close',
    },
    series: {
      type: 'string',
      description: 'the series, comma-separated for several: "french:Lo 10", "IWM", "^RUT", "IWM:price"',
    },
    regions: {
      type: 'string',
      description:
        'regions side by side, each on its own calendar: us,europe,developed-ex-us (with --metric)',
    },
    metric: {
      type: 'string',
      description: 'with --regions: the series in each region (smb, market)',
      default: 'smb',
    },
    benchmark: {
      type: 'string',
      description: 'benchmark series (default: market = Mkt-RF + RF)',
      default: 'market',
    },
    window: { type: 'string', description: 'event window a,b in sessions relative to t0', default: '0,2' },
    estimation: { type: 'string', description: 'estimation window relative to t0', default: '-250,-11' },
    model: {
      type: 'string',
      description: 'market-model | mean-adjusted | market-adjusted | size-adjusted',
      default: 'market-model',
    },
    'min-obs': { type: 'string', description: 'fewest estimation observations', default: '30' },
    to: { type: 'string', description: 'also the return since the event to this date (one event)' },
    gaps: {
      type: 'string',
      description: 'a missing session in a price file: nan (window is n/a) | span',
      default: 'nan',
    },
    ...commonArgs,
    ...storeArg,
  },
  async run({ args }) {
    let window: [number, number];
    let estimation: [number, number];
    let model: ReturnType<typeof parseModel>;
    let events: MarketEvent[];
    try {
      window = parseWindow(args.window);
      estimation = parseWindow(args.estimation, 'estimation window');
      model = parseModel(args.model);
      if (!args.event === !args.set) throw new Error('give either --event DATE or --set NAME|FILE');
      events = args.event
        ? [makeEvent({ date: args.event, timing: args.timing as NewsTiming }, '--event')]
        : loadEventSet(args.set as string);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    const minObs = Number(args['min-obs']);
    if (!Number.isInteger(minObs) || minObs < 3)
      throw new CliError(`invalid --min-obs: ${args['min-obs']}; expected an integer >= 3`, 2);
    if (args.gaps !== 'nan' && args.gaps !== 'span') {
      throw new CliError(`invalid --gaps: ${JSON.stringify(args.gaps)}; expected "nan" or "span"`, 2);
    }
    const align = { gaps: args.gaps as 'nan' | 'span' };
    if (!args.regions === !args.series) throw new CliError('give either --series SPEC or --regions LIST', 2);
    const store = await openStore(args.db);
    try {
      const from = await seriesSourceFor(args, store);
      if (args.regions) {
        if (events.length !== 1) throw new CliError('--regions takes one --event', 2);
        const o = { regions: args.regions, metric: args.metric, event: events[0], window, json: args.json };
        return await runRegions(store, o).catch((err: Error) => {
          throw new CliError(err.message, 2);
        });
      }
      const many: Series[] = [];
      for (const spec of (args.series as string).split(',')) many.push(await loadSeries(store, spec, from));
      const series = many[0];
      const bench = model === 'mean-adjusted' ? null : await loadSeries(store, args.benchmark, from);
      const lastDay = Math.max(...[...many, ...(bench ? [bench] : [])].map((x) => x.days[x.days.length - 1]));
      const cal = nyseCalendar({ to: fromDay(lastDay) });
      const r = eventStudy(
        many.map((x) => ({ name: x.name, returns: alignReturns(x, cal, align) })),
        bench ? alignReturns(bench, cal, align) : null,
        cal,
        events,
        {
          window,
          estimation,
          model,
          minObs,
        },
      );
      const returns =
        events.length === 1 && many.length === 1
          ? windowReturns(series, bench, cal, events[0], window, args.to, align)
          : [];
      const result = {
        returns,
        series: many.map((x) => ({ name: x.name, basis: x.basis, source: x.source })),
        benchmark: bench ? { name: bench.name, basis: bench.basis, source: bench.source } : null,
        calendar: 'NYSE',
        ...r,
      };
      if (args.json) return printJson(result);
      const out: string[] = [];
      for (const x of many) out.push(`Event study: ${x.name} (${x.basis}; ${x.source})`);
      if (bench)
        out.push(
          `  benchmark: ${bench.name} (${bench.source}); model: ${r.model}; estimation [${estimation}] sessions rel. t0`,
        );
      else out.push(`  model: ${r.model}; estimation [${estimation}] sessions rel. t0`);
      for (const e of r.events) {
        out.push('');
        out.push(
          `${many.length > 1 ? `${e.subject}, ` : ''}${e.label}: news ${events.find((x) => x.date === e.eventDate)?.timing}, t0 = ${e.t0Date}, base close ${e.baseDate}; α ${num(e.fit.alpha * 100, 3)}%, β ${num(e.fit.beta)}, σ ${num(e.fit.sigma * 100, 3)}% (${e.fit.m} obs)`,
        );
        out.push(
          `  ${'day'.padEnd(12)}${'AR'.padStart(9)}${'CAR'.padStart(9)}${e.bhar ? 'BHAR'.padStart(9) : ''}`,
        );
        e.dates.forEach((d, i) => {
          out.push(
            `  ${`t0+${window[0] + i} ${d}`.padEnd(12)}${pct(e.ar[i]).padStart(9)}${pct(e.car[i]).padStart(9)}${e.bhar ? pct(e.bhar[i]).padStart(9) : ''}`,
          );
        });
      }
      const L = r.aar.length;
      if (returns.length) {
        out.push('');
        out.push(
          `Returns (compounded close to close; ${series.basis}${bench ? `; benchmark ${bench.name}` : ''})`,
        );
        for (const w of returns) {
          out.push(
            `  ${w.label.padEnd(34)} ${`${w.fromDate} → ${w.toDate}`.padEnd(25)} ${pct(w.series).padStart(9)}${bench ? `   benchmark ${pct(w.benchmark ?? Number.NaN)}` : ''}`,
          );
        }
      }
      out.push('');
      out.push(
        `Tests over the window [${window}] (${r.events.length} series × event pair${r.events.length > 1 ? 's' : ''}; CAAR ${pct(r.caar[L - 1])}):`,
      );
      for (const t of r.tests) {
        out.push(
          `  ${t.label.padEnd(56)} ${num(t.cumulative[L - 1]).padStart(8)}  p = ${pval(t.pCumulative[L - 1])}  (${t.source})`,
        );
      }
      out.push('');
      out.push('Conventions');
      for (const c of r.conventions) out.push(`  - ${c}`);
      io().out(out.join('\n'));
    } finally {
      store.close();
    }
  },
});

/** The series' (and benchmark's) return over the event window, since the event, its month and month-to-date. */
function windowReturns(
  series: Series,
  bench: Series | null,
  cal: TradingCalendar,
  event: MarketEvent,
  window: [number, number],
  to: string | undefined,
  align: AlignOptions,
) {
  const anchor = anchorEvent(cal, event.date, event.timing);
  const windows: CloseWindow[] = [relativeWindow(cal, anchor, window[0], window[1])];
  if (to) windows.push(sinceEventWindow(cal, anchor, to));
  windows.push(eventMonthWindow(cal, anchor), monthToDateWindow(cal, anchor, window[1]));
  const rs = alignReturns(series, cal, align);
  const rb = bench ? alignReturns(bench, cal, align) : null;
  return windows.map((w) => ({
    label: w.label,
    fromDate: w.fromDate,
    toDate: w.toDate,
    series: returnOver(rs, w),
    benchmark: rb ? returnOver(rb, w) : null,
  }));
}
