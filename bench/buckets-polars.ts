/** Benchmark runner: the size-bucket task in Polars (nodejs-polars, lazy API; see buckets-common.ts). Args: panel.csv stocks.csv. */
import pl from 'nodejs-polars';
import type { RunnerReport } from './buckets-common.ts';

const [panelCsv, stocksCsv] = process.argv.slice(2);
let t = performance.now();
const panel = pl.readCSV(panelCsv, {
  dtypes: { stock: pl.Int32, day: pl.Int32, price: pl.Float64, cap: pl.Float64 },
});
const stocks = pl.readCSV(stocksCsv, {
  dtypes: { stock: pl.Int32, exchange: pl.Utf8, security_type: pl.Utf8 },
});
const loadMs = performance.now() - t;

t = performance.now();
const days = panel
  .lazy()
  .select('day')
  .unique()
  .sort('day')
  .withRowIndex('di')
  .withColumns(pl.col('di').cast(pl.Int32), pl.col('day').cast(pl.Date).dt.month().alias('m'))
  .withColumns(pl.col('m').shift(-1).alias('m1'));
const grid = panel
  .lazy()
  .select('stock')
  .unique()
  .join(days.select('di', 'day'), { how: 'cross' })
  .join(
    panel
      .lazy()
      .select(
        'stock',
        'day',
        pl.when(pl.col('price').gt(0)).then(pl.col('price')).otherwise(pl.lit(null)).alias('obs'),
        pl.when(pl.col('cap').gt(0)).then(pl.col('cap')).otherwise(pl.lit(null)).alias('c'),
      ),
    { on: ['stock', 'day'], how: 'left' },
  )
  .sort(['stock', 'di'])
  .withColumns(
    pl.col('obs').forwardFill().over('stock').alias('price'),
    pl.col('c').forwardFill().over('stock').alias('cap'),
  )
  .withColumns(pl.col('price').shift(1).over('stock').alias('prev'))
  .collectSync();
const forms = days
  .filter(pl.col('m').neq(pl.col('m1')).and(pl.col('m').eq(6)))
  .select(pl.col('di').alias('fdi'))
  .sort('fdi')
  .withColumns(pl.col('fdi').shift(-1).alias('next'))
  .collectSync();
const lastDi = days.select(pl.col('di').max()).collectSync().getColumn('di').get(0) as number;
const periods = forms
  .lazy()
  .withColumns(
    pl.col('next').fillNull(lastDi).alias('end'),
    pl.col('fdi').add(1).cast(pl.Int32).alias('start'),
  );
const eligible = grid
  .lazy()
  .join(forms.lazy().select('fdi'), { leftOn: 'di', rightOn: 'fdi', how: 'inner' })
  .filter(pl.col('obs').isNotNull().and(pl.col('cap').gt(0)))
  .join(
    stocks
      .lazy()
      .filter(pl.col('security_type').eq(pl.lit('common')))
      .select('stock'),
    { on: 'stock', how: 'inner' },
  )
  .select(pl.col('di').alias('fdi'), 'stock', pl.col('cap').alias('capf'), pl.col('price').alias('pf'))
  .withColumns(
    pl.col('capf').rank('ordinal').over('fdi').cast(pl.Float64).sub(1).alias('rk'),
    pl.col('capf').count().over('fdi').cast(pl.Float64).alias('n'),
  );
const cuts = pl.DataFrame({ k: [0, 1, 2, 3, 4, 5, 6, 7, 8], p: [10, 20, 30, 40, 50, 60, 70, 80, 90] }).lazy();
const pos = eligible
  .select('fdi', 'n')
  .unique()
  .join(cuts.withColumns(pl.col('p').cast(pl.Float64)), { how: 'cross' })
  .withColumns(pl.col('n').sub(1).mul(pl.col('p')).div(100).alias('h'))
  .withColumns(pl.col('h').floor().alias('j'))
  .withColumns(pl.col('j').add(1).alias('j1'), pl.col('n').sub(1).alias('last'));
const v = eligible.select('fdi', 'rk', 'capf');
const bps = pos
  .join(v, { leftOn: ['fdi', 'j'], rightOn: ['fdi', 'rk'], how: 'left' })
  .rename({ capf: 'vj' })
  .join(v, { leftOn: ['fdi', 'j1'], rightOn: ['fdi', 'rk'], how: 'left' })
  .rename({ capf: 'vj1' })
  .join(v, { leftOn: ['fdi', 'last'], rightOn: ['fdi', 'rk'], how: 'left' })
  .rename({ capf: 'vlast' })
  .select(
    'fdi',
    pl
      .when(pl.col('j1').lt(pl.col('n')))
      .then(
        pl.col('vj').add(
          pl
            .col('h')
            .sub(pl.col('j'))
            .mul(pl.col('vj1').sub(pl.col('vj'))),
        ),
      )
      .otherwise(pl.col('vlast'))
      .alias('bp'),
  );
const assigned = eligible
  .join(bps, { on: 'fdi', how: 'left' })
  .groupBy(['fdi', 'stock', 'capf', 'pf'])
  .agg(pl.col('bp').lt(pl.col('capf')).sum().cast(pl.Int32).alias('bucket'));
const held = grid
  .lazy()
  .sort('di')
  .joinAsof(periods.sort('start'), { leftOn: 'di', rightOn: 'start', strategy: 'backward' })
  .filter(
    pl
      .col('fdi')
      .isNotNull()
      .and(pl.col('di').ltEq(pl.col('end'))),
  )
  .join(assigned, { on: ['stock', 'fdi'], how: 'inner' })
  .select(
    'di',
    'day',
    'bucket',
    pl.col('price').div(pl.col('prev')).sub(1).alias('r'),
    pl.col('capf').mul(pl.col('prev')).div(pl.col('pf')).alias('w'),
  )
  .withColumns(pl.col('w').mul(pl.col('r')).alias('wr'));
const agg = [pl.col('r').mean().alias('equal'), pl.col('wr').sum().div(pl.col('w').sum()).alias('value')];
const byBucket = held
  .groupBy(['day', 'bucket'])
  .agg(...agg)
  .collectSync();
const market = held
  .groupBy('day')
  .agg(...agg)
  .collectSync();
const computeMs = performance.now() - t;

const results: RunnerReport['results'] = {};
for (const [df, fixed] of [
  [byBucket, null],
  [market, 10],
] as const) {
  const day = df.getColumn('day').toArray() as number[];
  const bucket = fixed === null ? (df.getColumn('bucket').toArray() as number[]) : null;
  const eq = df.getColumn('equal').toArray() as number[];
  const val = df.getColumn('value').toArray() as number[];
  for (let i = 0; i < day.length; i++) results[`${day[i]}:${bucket ? bucket[i] : fixed}`] = [eq[i], val[i]];
}
const report: RunnerReport = {
  engine: 'polars',
  computeMs,
  loadMs,
  peakMb: process.resourceUsage().maxRSS / 1024,
  results,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
