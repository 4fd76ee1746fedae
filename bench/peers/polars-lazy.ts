/**
 * The size-bucket task (bench/buckets-common.ts) in Polars' lazy API, written the way a Polars user would
 * write it: no dense stocks × days grid, one lazy plan collected once.
 *
 * - Formation days: the last trading day of each June; holding days mapped to their formation by an
 *   as-of join.
 * - Members: valid bars on the formation day of common stocks, with the last cap > 0 on or before it
 *   (as-of join by stock).
 * - Breakpoints: the sorted caps of each formation as a list, the type-7 rule exactly as capgap states it
 *   (h = (n - 1) × p / 100; `list.get` at floor(h) and floor(h) + 1); bucket = breakpoints strictly below.
 * - Carry-forward: `price.shift(1).over('stock')` on rows sorted by (stock, day), valid bars only.
 * - Buy-and-hold drift: a cumulative sum over days per (formation, bucket) of the value changes.
 * Missing values are NaN (Polars orders NaN above every number, so `NaN > 0` is true: the plan says
 * `isNotNan`). Input frames: panel (stock i32, day i32, price f64, cap f64; any row order) and stocks (stock,
 * exchange, security_type). Output (day, bucket, equal, value), bucket 10 = the market.
 */
import pl from 'nodejs-polars';

const col = pl.col;

/**
 * The lazy plan; `.collectSync()` runs it (the benchmark's timer covers building and collecting it).
 * @example polarsBuckets(panel, stocks).collectSync()
 */
export function polarsBuckets(panel: pl.DataFrame, stocks: pl.DataFrame): pl.LazyDataFrame {
  const p = panel.lazy();
  const days = p.select('day').unique().sort('day').withColumns(col('day').shift(-1).alias('next_day'));
  const month = (c: string) => col(c).cast(pl.Date).dt.month();
  const forms = days
    .filter(month('day').eq(6).and(month('next_day').neq(6)))
    .select(col('day').alias('fday'))
    .withColumns(col('fday').shift(-1).alias('end_day'))
    .withColumns(
      col('end_day').fillNull(days.select(col('day').max()).collectSync().getColumn('day').get(0)),
    );
  const valid = p.filter(col('price').gt(0).and(col('price').isNotNan())).select('stock', 'day', 'price');
  const caps = p
    .filter(col('cap').gt(0).and(col('cap').isNotNan()))
    .select('stock', col('day').alias('cday'), 'cap')
    .sort('cday');
  const common = stocks
    .lazy()
    .filter(col('security_type').eq(pl.lit('common')))
    .select('stock');
  const members = valid
    .join(forms.select('fday'), { leftOn: 'day', rightOn: 'fday' })
    .join(common, { on: 'stock' })
    .select(col('day').alias('fday'), 'stock', col('price').alias('pf'))
    .sort('fday')
    .joinAsof(caps, { leftOn: 'fday', rightOn: 'cday', by: 'stock', strategy: 'backward' })
    .filter(col('cap').isNotNull())
    .select('fday', 'stock', 'pf', col('cap').alias('capf'));
  const cuts = pl
    .DataFrame({ p: [10, 20, 30, 40, 50, 60, 70, 80, 90] })
    .lazy()
    .select(col('p').cast(pl.Float64));
  const h = col('n').sub(1).mul(col('p')).div(100);
  const breakpoints = members
    .groupBy('fday')
    .agg(col('capf').sort().alias('v'), pl.len().cast(pl.Float64).alias('n'))
    .join(cuts, { how: 'cross' })
    .withColumns(h.alias('h'), h.floor().alias('j'))
    .select(
      'fday',
      pl
        .when(col('j').add(1).lt(col('n')))
        .then(
          col('v')
            .lst.get(col('j').cast(pl.Int64))
            .add(
              col('h')
                .sub(col('j'))
                .mul(
                  col('v')
                    .lst.get(col('j').add(1).cast(pl.Int64))
                    .sub(col('v').lst.get(col('j').cast(pl.Int64))),
                ),
            ),
        )
        .otherwise(col('v').lst.get(col('n').sub(1).cast(pl.Int64)))
        .alias('bp'),
    );
  const assigned = members
    .join(breakpoints, { on: 'fday' })
    .groupBy(['fday', 'stock'])
    .agg(
      col('bp').lt(col('capf')).sum().cast(pl.Int32).alias('bucket'),
      col('capf').first(),
      col('capf').first().div(col('pf').first()).alias('scale'),
    );
  const sizes = assigned
    .groupBy(['fday', 'bucket'])
    .agg(pl.len().cast(pl.Float64).alias('n'), col('capf').sum().alias('cap0'));
  const heldDays = days
    .select('day')
    .joinAsof(forms, { leftOn: 'day', rightOn: 'fday', strategy: 'backward', allowExactMatches: false })
    .filter(
      col('fday')
        .isNotNull()
        .and(col('day').ltEq(col('end_day'))),
    )
    .select('day', 'fday');
  const moves = valid.sort(['stock', 'day']).withColumns(col('price').shift(1).over('stock').alias('prev'));
  const sums = moves
    .join(heldDays, { on: 'day' })
    .join(assigned, { on: ['fday', 'stock'] })
    .groupBy(['fday', 'day', 'bucket'])
    .agg(
      col('price').div(col('prev')).sub(1).sum().alias('sr'),
      col('price').sub(col('prev')).mul(col('scale')).sum().alias('sv'),
    );
  const cells = heldDays
    .join(sizes, { on: 'fday' })
    .join(sums, { on: ['fday', 'day', 'bucket'], how: 'left' })
    .withColumns(col('sr').fillNull(0), col('sv').fillNull(0))
    .sort(['fday', 'bucket', 'day'])
    .withColumns(
      col('cap0').add(col('sv').shift(1).fillNull(0).cumSum().over('fday', 'bucket')).alias('vden'),
    );
  const byBucket = cells.select(
    'day',
    'bucket',
    col('sr').div(col('n')).alias('equal'),
    col('sv').div(col('vden')).alias('value'),
  );
  const market = cells
    .groupBy('day')
    .agg(
      pl.lit(10).cast(pl.Int32).alias('bucket'),
      col('sr').sum().div(col('n').sum()).alias('equal'),
      col('sv').sum().div(col('vden').sum()).alias('value'),
    );
  return pl.concat([byBucket, market.select('day', 'bucket', 'equal', 'value')], { how: 'vertical' });
}
