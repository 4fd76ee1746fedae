/**
 * `--store clickhouse://user@host:port/db` for the commands that can read a ClickHouse cluster
 * (docs/scale.md): `--store`, else `$CAPGAP_STORE` unless `--db` names a local store.
 */
import type { SeriesSource } from '../queries/series-source.ts';
import { quote } from '../quote.ts';
import { isClickHouseStore } from '../store/clickhouse/url.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './context.ts';

/** The report's sector line with a ClickHouse store (sector × size cells are not pushed down). */
export const WAREHOUSE_SECTORS =
  'Sectors: not computed from a ClickHouse store (sector × size cells are not pushed down); run `capgap report` on a local store (--db) holding the panel for the sector section.';

/** The citty argument. */
export const storeArg = {
  store: {
    type: 'string',
    description:
      'clickhouse://user@host:port/db: stock-built series (bucket:…, stock ids) from that ClickHouse cluster (default: $CAPGAP_STORE unless --db)',
  },
} as const;

/** The warehouse address in force, or undefined for the local store; a non-clickhouse value is refused. */
export function warehouseOf(args: { store?: string; db?: string }): string | undefined {
  const w = args.store ?? (args.db ? undefined : process.env.CAPGAP_STORE);
  if (w && !isClickHouseStore(w))
    throw new CliError(`invalid --store: ${quote(w)}; expected clickhouse://user@host:port/db`, 2);
  return w || undefined;
}

/** Where loadSeries reads stock-built series: the warehouse's answers, or {} for the local store. */
export async function seriesSourceFor(
  args: { store?: string; db?: string },
  store: Store,
): Promise<SeriesSource> {
  const w = warehouseOf(args);
  if (!w) return {};
  const { warehouseSeries } = await import('../queries/series-clickhouse.ts');
  return warehouseSeries(w, store);
}
