/**
 * Times the streaming pre-pass of the panel path (src/store/import/scan-file.ts) on the real panel next to
 * a plain zlib inflate of the same file: `node --import tsx scripts/measure-scan.ts` (needs ../shared/data).
 */
import { createReadStream } from 'node:fs';
import { loadavg } from 'node:os';
import { createGunzip } from 'node:zlib';
import { scanFile } from '../src/store/import/scan-file.ts';

const file = new URL(
  '../../shared/data/stocks/kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz',
  import.meta.url,
).pathname;
for (let run = 0; run < 2; run++) {
  let t = performance.now();
  let bytes = 0;
  for await (const c of createReadStream(file).pipe(createGunzip())) bytes += (c as Buffer).length;
  const inflate = performance.now() - t;
  t = performance.now();
  const s = await scanFile(file);
  const scan = performance.now() - t;
  console.log(
    `inflate only ${(inflate / 1000).toFixed(2)} s (${(bytes / 2 ** 20).toFixed(0)} MiB); scan ${(scan / 1000).toFixed(2)} s ` +
      `(${s.records - 1} rows, ${s.shifts.length} shifts); load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
}
