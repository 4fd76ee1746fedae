/**
 * `capgap buckets`: size-bucket returns from stocks (or French's series) over a range, as a table, JSON or CSV.
 * Same options as `queryBuckets` (src/queries/buckets-query.ts).
 */
import { defineCommand } from 'citty';
import { type BucketQuery, queryBuckets } from '../queries/buckets-query.ts';
import { querySectorBuckets } from '../queries/sector-buckets-query.ts';
import { quote } from '../quote.ts';
import { conventionsJson, UNIT } from '../report/json-vocabulary.ts';
import { isClickHouseStore } from '../store/clickhouse/url.ts';
import { bucketsCsv, bucketsText } from './buckets-text.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { queryError } from './exit-codes.ts';
import { printSectorBuckets } from './sectors.ts';
import { timingsLine } from './timings-line.ts';

/** `--by sector`: sector × size cells (src/queries/sector-buckets-query.ts). */
async function sectorBuckets(db: string | undefined, q: BucketQuery, within: string, json: boolean) {
  if (within !== 'universe' && within !== 'sector')
    throw new CliError(`invalid --within: ${quote(within)}; expected "universe" or "sector"`, 2);
  if (q.source === 'french')
    throw new CliError('--by sector needs stocks; French publishes no sector × size series', 2);
  const store = await openStore(db);
  try {
    const s = await querySectorBuckets(store, { ...q, within }).catch((err: Error) => {
      throw queryError(err, db);
    });
    if (json) return printJson(s);
    io().out(printSectorBuckets(s));
  } finally {
    store.close();
  }
}
const list = (s: string | undefined) => (s ? s.split(',').map((t) => t.trim()) : undefined);
function num(name: string, s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const x = Number(s);
  if (!Number.isFinite(x) || x < 0)
    throw new CliError(`invalid --${name}: ${quote(s)}; expected a number >= 0`, 2);
  return x;
}

export default defineCommand({
  meta: {
    name: 'buckets',
    description: DESCRIPTIONS.buckets,
  },
  args: {
    ...commonArgs,
    store: {
      type: 'string',
      description:
        'clickhouse://user@host:port/db: compute in that ClickHouse cluster (default: $CAPGAP_STORE unless --db)',
    },
    from: { type: 'string', description: 'first day (YYYY-MM-DD) whose return is included' },
    to: { type: 'string', description: 'last day (YYYY-MM-DD)' },
    scheme: {
      type: 'string',
      default: 'deciles',
      description: 'deciles | quintiles | terciles | 30-40-30 | p:10,50,90 | coverage:70,85,98',
    },
    weighting: { type: 'string', default: 'value', description: 'equal | equal-hold | value | value-lag' },
    breakpoints: {
      type: 'string',
      default: 'all',
      description: 'all | nyse (stocks that set the breakpoints)',
    },
    formation: {
      type: 'string',
      default: 'june',
      description: 'a date (form once at its close) | monthly | quarterly | june',
    },
    source: { type: 'string', default: 'stocks', description: 'stocks | french' },
    frequency: { type: 'string', default: 'daily', description: 'daily | monthly' },
    types: { type: 'string', description: 'security types kept, comma-separated (default: common)' },
    exchanges: { type: 'string', description: 'exchanges kept, comma-separated (default: all)' },
    'min-price': { type: 'string', description: 'minimum price at formation (USD)' },
    'min-cap': { type: 'string', description: 'minimum market cap at formation (USD)' },
    'min-history': { type: 'string', description: 'minimum trading days listed before formation' },
    prices: {
      type: 'string',
      description: 'bars dataset of the stock panel (default: kaggle/stocks or the first stock panel)',
    },
    caps: { type: 'string', description: 'market_caps dataset (default: all)' },
    csv: { type: 'boolean', default: false, description: 'print the series as CSV' },
    quality: {
      type: 'boolean',
      default: false,
      description: 'add the data-quality report (stale prices, jumps, gaps, early ends)',
    },
    by: { type: 'string', default: 'size', description: 'size | sector (sector × size cells; see --within)' },
    within: {
      type: 'string',
      default: 'universe',
      description: 'with --by sector: breakpoints from the whole universe or within each sector',
    },
    timings: {
      type: 'boolean',
      default: false,
      description: 'print the time of each step (store read, index, compute) on stderr',
    },
    contributions: {
      type: 'string',
      description: 'add the 20 largest per-stock contributions to this bucket (e.g. "Lo 10")',
    },
  },
  async run({ args }) {
    const q: BucketQuery = {
      from: args.from,
      to: args.to,
      scheme: args.scheme,
      weighting: args.weighting as BucketQuery['weighting'],
      breakpoints: args.breakpoints as BucketQuery['breakpoints'],
      formation: args.formation,
      source: args.source as BucketQuery['source'],
      frequency: args.frequency as BucketQuery['frequency'],
      types: list(args.types),
      exchanges: list(args.exchanges),
      minPrice: num('min-price', args['min-price']),
      minCap: num('min-cap', args['min-cap']),
      minHistory: num('min-history', args['min-history']),
      priceSource: args.prices,
      capSource: args.caps,
      quality: args.quality,
      contributionsOf: args.contributions,
      timings: args.timings,
    };
    if (args.by !== 'size' && args.by !== 'sector')
      throw new CliError(`invalid --by: ${quote(args.by)}; expected "size" or "sector"`, 2);
    // --store, else $CAPGAP_STORE unless --db names a local store.
    const warehouse = args.store ?? (args.db ? undefined : process.env.CAPGAP_STORE);
    if (warehouse && args.by === 'sector')
      throw new CliError('invalid option for a ClickHouse store: --by sector needs the local store', 2);
    if (args.by === 'sector') return sectorBuckets(args.db, q, args.within, args.json);
    if (warehouse && !isClickHouseStore(warehouse))
      throw new CliError(`invalid --store: ${quote(warehouse)}; expected clickhouse://user@host:port/db`, 2);
    const store = warehouse ? null : await openStore(args.db);
    try {
      let s: Awaited<ReturnType<typeof queryBuckets>>;
      const cpu0 = process.cpuUsage();
      try {
        s = store
          ? await queryBuckets(store, q)
          : await (await import('../queries/buckets-query-clickhouse.ts')).queryBucketsClickHouse(
              warehouse!,
              q,
            );
      } catch (err) {
        throw queryError(err, args.db);
      }
      if (s.timings) io().err(timingsLine(s.timings, process.cpuUsage(cpu0)));
      if (args.json) return printJson({ unit: UNIT, ...s, conventions: conventionsJson(s.conventions) });
      io().out(args.csv ? bucketsCsv(s) : bucketsText(s));
    } finally {
      store?.close();
    }
  },
});
