/**
 * Bulk-loads a stock panel (portfolios/panel.ts columns) into the cluster: each stock's rows go to the
 * shard `cityHash64(security) % shards` (asked of ClickHouse, so the Distributed table's sharding key
 * agrees), as RowBinary (exact doubles, no text parsing), into `panel_stage`; then every month partition
 * in the stage replaces the same partition of `panel_local` (`ALTER TABLE … REPLACE PARTITION … FROM`),
 * which is atomic per partition and per shard: a reader sees a month either before or after the load,
 * never half of it. A load therefore replaces the months it covers (one panel per database).
 * Duplicate (security, date) rows are refused before anything is sent, naming the first one.
 */
import { stringBytes } from './row-binary.ts';
import { ident, strings } from './sql.ts';
import type { Warehouse } from './warehouse.ts';

/**
 * The panel columns a load reads: the shape of portfolios/panel.ts `Panel` (the store imports no analytics,
 * so the shape is restated here; a Panel is one).
 */
export interface PanelRows {
  ids: readonly string[];
  /** Stock index per row. */
  stock: Int32Array;
  /** Day number per row (days since 1970-01-01). */
  day: Int32Array;
  price: Float64Array;
  cap: Float64Array;
  exchange?: readonly (string | null)[];
  securityType?: readonly (string | null)[];
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** What a load did. */
export interface LoadReport {
  rows: number;
  /** Rows per shard, in cluster order. */
  rowsPerShard: number[];
  partitions: number;
}

/** RowBinary of the given rows: security, date (UInt16 days), price, cap (Float64 LE), exchange, type. */
export function rowBinary(panel: PanelRows, rows: Int32Array): Uint8Array {
  const S = panel.ids.length;
  const idB = panel.ids.map(stringBytes);
  const tail: Uint8Array[] = [];
  for (let s = 0; s < S; s++) {
    const ex = stringBytes(panel.exchange?.[s] ?? '');
    const ty = stringBytes(panel.securityType?.[s] ?? 'unknown');
    const t = new Uint8Array(ex.length + ty.length);
    t.set(ex);
    t.set(ty, ex.length);
    tail.push(t);
  }
  let size = 0;
  for (const i of rows) size += idB[panel.stock[i]].length + 18 + tail[panel.stock[i]].length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const i of rows) {
    const s = panel.stock[i];
    out.set(idB[s], o);
    o += idB[s].length;
    dv.setUint16(o, panel.day[i], true);
    dv.setFloat64(o + 2, panel.price[i], true);
    dv.setFloat64(o + 10, panel.cap[i], true);
    o += 18;
    out.set(tail[s], o);
    o += tail[s].length;
  }
  return out;
}

/**
 * Throws on a duplicate (security, day) row, naming it. The keys (day × stocks + stock) are sorted as one
 * typed array and neighbours compared: a Set holds at most 2^24 entries, fewer than a 50M-row panel's keys.
 */
export function checkUnique(panel: PanelRows) {
  const S = panel.ids.length;
  const keys = new Float64Array(panel.stock.length);
  for (let i = 0; i < keys.length; i++) keys[i] = panel.day[i] * S + panel.stock[i];
  keys.sort();
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] !== keys[i - 1]) continue;
    const day = Math.floor(keys[i] / S);
    throw new Error(`invalid panel: stock ${panel.ids[keys[i] - day * S]} has two rows on ${iso(day)}`);
  }
}

/**
 * Loads `panel` into the cluster whose shards are `shards` (in the cluster's order), database `database`
 * (schema already created, see schema.ts).
 * @example await loadPanel([shard1, shard2], syntheticPanel({ seed: 1 }), { database: 'capgap' })
 */
export async function loadPanel(
  shards: readonly Warehouse[],
  panel: PanelRows,
  options: { database: string },
): Promise<LoadReport> {
  const db = ident(options.database);
  checkUnique(panel);
  const N = shards.length;
  const [{ place }] = await shards[0].rows<{ place: number[] }>(
    `SELECT arrayMap(s -> toUInt32(cityHash64(s) % ${N}), ${strings([...panel.ids])}) AS place`,
  );
  const perShard: number[][] = Array.from({ length: N }, () => []);
  for (let i = 0; i < panel.stock.length; i++) perShard[place[panel.stock[i]]].push(i);
  let partitions = 0;
  for (let k = 0; k < N; k++) {
    const shard = shards[k];
    await shard.exec(`TRUNCATE TABLE ${db}.panel_stage`);
    if (perShard[k].length === 0) continue;
    await shard.insertRaw(`${db}.panel_stage`, 'RowBinary', rowBinary(panel, Int32Array.from(perShard[k])));
    const parts = await shard.rows<{ partition: string }>(
      `SELECT DISTINCT partition FROM system.parts WHERE database = '${db}' AND table = 'panel_stage' AND active`,
    );
    for (const { partition } of parts) {
      if (!/^\d+$/.test(partition)) throw new Error(`unexpected partition id: "${partition}"`);
      await shard.exec(`ALTER TABLE ${db}.panel_local REPLACE PARTITION ${partition} FROM ${db}.panel_stage`);
    }
    partitions += parts.length;
    await shard.exec(`TRUNCATE TABLE ${db}.panel_stage`);
  }
  return { rows: panel.stock.length, rowsPerShard: perShard.map((r) => r.length), partitions };
}
