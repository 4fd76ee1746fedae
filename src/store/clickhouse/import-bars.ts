/**
 * Writes a parsed stock panel's bars (formats/types.ts BarColumns) into the cluster, atomically per file as
 * far as ClickHouse 18.16 allows (no transactions):
 * 1. in Node, before anything is sent: duplicate (security, date) keys, by the local import's rule
 *    (store/import/stage.ts: values within 1e-12 relative are the same row, counted; different values are
 *    an ImportError at the later line, naming the column);
 * 2. every shard's rows (`cityHash64(security) % shards`, as the Distributed table) go to its `bars_stage`
 *    as RowBinary, and the staged count is checked on every shard;
 * 3. only then, shard by shard, each (dataset, month) partition of the stage REPLACEs the same partition of
 *    `bars_local` (atomic per partition), and the dataset's months the file no longer has are dropped.
 * A file that fails in 1 or 2 leaves `bars_local` as it was (the stages are emptied).
 */
import { ImportError } from '../../formats/errors.ts';
import type { BarColumns } from '../../formats/types.ts';
import { SAME_VALUE_TOLERANCE } from '../import/stage-check.ts';
import { RowBinary } from './row-binary.ts';
import { ident, str, strings } from './sql.ts';
import type { Warehouse } from './warehouse.ts';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const same = (a: number, b: number) =>
  (Number.isNaN(a) && Number.isNaN(b)) ||
  (Number.isFinite(a) &&
    Number.isFinite(b) &&
    (a === b || Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))));

const VALUES = [
  ['adjClose', 'Close'],
  ['open', 'Open'],
  ['high', 'High'],
  ['low', 'Low'],
  ['volume', 'Volume'],
] as const;

/**
 * Row indices to write (first line wins) and the number of identical duplicates; throws on a key twice
 * with different values.
 */
export function uniqueBars(b: BarColumns, file: string): { keep: Int32Array; duplicates: number } {
  const first = new Map<number, number>();
  const S = b.tickers.length;
  const keep: number[] = [];
  for (let i = 0; i < b.day.length; i++) {
    const key = b.day[i] * S + b.ticker[i];
    const j = first.get(key);
    if (j === undefined) {
      first.set(key, i);
      keep.push(i);
      continue;
    }
    const diff = VALUES.find(([f]) => !same(b[f][i], b[f][j]));
    if (diff)
      throw new ImportError({
        file,
        line: b.line[i],
        column: diff[1],
        reason: `duplicate key (id=${b.tickers[b.ticker[i]]}, date=${iso(b.day[i])}) with a different value than line ${b.line[j]}`,
      });
  }
  return { keep: Int32Array.from(keep), duplicates: b.day.length - keep.length };
}

/** What writeBars did. */
export interface BarsWritten {
  rows: number;
  rowsPerShard: number[];
  partitions: number;
}

/**
 * Stages then swaps in the rows `keep` of `b` under `dataset` (see the file header).
 * @example await writeBars(shards, 'capgap', parsed.bars, keep, 'stock-panel/stocks')
 */
export async function writeBars(
  shards: readonly Warehouse[],
  database: string,
  b: BarColumns,
  keep: Int32Array,
  dataset: string,
): Promise<BarsWritten> {
  const db = ident(database);
  const N = shards.length;
  const [{ place }] = await shards[0].rows<{ place: number[] }>(
    `SELECT arrayMap(s -> toUInt32(cityHash64(s) % ${N}), ${strings(b.tickers)}) AS place`,
  );
  const bodies = Array.from({ length: N }, () => new RowBinary());
  const counts = new Array<number>(N).fill(0);
  for (const i of keep) {
    const k = place[b.ticker[i]];
    bodies[k]
      .string(dataset)
      .string(b.tickers[b.ticker[i]])
      .date(b.day[i])
      .float64(b.adjClose[i])
      .uint32(b.line[i]);
    counts[k]++;
  }
  try {
    for (let k = 0; k < N; k++) {
      await shards[k].exec(`TRUNCATE TABLE ${db}.bars_stage`);
      if (counts[k]) await shards[k].insertRaw(`${db}.bars_stage`, 'RowBinary', bodies[k].bytes());
      const [{ n }] = await shards[k].rows<{ n: string }>(`SELECT count() AS n FROM ${db}.bars_stage`);
      if (Number(n) !== counts[k])
        throw new Error(
          `ClickHouse staged ${n} of ${counts[k]} rows on shard ${k + 1}; nothing was swapped in`,
        );
    }
    let partitions = 0;
    for (const shard of shards) {
      const months = await shard.rows<{ m: number }>(
        `SELECT DISTINCT toYYYYMM(date) AS m FROM ${db}.bars_stage ORDER BY m`,
      );
      const old = await shard.rows<{ m: number }>(
        `SELECT DISTINCT toYYYYMM(date) AS m FROM ${db}.bars_local WHERE dataset = ${str(dataset)}`,
      );
      const now = new Set(months.map((r) => Number(r.m)));
      for (const { m } of months)
        await shard.exec(
          `ALTER TABLE ${db}.bars_local REPLACE PARTITION (${str(dataset)}, ${Number(m)}) FROM ${db}.bars_stage`,
        );
      for (const { m } of old)
        if (!now.has(Number(m)))
          await shard.exec(`ALTER TABLE ${db}.bars_local DROP PARTITION (${str(dataset)}, ${Number(m)})`);
      partitions += months.length;
    }
    return { rows: keep.length, rowsPerShard: counts, partitions };
  } finally {
    for (const shard of shards) await shard.exec(`TRUNCATE TABLE ${db}.bars_stage`).catch(() => {});
  }
}
