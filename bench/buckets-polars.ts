/**
 * Benchmark runner: Polars lazy API (bench/peers/polars-lazy.ts, nodejs-polars), all cores (Polars'
 * default thread pool). Args: DIR (bench/panel-files.ts). Load: the raw columns into a DataFrame (file
 * order). Timer: building the lazy plan, collecting it and reading its columns back.
 */
import pl from 'nodejs-polars';
import { printReport, resultsOf, timer } from './buckets-common.ts';
import { readPanelFiles } from './panel-files.ts';
import { polarsBuckets } from './peers/polars-lazy.ts';

const t = performance.now();
const p = readPanelFiles(process.argv[2]);
const panel = pl.DataFrame({ stock: p.stock, day: p.day, price: p.price, cap: p.cap });
const stocks = pl
  .DataFrame({
    stock: p.ids.map((_, s) => s),
    exchange: p.exchange as string[],
    security_type: p.securityType as string[],
  })
  .withColumns(pl.col('stock').cast(pl.Int32));
const loadMs = performance.now() - t;
const stop = timer();
const out = polarsBuckets(panel, stocks).collectSync();
const col = (name: string) => out.getColumn(name).toArray() as number[];
const [day, bucket, equal, value] = [col('day'), col('bucket'), col('equal'), col('value')];
const compute = stop();
printReport('polars', compute, loadMs, resultsOf(day, bucket, equal, value));
