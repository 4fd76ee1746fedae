/**
 * `capgap event --event DATE --series SPEC [--benchmark SPEC] [--window a,b] [--model M] [--json]`:
 * an event study of one series around one event (or every event of `--set`): abnormal returns, CAR, BHAR
 * and the significance tests, with the conventions that define them.
 */
import { defineCommand } from 'citty';
import { fromDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { parseWindow } from '../calendar/windows.ts';
import { builtInEvent, type MarketEvent, makeEvent } from '../events/event-sets.ts';
import { eventStudy } from '../events/event-study.ts';
import { parseModel } from '../events/models.ts';
import { studyFlags } from '../events/quality/study-flags.ts';
import { alignReturns, type Series } from '../events/series.ts';
import { loadEventSet, loadSeries } from '../queries/series.ts';
import { quote } from '../quote.ts';
import { eventStudyJson } from '../report/json-events.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { runRegions } from './event-regions.ts';
import { windowReturns } from './event-returns.ts';
import { formatEvent } from './event-text.ts';
import { queryError } from './exit-codes.ts';
import { seriesSourceFor, storeArg } from './store-arg.ts';

export default defineCommand({
  meta: {
    name: 'event',
    description: DESCRIPTIONS.event,
  },
  args: {
    event: { type: 'string', description: 'event date YYYY-MM-DD (or use --set)' },
    set: {
      type: 'string',
      description: 'an event set: elections, midterms, brexit, fomc, or a CSV/JSON file',
    },
    timing: {
      type: 'string',
      description: `when the news came: ${NEWS_TIMINGS.join(' | ')} (default: the built-in event's on that date, a Fed decision's intraday; else after-close)`,
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
        ? [
            makeEvent(
              {
                date: args.event,
                timing: args.timing ?? builtInEvent(args.event)?.timing,
                label: builtInEvent(args.event)?.label,
              },
              '--event',
            ),
          ]
        : loadEventSet(args.set as string);
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    const minObs = Number(args['min-obs']);
    if (!Number.isInteger(minObs) || minObs < 3)
      throw new CliError(`invalid --min-obs: ${args['min-obs']}; expected an integer >= 3`, 2);
    if (args.gaps !== 'nan' && args.gaps !== 'span') {
      throw new CliError(`invalid --gaps: ${quote(args.gaps)}; expected "nan" or "span"`, 2);
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
          throw queryError(err, args.db);
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
      const flags = studyFlags(many, bench, cal, r, events, returns);
      const result = {
        flags,
        returns,
        series: many.map((x) => ({ name: x.name, basis: x.basis, source: x.source })),
        benchmark: bench ? { name: bench.name, basis: bench.basis, source: bench.source } : null,
        calendar: 'NYSE',
        ...r,
      };
      // Each window's return runs from the close of baseDate to the close of endDate (docs/json.md).
      const returnsJson = returns.map(({ fromDate, toDate, ...x }) => ({
        label: x.label,
        baseDate: fromDate,
        endDate: toDate,
        series: x.series,
        benchmark: x.benchmark,
      }));
      if (args.json) return printJson({ ...result, returns: returnsJson, ...eventStudyJson(r) });
      io().out(formatEvent({ ...result, many, bench, estimation, window, marketEvents: events }));
    } finally {
      store.close();
    }
  },
});
