/**
 * `capgap import FILE --store clickhouse://…`: one file into the warehouse, with the local import's
 * parsers and rules (store/clickhouse/read-file.ts) and its located errors; then the panel the
 * pushed-down queries read is derived again on the shards (store/clickhouse/derive-panel.ts) from the
 * bars and the security facts (./security-meta-clickhouse.ts).
 *
 * All or nothing per file: the file is parsed and checked whole in Node, then staged and count-checked
 * on every shard, and only then swapped in partition by partition (atomic per partition; ClickHouse 18.16
 * has no transactions). A bad file (the error names file, line and column) writes nothing.
 */
import { fromDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';
import { ImportError } from '../formats/errors.ts';
import { fileStem } from '../formats/text.ts';
import { derivePanel, writeSecurityMeta } from '../store/clickhouse/derive-panel.ts';
import { uniqueBars, writeBars } from '../store/clickhouse/import-bars.ts';
import { writeCompanies } from '../store/clickhouse/import-companies.ts';
import { readForWarehouse } from '../store/clickhouse/read-file.ts';
import { createSchema } from '../store/clickhouse/schema.ts';
import { clusterName, openShards } from '../store/clickhouse/shards.ts';
import { ident, str } from '../store/clickhouse/sql.ts';
import { parseClickHouseUrl } from '../store/clickhouse/url.ts';
import type { Warehouse } from '../store/clickhouse/warehouse.ts';
import type { ImportOptions, ImportSummary } from '../store/import/import-types.ts';
import { type CompanyRow, securityMeta } from './security-meta-clickhouse.ts';

/**
 * Imports one stock-panel or companylist file into the ClickHouse store at `url`.
 * @example await importFileClickHouse('clickhouse://default@127.0.0.1:18123/capgap', 'stocks.csv.gz')
 */
export async function importFileClickHouse(
  url: string,
  path: string,
  o: ImportOptions = {},
): Promise<ImportSummary> {
  const db = ident(parseClickHouseUrl(url).database);
  const file = path;
  o.onProgress?.({ file, phase: 'parse' });
  const { kind, reason, parsed } = readForWarehouse(path, { ...o });
  const shards = await openShards(url);
  try {
    await createSchema(shards, db, clusterName());
    o.onProgress?.({ file, phase: 'write' });
    const exists = (sql: string) => shards[0].rows<{ n: string }>(sql).then(([r]) => Number(r.n) > 0);
    const refuse = (what: string) =>
      new ImportError({
        file,
        line: 0,
        column: '',
        reason: `${what} is already in the warehouse; pass --replace to replace it`,
      });
    let stored: Record<string, number>;
    const rejected = { ...parsed.stats.rejected };
    const notes = [...parsed.notes];
    let dataset: string;
    let vintage: string | null;
    if (kind === 'stock-panel') {
      const b = parsed.bars;
      if (!b?.day.length)
        throw new ImportError({
          file,
          line: 0,
          column: '',
          reason: 'empty file (a header but no data rows)',
        });
      dataset = o.dataset ?? `stock-panel/${fileStem(file)}`;
      const { keep, duplicates } = uniqueBars(b, file);
      if (!o.replace && (await exists(`SELECT count() AS n FROM ${db}.bars WHERE dataset = ${str(dataset)}`)))
        throw refuse(`dataset "${dataset}"`);
      const w = await writeBars(shards, db, b, keep, dataset);
      if (duplicates) rejected['duplicate row (identical to an earlier line)'] = duplicates;
      stored = { bars: w.rows };
      let last = 0;
      for (const d of b.day) if (d > last) last = d;
      vintage = `through ${fromDay(last)}`;
      notes.push(
        `${b.tickers.length} tickers`,
        `warehouse: ${w.rows.toLocaleString('en-US')} bars on ${shards.length} shard(s) (${w.rowsPerShard.join(' + ')}), ${w.partitions} (dataset, month) partitions swapped in`,
      );
    } else {
      const exchange = parsed.securities?.exchange.find((e) => e) ?? '';
      const snap = parsed.caps?.day[0];
      if (snap === undefined)
        throw new ImportError({
          file,
          line: 0,
          column: 'MarketCap',
          reason: 'no row with a market cap: the snapshot has nothing to store',
        });
      dataset = `companylist/${exchange || fileStem(file)}`;
      if (
        !o.replace &&
        (await exists(
          `SELECT count() AS n FROM ${db}.companies WHERE exchange = ${str(exchange)} AND snapshot = toDate(${snap})`,
        ))
      )
        throw refuse(`the ${exchange || 'companylist'} snapshot of ${fromDay(snap)}`);
      const w = await writeCompanies(shards, db, parsed, Date.now());
      stored = { securities: w.rows, market_caps: w.caps };
      vintage = `snapshot ${fromDay(w.snapshot)}`;
    }
    o.onProgress?.({ file, phase: 'derive' });
    const derived = await refreshPanel(shards, db);
    if (derived) notes.push(derived);
    return {
      file,
      kind,
      reason,
      dataset,
      registryName: dataset,
      vintage,
      rowsRead: parsed.stats.rowsRead,
      stored,
      added: stored,
      rejected,
      missing: parsed.stats.missing,
      notes,
    };
  } finally {
    for (const s of shards) await s.close();
  }
}

/**
 * Derives the panel again from the bars and the companylists (see the file header); returns a note, or
 * '' when no stock panel is in the warehouse yet.
 */
export async function refreshPanel(shards: readonly Warehouse[], db: string): Promise<string> {
  const [first] = shards;
  const [pick] = await first.rows<{ dataset: string }>(
    `SELECT dataset FROM ${db}.bars GROUP BY dataset ORDER BY dataset != 'kaggle/stocks', dataset LIMIT 1`,
  );
  if (!pick) return '';
  const ds = str(pick.dataset);
  const ids = (
    await first.rows<{ s: string }>(
      `SELECT DISTINCT security AS s FROM ${db}.bars WHERE dataset = ${ds} ORDER BY s`,
    )
  ).map((r) => r.s);
  const days = await first.rows<{ d: number; n: string }>(
    `SELECT toUInt32(date) AS d, count() AS n FROM ${db}.bars WHERE dataset = ${ds} GROUP BY date`,
  );
  const off = days.filter((r) => !isNyseSession(Number(r.d)));
  const companies = await first.rows<CompanyRow>(
    `SELECT security, exchange, toUInt32(snapshot) AS snapshot, name, sector, industry, security_type,
      if(isNaN(market_cap), NULL, market_cap) AS market_cap, toString(imported) AS imported, line FROM ${db}.companies`,
  );
  await writeSecurityMeta(shards, db, securityMeta(ids, companies));
  const r = await derivePanel(
    shards,
    db,
    pick.dataset,
    off.map((x) => Number(x.d)),
  );
  const offRows = off.reduce((a, x) => a + Number(x.n), 0);
  return `warehouse panel derived from ${pick.dataset}: ${r.rows.toLocaleString('en-US')} rows, ${ids.length} securities${
    offRows
      ? `; ${offRows} bars on ${off.length} day(s) that are not NYSE sessions left out (${off
          .slice(0, 5)
          .map((x) => fromDay(Number(x.d)))
          .join(', ')})`
      : ''
  }`;
}
