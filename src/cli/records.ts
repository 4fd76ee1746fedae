/**
 * `capgap records`: where a period stands in its history. `--series size-spread` (default): a month's
 * smallest-minus-largest decile spread (French, VW and EW) with its rank and 'widest since'; `--as-of DATE`
 * gives the month-to-date VW spread, provisional, against completed months; `--period week [--end DATE]`
 * compounds French's daily VW deciles into weekly (monthly, …) spreads and ranks one. `--series flows`: a category's
 * flow in the period ending `--end` ranked in its history ('best week since records began in …').
 * `--series returns --id ^RUT [--vs ^GSPC]`: a period's return (or relative return) ranked the same way.
 */
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { flowRecord } from '../flows/flow-record.ts';
import { NO_FLOW_DATA, weeklyCategoryFlows } from '../queries/flows-store.ts';
import { returnRecord } from '../queries/return-series.ts';
import { periodSpreadRecord, readDecilePair, spreadOnTrack, spreadRecord } from '../queries/spread-series.ts';
import type { RecordContext } from '../records/record.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { flowArgs, flowOptions, usd } from './flows.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a');
const pp = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)} pp` : 'n/a');

/** '1979' → '1979-01-01', '2010-04' → '2010-04-01', a full date as is. */
function sinceDate(v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  const s = String(v);
  const iso = /^\d{4}$/.test(s) ? `${s}-01-01` : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s;
  if (!isIsoDate(iso))
    throw new CliError(`invalid --since: ${JSON.stringify(s)}; expected YYYY, YYYY-MM or YYYY-MM-DD`, 2);
  return iso;
}

function since(r: RecordContext, fmt: (x: number) => string): string {
  const head = r.provisional ? 'provisional: on track for the ' : '';
  const word = r.direction === 'high' ? 'largest' : 'lowest';
  const s = r.largestSince
    ? `${head}${word} since ${r.largestSince.period} (${fmt(r.largestSince.value)})`
    : `${head}${word} since records began in ${r.historyStart}`;
  const t = r.threshold
    ? `; ${r.threshold.count} of ${r.threshold.of} since ${r.threshold.since} beyond ${fmt(r.threshold.level)}`
    : '';
  return `${s}; ranked ${r.rank} of ${r.of} since ${r.historyStart}${t}`;
}

export default defineCommand({
  meta: {
    name: 'records',
    description: DESCRIPTIONS.records,
  },
  args: {
    ...commonArgs,
    series: {
      type: 'string',
      description: 'size-spread (default) | returns | flows',
      default: 'size-spread',
    },
    id: { type: 'string', description: "returns: the security, e.g. '^RUT'" },
    vs: { type: 'string', description: "returns: minus this security's return, e.g. '^GSPC'" },
    month: {
      type: 'string',
      description: 'size-spread: the month, YYYY-MM (default: the latest in the store)',
    },
    weighting: { type: 'string', description: 'size-spread: value | equal | both', default: 'both' },
    'as-of': {
      type: 'string',
      description: 'size-spread: month-to-date through this date (VW, provisional)',
    },
    threshold: {
      type: 'string',
      description: 'also count periods beyond this level (pp for spreads, USD for flows)',
    },
    since: {
      type: 'string',
      description: 'count threshold periods only from this date on (YYYY, YYYY-MM or YYYY-MM-DD)',
    },
    direction: {
      type: 'string',
      description: 'high (largest, default) | low (most negative)',
      default: 'high',
    },
    end: {
      type: 'string',
      description:
        'flows, returns, size-spread with --period: the period end to rank (YYYY-MM-DD; default the latest)',
    },
    ...flowArgs,
  },
  async run({ args }) {
    const direction = args.direction === 'low' ? 'low' : args.direction === 'high' ? 'high' : null;
    if (!direction)
      throw new CliError(`invalid --direction: ${JSON.stringify(args.direction)}; expected high or low`, 2);
    const threshold = args.threshold === undefined ? undefined : Number(args.threshold);
    const thresholdSince = sinceDate(args.since);
    if (threshold !== undefined && !Number.isFinite(threshold)) {
      throw new CliError(`invalid --threshold: ${JSON.stringify(args.threshold)}; expected a number`, 2);
    }
    const series = String(args.series);
    if (!['size-spread', 'returns', 'flows'].includes(series)) {
      throw new CliError(
        `invalid --series: ${JSON.stringify(series)}; expected size-spread, returns or flows`,
        2,
      );
    }
    if (series === 'returns' && !args.id)
      throw new CliError('--series returns needs --id (e.g. --id ^RUT --vs ^GSPC)', 2);
    const store = await openStore(args.db);
    try {
      if (series === 'flows') {
        const opts = flowOptions(args);
        const r = await weeklyCategoryFlows(store, opts);
        if (!r.rows.length) {
          if (args.json) printJson({ note: NO_FLOW_DATA, records: [] });
          else io().out(NO_FLOW_DATA);
          return;
        }
        const out: (RecordContext & { category: string })[] = [];
        for (const c of opts.categories ?? [...new Set(r.rows.map((x) => x.category))]) {
          const mine = r.rows.filter((x) => x.category === c);
          const end = args.end ?? mine.at(-1)?.periodEnd;
          if (!end) continue;
          out.push({
            ...flowRecord(r.rows, c, end, {
              period: opts.period,
              weekEnd: Number(opts.weekEnd),
              direction,
              threshold,
              thresholdSince,
            }),
            category: c,
          });
        }
        if (args.json) printJson({ records: out, conventions: r.conventions });
        else for (const x of out) io().out(`${x.category}, ${x.period}: ${usd(x.value)}: ${since(x, usd)}`);
        return;
      }
      if (series === 'returns') {
        const { period, weekEnd } = flowOptions(args);
        const end = args.end;
        if (end !== undefined && !isIsoDate(end))
          throw new CliError(`invalid --end: ${JSON.stringify(end)}; expected YYYY-MM-DD`, 2);
        const level = threshold === undefined ? undefined : threshold / 100;
        const r = await returnRecord(store, {
          id: args.id ?? '',
          vs: args.vs,
          period,
          weekEnd: Number(weekEnd),
          end,
          direction,
          threshold: level,
          thresholdSince,
        });
        if (args.json) printJson(r);
        else {
          const vs = r.vs ? ` vs ${r.vs} ${pct(r.vsReturn ?? Number.NaN)}: ${pp(r.value)}` : '';
          io().out(
            `${r.id}, ${r.record.period} (${r.sessions.from} close .. ${r.sessions.to} close): ${pct(r.idReturn)}${vs}`,
          );
          io().out(`  ${since(r.record, r.vs ? pp : pct)}`);
          io().out(
            `  data: ${Object.entries(r.datasets)
              .map(([k, v]) => `${k} from ${v}`)
              .join(', ')}; ${r.conventions}`,
          );
        }
        return;
      }
      const level = threshold === undefined ? undefined : threshold / 100;
      if (args.period) {
        const { period, weekEnd } = flowOptions(args);
        if (args.end !== undefined && !isIsoDate(args.end)) {
          throw new CliError(`invalid --end: ${JSON.stringify(args.end)}; expected YYYY-MM-DD`, 2);
        }
        const r = await periodSpreadRecord(store, {
          period,
          weekEnd: Number(weekEnd),
          end: args.end,
          direction,
          threshold: level,
          thresholdSince,
        });
        if (args.json) printJson(r);
        else {
          io().out(
            `${r.record.period} size spread (value-weighted, from French daily, ${r.vintage}): Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}`,
          );
          io().out(`  ${since(r.record, pp)}`);
          io().out(`convention: ${r.conventions}`);
        }
        return;
      }
      if (args['as-of']) {
        if (!isIsoDate(args['as-of']))
          throw new CliError(`invalid --as-of: ${JSON.stringify(args['as-of'])}; expected YYYY-MM-DD`, 2);
        const r = await spreadOnTrack(store, { asOf: args['as-of'], direction });
        if (args.json) printJson(r);
        else {
          io().out(
            `size spread month-to-date ${r.monthStart} .. ${r.asOf} (${r.days} sessions, value-weighted): Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}`,
          );
          io().out(`  ${since(r.record, pp)}`);
          io().out(`  vintages: daily ${r.vintages.daily}, monthly ${r.vintages.monthly}; ${r.conventions}`);
        }
        return;
      }
      const ws = args.weighting === 'both' ? (['value', 'equal'] as const) : [args.weighting];
      for (const w of ws) {
        if (w !== 'value' && w !== 'equal')
          throw new CliError(`invalid --weighting: ${JSON.stringify(w)}; expected value, equal or both`, 2);
      }
      let month = args.month;
      if (!month)
        month = (await readDecilePair(store, { weighting: 'value' })).pair.ends.at(-1)?.slice(0, 7) ?? '';
      const results = [];
      for (const w of ws as ('value' | 'equal')[]) {
        results.push(
          await spreadRecord(store, { month, weighting: w, threshold: level, thresholdSince, direction }),
        );
      }
      if (args.json) {
        printJson(results);
        return;
      }
      const first = results[0];
      io().out(
        `${first.record.period} size spread, smallest minus largest decile (${first.dataset}, ${first.vintage})`,
      );
      for (const r of results) {
        io().out(
          `  ${r.weighting}-weighted: Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}: ${since(r.record, pp)}`,
        );
      }
      io().out(`convention: ${first.conventions}`);
    } finally {
      store.close();
    }
  },
});
